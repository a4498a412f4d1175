/**
 * Test helper: the shipped statute files and the reference texts they were copied from.
 *
 * Tests must check statute text against its source rather than against wording
 * retyped into the test. The reference folder is read only if it exists; without
 * it the checks fall back to the shipped YAML text, so the suite still runs
 * (less strictly) on a machine that does not have the reference.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { CUT_MARKER } from "../../src/statutes/statute-file.schema.js";
import { walkProvisions, type ProvisionNode } from "../../src/statutes/provisions.js";
import { loadStatuteFiles, type LoadedStatuteFile, type StatuteVersion } from "../../src/statutes/statute-file.js";

export const STATUTES_DIR = fileURLToPath(new URL("../../statutes", import.meta.url));
/** Overridable so the fallback (no reference present) can be exercised. */
// The shared folder sits beside the checkout (here and in CI's clean clone).
export const REFERENCE_DIR = process.env.STATUTE_REFERENCE_DIR ?? fileURLToPath(new URL("../../../shared/reference", import.meta.url));

let cache: Promise<LoadedStatuteFile[]> | undefined;
/** All shipped files, loaded once per test file. */
export function shippedFiles(): Promise<LoadedStatuteFile[]> {
  return (cache ??= loadStatuteFiles(STATUTES_DIR));
}

/** The shipped file for a section ("1798.90.51", "261:75-b"). */
export async function shipped(section: string): Promise<LoadedStatuteFile> {
  const f = (await shippedFiles()).find((x) => x.section === section);
  if (!f) throw new Error(`no shipped statute file for ${section}`);
  return f;
}

/** The reference file a version was extracted from, or undefined if the reference is absent. */
export function referenceText(version: StatuteVersion): string | undefined {
  if (!version.referenceFile) return undefined;
  const path = join(REFERENCE_DIR, version.referenceFile);
  return existsSync(path) ? readFileSync(path, "utf8").replace(/\r\n?/g, "\n") : undefined;
}

/** A line's pieces of real text: the trimmed line split at "[...]" markers. */
export function segments(line: string): string[] {
  return line.split(CUT_MARKER).map((s) => s.trim()).filter((s) => s !== "");
}

/**
 * Finds each segment of each line of `text` in `source`, in order. Returns the
 * region of `source` spanned, or the first segment that is missing.
 */
export function locateInOrder(source: string, text: string): { region: string } | { missing: string } {
  let at = 0;
  let start = -1;
  for (const line of text.split("\n")) {
    for (const seg of segments(line)) {
      const i = source.indexOf(seg, at);
      if (i < 0) return { missing: seg };
      if (start < 0) start = i;
      at = i + seg.length;
    }
  }
  return { region: source.slice(Math.max(start, 0), at) };
}

/**
 * The text a version must match: the stretch of the reference file it was
 * copied from when the reference exists, else the shipped text itself.
 */
export function sourceRegion(version: StatuteVersion): string {
  const text = version.text ?? "";
  const ref = referenceText(version);
  if (ref === undefined) return text;
  const found = locateInOrder(ref, text);
  if ("missing" in found) throw new Error(`shipped text not in ${version.referenceFile}: ${found.missing}`);
  return found.region;
}

const LABEL_PREFIX = /^(§ \S+?|(\([A-Za-z0-9]+\)\s*)*)$/;

/**
 * Pairs every provision (in document order) with the words that follow its label
 * in the source region: the label must start a line or follow other labels
 * ("(b) (1) …", "§ 1607(a) …"), and each match comes after the previous one, so
 * (c)(1) is not confused with (a)(1). A provision not found maps to undefined.
 */
export function sourceWordsByNode(root: ProvisionNode, region: string): Map<ProvisionNode, string | undefined> {
  const lines = region.split("\n");
  const out = new Map<ProvisionNode, string | undefined>();
  let line = 0;
  let col = 0;
  for (const node of walkProvisions(root).slice(1)) {
    let found: string | undefined;
    for (let i = line; i < lines.length && found === undefined; i++) {
      const text = lines[i]!;
      let k = text.indexOf(node.label, i === line ? col : 0);
      while (k >= 0 && found === undefined) {
        const end = k + node.label.length;
        if (/^(\s|\(|$)/.test(text.slice(end)) && LABEL_PREFIX.test(text.slice(0, k).trim())) {
          found = text.slice(end).trimStart();
          line = i;
          col = end;
        } else k = text.indexOf(node.label, k + 1);
      }
    }
    out.set(node, found);
  }
  return out;
}
