import { readFile, stat } from "node:fs/promises";
import { relative, resolve } from "node:path";
import { readChecklist } from "../../checklists/checklist-source.js";
import { checklistJsonSchema } from "../../checklists/checklist.json-schema.js";
import { checklistsDir } from "../../checklists/checklists.seed.js";
import { getChecklist, listChecklists } from "../../checklists/checklists.service.js";
import { toOscalCatalog } from "../../checklists/oscal.js";
import { verbatimProblems } from "../../checklists/verbatim.js";
import { AppError, ValidationError } from "../../lib/errors.js";
import { listFiles } from "../../lib/hash.js";
import { loadStatuteFiles, versionProvisions } from "../../statutes/statute-file.js";
import { statutesDir } from "../../statutes/statutes.seed.js";
import type { ProvisionNode } from "../../statutes/provisions.js";
import { CliFailure, EXIT, parseFlags, UsageError, withDatabase, type CliIO, type Command } from "../command.js";
import { paint, table, wrap } from "../../lib/terminal.js";

const usage = `Usage:
  oversight checklists validate [PATH…]        check checklist files (default: the bundled ones); every problem with file:line and field
  oversight checklists list [--json]           the checklists in the catalog
  oversight checklists show ID [--version V] [--json]
  oversight checklists export ID --format oscal [--version V]
  oversight checklists schema                  print the JSON Schema of the file format

Exit codes: 0 all valid / done, 1 problems found, 2 usage error or unreadable file.`;

export const checklistsCommand: Command = {
  name: "checklists",
  summary: "validate, list, show and export checklists of statutory requirements",
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case "validate":
        return validate(rest, io);
      case "list":
        return list(rest, io);
      case "show":
        return show(rest, io);
      case "export":
        return exportChecklist(rest, io);
      case "schema":
        io.stdout.write(JSON.stringify(checklistJsonSchema(), null, 2) + "\n");
        return EXIT.ok;
      default:
        throw new UsageError(sub ? `unknown subcommand "${sub}"` : "a subcommand is required");
    }
  },
};

async function statuteTrees(): Promise<(key: string) => ProvisionNode[] | undefined> {
  const files = await loadStatuteFiles(statutesDir);
  const map = new Map<string, ProvisionNode[]>();
  for (const f of files) {
    const trees = f.versions.map((v) => versionProvisions(f, v)).filter((t): t is ProvisionNode => t !== undefined);
    map.set(`${f.jurisdiction}/${f.code}/${f.section}`, trees);
  }
  return (key) => map.get(key);
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseFlags(args, {});
  const p = paint(io);
  const targets = positionals.length ? positionals.map((x) => resolve(io.cwd, x)) : [checklistsDir];
  const files: string[] = [];
  for (const target of targets) {
    const info = await stat(target).catch(() => undefined);
    if (!info) throw new CliFailure(`cannot read ${relative(io.cwd, target) || target}: no such file or folder`, EXIT.usage);
    files.push(...(info.isDirectory() ? await listFiles(target, [".yaml", ".yml", ".json"]) : [target]));
  }
  const trees = await statuteTrees();
  let bad = 0;
  for (const file of files.filter((f) => !f.endsWith(".schema.json"))) {
    const name = relative(io.cwd, file) || file;
    try {
      const checked = readChecklist(await readFile(file, "utf8"), name);
      const problems = verbatimProblems(checked, trees);
      if (problems.length) throw new ValidationError("statute quotations are not verbatim", problems);
      io.stdout.write(`${p.green("ok")}    ${name} (${checked.input.id}, ${checked.input.requirements.length} requirements)\n`);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      bad++;
      io.stdout.write(`${p.red("FAIL")}  ${name}\n`);
      for (const e of err.errors ?? [{ path: "", message: err.message }]) io.stdout.write(`  ${name}${e.line ? `:${e.line}` : ""}  ${p.bold(e.path || "(document)")}  ${e.message}\n`);
    }
  }
  io.stdout.write(`${files.length - bad} valid, ${bad} with problems\n`);
  return bad ? EXIT.failure : EXIT.ok;
}

async function list(args: string[], io: CliIO): Promise<number> {
  const { values } = parseFlags(args, { json: { type: "boolean" } }, false);
  const rows = await withDatabase(io, ({ database }) => listChecklists(database.db));
  if (values.json) {
    io.stdout.write(JSON.stringify(rows, null, 2) + "\n");
    return EXIT.ok;
  }
  const p = paint(io);
  io.stdout.write(table([["ID", "JUR", "VERSION", "REQS", "TITLE"].map(p.bold), ...rows.map((r) => [r.id, r.jurisdiction, `v${r.version} (${r.label})`, String(r.requirementCount), r.title])]) + "\n");
  return EXIT.ok;
}

async function show(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { json: { type: "boolean" }, version: { type: "string" } });
  const id = positionals[0];
  if (!id) throw new UsageError("which checklist? e.g. oversight checklists show ca-alpr-operator");
  const found = await withDatabase(io, ({ database }) => getChecklist(database.db, id, values.version));
  if (values.json) {
    io.stdout.write(JSON.stringify({ ...found.version.source, version: found.version.seq, label: found.version.label }, null, 2) + "\n");
    return EXIT.ok;
  }
  const p = paint(io);
  const src = found.version.source;
  io.stdout.write(`${p.bold(src.title)}\n${p.dim(`${found.checklist.id} · ${src.jurisdiction} · applies to ${src.appliesTo} · v${found.version.seq} (${found.version.label}), law as of ${src.asOf}`)}\n`);
  io.stdout.write(`Sources: ${src.sources.map((s) => s.citation).join("; ")}\n\n`);
  const depth = new Map<string, number>();
  for (const r of found.requirements) {
    const d = r.parent ? (depth.get(r.parent) ?? 0) + 1 : 0;
    depth.set(r.requirementId, d);
    const pad = "  ".repeat(d);
    io.stdout.write(`${pad}${p.cyan(r.citation)}  ${p.bold(r.title)}  ${p.dim(`[${r.kind}] ${r.requirementId}`)}\n`);
    io.stdout.write(wrap(`“${r.text}”`, 96, pad + "    ") + "\n");
    io.stdout.write(wrap(r.summary, 96, pad + "    ") + "\n\n");
  }
  return EXIT.ok;
}

async function exportChecklist(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: "string", default: "oscal" }, version: { type: "string" } });
  const id = positionals[0];
  if (!id) throw new UsageError("which checklist? e.g. oversight checklists export ca-alpr-operator --format oscal");
  if (values.format !== "oscal" && values.format !== "json") throw new UsageError(`--format must be oscal or json (got "${values.format}")`);
  const found = await withDatabase(io, ({ database }) => getChecklist(database.db, id, values.version));
  const out = values.format === "oscal" ? toOscalCatalog(found.version.source, { version: found.version.seq, lastModified: found.version.importedAt }) : found.version.source;
  io.stdout.write(JSON.stringify(out, null, 2) + "\n");
  return EXIT.ok;
}
