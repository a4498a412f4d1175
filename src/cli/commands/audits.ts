import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { exportAuditFile, importAuditFile } from "../../audits/audit-file.js";
import { auditCounts, getAudit, listAudits } from "../../audits/audits.service.js";
import { readAuditFile } from "../../audits/examples.seed.js";
import { exportFindingsCsv, FINDING_FIELDS, importFindingsCsv, type ColumnMapping } from "../../audits/findings-import.js";
import { listFindings } from "../../audits/findings.service.js";
import { listRecommendations } from "../../audits/recommendations.service.js";
import { toOscalAssessmentResults } from "../../audits/oscal-results.js";
import { CliFailure, EXIT, parseFlags, UsageError, withDatabase, type CliIO, type Command } from "../command.js";
import { paint, table, wrap } from "../../lib/terminal.js";

const usage = `Usage:
  oversight audits list [--json]
  oversight audits show ID [--json]                 a readable summary: findings, criteria, recommendations, follow-up
  oversight audits import FILE                      an audit exchange file (YAML or JSON)
  oversight audits export ID [--format json|csv|oscal] [--out FILE]
  oversight audits import-findings ID FILE.csv [--map field=Column,…] [--skip-invalid]
      fields: ${FINDING_FIELDS.join(", ")}; a file with bad rows imports nothing unless --skip-invalid`;

export const auditsCommand: Command = {
  name: "audits",
  summary: "list, show, import and export audits; import findings from a spreadsheet",
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case "list":
        return list(rest, io);
      case "show":
        return show(rest, io);
      case "import":
        return importFile(rest, io);
      case "export":
        return exportAudit(rest, io);
      case "import-findings":
        return importFindings(rest, io);
      default:
        throw new UsageError(sub ? `unknown subcommand "${sub}"` : "a subcommand is required");
    }
  },
};

async function list(args: string[], io: CliIO) {
  const { values } = parseFlags(args, { json: { type: "boolean" } }, false);
  const page = await withDatabase(io, ({ database }) => listAudits(database.db, { limit: 500, offset: 0 }));
  if (values.json) io.stdout.write(JSON.stringify(page.items, null, 2) + "\n");
  else io.stdout.write(table([["ID", "RELEASED", "STATUS", "TITLE"], ...page.items.map((a) => [a.id, a.releaseDate ?? "—", a.status, a.title])]) + "\n");
  return EXIT.ok;
}

async function show(args: string[], io: CliIO) {
  const { values, positionals } = parseFlags(args, { json: { type: "boolean" } });
  if (!positionals[0]) throw new UsageError("which audit? e.g. oversight audits show 2019-118");
  const data = await withDatabase(io, async ({ database, clock }) => {
    const audit = await getAudit(database.db, positionals[0]!);
    const [counts, findings, recs] = await Promise.all([
      auditCounts(database.db, audit.id),
      listFindings(database.db, { audit: audit.id, limit: 10_000, offset: 0 }),
      listRecommendations(database.db, { audit: audit.id, limit: 10_000, offset: 0 }, clock),
    ]);
    return { audit, counts, findings: findings.items, recommendations: recs.items };
  });
  if (values.json) {
    io.stdout.write(JSON.stringify(data, null, 2) + "\n");
    return EXIT.ok;
  }
  const p = paint(io);
  const { audit, findings, recommendations } = data;
  io.stdout.write(`${p.bold(`Report ${audit.reportNumber}`)} — ${audit.title}\n${p.dim(`${audit.office}${audit.releaseDate ? `, released ${audit.releaseDate}` : ""} · ${audit.status} · tested against ${audit.checklists.map((c) => `${c.checklistId} v${c.seq}`).join(", ") || "no checklist"}`)}\n\n`);
  io.stdout.write(p.bold(`Findings (${findings.length})`) + "\n");
  for (const f of findings) {
    io.stdout.write(`\n  ${p.bold(f.title)} ${p.dim(`[${f.severity}, ${f.status}] ${f.id}`)}\n`);
    if (f.agencies.length) io.stdout.write(`  Agencies: ${f.agencies.map((a) => a.name).join(", ")}\n`);
    io.stdout.write(`  Criteria: ${f.criteria.length ? f.criteria.map((c) => p.cyan(c.citation)).join("; ") : p.yellow("not yet mapped")}\n`);
    io.stdout.write(wrap(`Condition: ${f.condition}`, 96, "  ") + "\n");
  }
  const byStatus = new Map<string, number>();
  for (const r of recommendations) byStatus.set(r.status ?? "No response yet", (byStatus.get(r.status ?? "No response yet") ?? 0) + 1);
  io.stdout.write(`\n${p.bold(`Recommendations (${recommendations.length})`)}: ${[...byStatus].map(([s, n]) => `${n} ${s}`).join(", ")}\n`);
  io.stdout.write(table([["#", "TO", "STATUS", "LAST RESPONSE", "OVERDUE"], ...recommendations.map((r) => [String(r.number), r.addressee.name, r.status ?? "—", r.followUps.at(-1) ? `${r.followUps.at(-1)!.stage}${r.followUps.at(-1)!.date ? ` (${r.followUps.at(-1)!.date})` : ""}` : "—", r.overdue.map((o) => o.stage).join(", ") || ""])]) + "\n");
  return EXIT.ok;
}

