/**
 * Loading statute data files and choosing the version of a section in force.
 *
 * The YAML under `statutes/` is the only copy of the law the app quotes, so a
 * malformed file must stop loading with a message naming the file and the field,
 * and the file's place in the tree must agree with what it says it is. Choosing
 * a version is kept pure so findings and bills can ask "what did the law say on
 * the audit date?" without touching the disk.
 */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { parse } from "yaml";
import type { FieldError } from "../lib/errors.js";
import { parseProvisions, type ProvisionNode } from "./provisions.js";
import { StatuteFileSchema, versionStart, type StatuteFile, type StatuteVersion } from "./statute-file.schema.js";

export { StatuteFileSchema, versionStart, type StatuteFile, type StatuteVersion } from "./statute-file.schema.js";

/** A loaded file and where it came from. */
export type LoadedStatuteFile = StatuteFile & { file: string };

/** A statute file that cannot be read, parsed or validated; `errors` name the fields. */
export class StatuteFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: FieldError[],
  ) {
    super(`${file}: ${errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join("; ")}`);
    this.name = "StatuteFileError";
  }
}

/** The file name a section is stored under: "261:75-b" → "261_75-b.yaml". */
export function statuteFileName(section: string): string {
  return `${section.replace(/[^A-Za-z0-9.-]/g, "_")}.yaml`;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("");
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map(async (e) => {
      const full = join(dir, e.name);
      if (e.isDirectory()) return yamlFiles(full);
      return /\.ya?ml$/.test(e.name) ? [full] : [];
    }),
  );
  return nested.flat().sort();
}

/**
 * Validates one file's content; `name` is its path relative to the statutes folder.
 *
 * @example
 * validateStatuteFile("ca/civ/1798.90.52.yaml", yamlText).versions[0]?.complete
 */
export function validateStatuteFile(name: string, content: string): StatuteFile {
  let data: unknown;
  try {
    data = parse(content, { prettyErrors: true });
  } catch (err) {
    throw new StatuteFileError(name, [{ path: "", message: `is not valid YAML: ${(err as Error).message}` }]);
  }
  const result = StatuteFileSchema.safeParse(data);
  if (!result.success) {
    throw new StatuteFileError(name, result.error.issues.map((i) => ({ path: fieldPath(i.path), message: i.message, code: i.code })));
  }
  const f = result.data;
  const expected = [f.jurisdiction.toLowerCase(), f.code, statuteFileName(f.section)].join("/");
  const actual = name.split(sep).join("/");
  if (actual !== expected) {
    throw new StatuteFileError(name, [{ path: "section", message: `file should be at ${expected} for jurisdiction ${f.jurisdiction}, code ${f.code}, section ${f.section}` }]);
  }
  return f;
}

/**
 * Reads and validates every `.yaml` file under `dir`, sorted by path.
 * Throws a {@link StatuteFileError} naming the file and field on the first bad file.
 *
 * @example
 * const files = await loadStatuteFiles("statutes");
 * files.find((f) => f.section === "1798.90.51")?.codeName // "Civil Code"
 */
export async function loadStatuteFiles(dir: string): Promise<LoadedStatuteFile[]> {
  const paths = await yamlFiles(dir);
  return Promise.all(
    paths.map(async (path) => {
      const name = relative(dir, path);
      const content = await readFile(path, "utf8");
      return { ...validateStatuteFile(name, content), file: path };
    }),
  );
}

function isoDay(date: string | Date): string {
  if (date instanceof Date) return date.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new RangeError(`versionInForce: "${date}" is not a date written YYYY-MM-DD`);
  return date;
}

/**
 * The version in force on `date`: the last dated version that starts on or
 * before it (see `versionStart`); undefined before the first. Undated versions
 * are never chosen.
 *
 * @example
 * versionInForce(file, "2019-06-30")?.id // "2016-01-01"
 * versionInForce(file, "2015-12-31")     // undefined
 */
export function versionInForce(file: Pick<StatuteFile, "versions">, date: string | Date): StatuteVersion | undefined {
  const day = isoDay(date);
  let found: StatuteVersion | undefined;
  for (const v of file.versions) {
    const start = versionStart(v);
    if (start !== undefined && start <= day && (found === undefined || start >= versionStart(found)!)) found = v;
  }
  return found;
}

/**
 * The newest version the file records, dated or not (the last listed).
 *
 * @example
 * latestVersion(file).complete // false when its text is not available
 */
export function latestVersion(file: Pick<StatuteFile, "versions">): StatuteVersion {
  return file.versions[file.versions.length - 1]!;
}

/**
 * A version's provision tree, parsed with the file's numbering scheme; undefined if it has no text.
 *
 * @example
 * findProvision(versionProvisions(file, file.versions[0]!)!, ["b", "2", "G"])
 */
export function versionProvisions(file: Pick<StatuteFile, "scheme">, version: StatuteVersion): ProvisionNode | undefined {
  return version.text === undefined ? undefined : parseProvisions(version.text, file.scheme);
}