async function importFile(args: string[], io: CliIO) {
  const { positionals } = parseFlags(args, {});
  if (!positionals[0]) throw new UsageError("which file? e.g. oversight audits import examples/audits/2019-118.yaml");
  const path = resolve(io.cwd, positionals[0]);
  const file = await readAuditFile(path, positionals[0]).catch((err: NodeJS.ErrnoException) => {
    if (err.code === "ENOENT" || err.code === "EISDIR") throw new CliFailure(`cannot read ${positionals[0]}`, EXIT.usage);
    throw err;
  });
  const result = await withDatabase(io, ({ database, clock }) => importAuditFile(database.db, file, { actor: io.env.USER ? `cli:${io.env.USER}` : "cli" }, clock));
  io.stdout.write(`Imported audit ${result.audit.reportNumber}: ${result.findings} findings, ${result.recommendations} recommendations, ${result.agencies} agencies.\n`);
  return EXIT.ok;
}

async function exportAudit(args: string[], io: CliIO) {
  const { values, positionals } = parseFlags(args, { format: { type: "string", default: "json" }, out: { type: "string" } });
  if (!positionals[0]) throw new UsageError("which audit?");
  if (!["json", "csv", "oscal"].includes(values.format!)) throw new UsageError(`--format must be json, csv or oscal (got "${values.format}")`);
  const text = await withDatabase(io, async ({ database, clock }) => {
    const audit = await getAudit(database.db, positionals[0]!);
    if (values.format === "csv") return exportFindingsCsv(database.db, audit.id);
    if (values.format === "oscal") return JSON.stringify(toOscalAssessmentResults(audit, (await listFindings(database.db, { audit: audit.id, limit: 1_000_000, offset: 0 })).items, audit.updatedAt), null, 2) + "\n";
    return JSON.stringify(await exportAuditFile(database.db, audit.id, clock), null, 2) + "\n";
  });
  if (values.out) await writeFile(resolve(io.cwd, values.out), text);
  else io.stdout.write(text);
  return EXIT.ok;
}

async function importFindings(args: string[], io: CliIO) {
  const { values, positionals } = parseFlags(args, { map: { type: "string" }, "skip-invalid": { type: "boolean" } });
  const [auditId, file] = positionals;
  if (!auditId || !file) throw new UsageError("give the audit and the CSV file: oversight audits import-findings 2019-118 findings.csv");
  const mapping: ColumnMapping = {};
  for (const pair of (values.map ?? "").split(",").filter(Boolean)) {
    const [field, column] = pair.split("=").map((s) => s.trim());
    if (!field || !column || !(FINDING_FIELDS as readonly string[]).includes(field)) throw new UsageError(`bad --map entry "${pair}": use field=Column with a field among ${FINDING_FIELDS.join(", ")}`);
    mapping[field as keyof ColumnMapping] = column;
  }
  const csv = await readFile(resolve(io.cwd, file), "utf8").catch(() => {
    throw new CliFailure(`cannot read ${file}`, EXIT.usage);
  });
  const report = await withDatabase(io, ({ database, clock }) => importFindingsCsv(database.db, auditId, csv, mapping, { skipInvalid: values["skip-invalid"] }, { actor: "cli" }, clock));
  for (const bad of report.invalid) io.stderr.write(`row ${bad.row} (line ${bad.line}): ${bad.errors.map((e) => `${e.path} ${e.message}`).join("; ")} — skipped\n`);
  for (const d of report.duplicates) io.stderr.write(`row ${d.row}: finding "${d.key}" already exists — skipped\n`);
  io.stdout.write(`Imported ${report.imported.length} finding(s); ${report.duplicates.length} duplicate(s) and ${report.invalid.length} invalid row(s) skipped.\n`);
  return EXIT.ok;
}
