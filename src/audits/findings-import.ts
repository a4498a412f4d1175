/**
 * Importing findings from a spreadsheet (CSV). Auditors keep findings in
 * spreadsheets with their own column names, so a column mapping says which
 * column holds which field. Every bad row is reported with its line number and
 * reason; a file with errors imports nothing unless `skipInvalid` is set.
 * Rows whose key (or, without a key, title and condition) already exist in the
 * audit are reported as duplicates and skipped, so importing twice is safe.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../db/client.js";
import { agencies, findings, requirements } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { CsvError, parseCsv, toCsv } from "../lib/csv.js";
import { AppError, ValidationError, type FieldError } from "../lib/errors.js";
import { sha256 } from "../lib/hash.js";
import { parseCitation } from "../statutes/citations.js";
import { FindingInput } from "./audit.schema.js";
import { getAudit } from "./audits.service.js";
import { insertFinding, listFindings } from "./findings.service.js";

export const FINDING_FIELDS = ["key", "title", "condition", "cause", "effect", "severity", "status", "agencies", "criteria", "evidence"] as const;
export type FindingField = (typeof FINDING_FIELDS)[number];
/** field → column header in the file; fields left out are looked up by their own name, case-insensitively. */
export type ColumnMapping = Partial<Record<FindingField, string>>;

export type RowProblem = { row: number; line: number; errors: FieldError[] };
export type ImportReport = { imported: string[]; duplicates: Array<{ row: number; key: string }>; invalid: RowProblem[] };

const LIST = /\s*[;|\n]\s*/;

/**
 * Imports findings from CSV text into an audit.
 *
 * @example
 * await importFindingsCsv(db, "2019-118", csv, { condition: "What we found" }, { skipInvalid: false }, who, clock)
 */
export async function importFindingsCsv(db: Db, auditId: string, csv: string, mapping: ColumnMapping, opts: { skipInvalid?: boolean }, who: Actor, clock: Clock): Promise<ImportReport> {
  let rows;
  try {
    rows = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvError) throw new ValidationError(`The CSV cannot be read: ${err.message}.`, [{ path: "/body/csv", message: err.message, line: err.line }]);
    throw err;
  }
  if (rows.length < 2) throw new ValidationError("The CSV needs a header row and at least one finding.", [{ path: "/body/csv", message: "no data rows" }]);
  const header = rows[0]!.cells.map((h) => h.trim());
  const column = (field: FindingField): number => {
    const name = mapping[field] ?? field;
    return header.findIndex((h) => h.toLowerCase() === name.toLowerCase());
  };
  const missingColumns = (Object.entries(mapping) as Array<[FindingField, string]>).filter(([f]) => column(f) < 0);
  if (missingColumns.length) throw new ValidationError(`The mapping names columns the file does not have: ${missingColumns.map(([f, c]) => `${f} → "${c}"`).join(", ")}. Columns: ${header.join(", ")}.`, missingColumns.map(([f, c]) => ({ path: `/body/mapping/${f}`, message: `no column "${c}"` })));
  for (const required of ["title", "condition"] as const) {
    if (column(required) < 0) throw new ValidationError(`No "${mapping[required] ?? required}" column: map the column that holds the finding's ${required}.`, [{ path: `/body/mapping/${required}`, message: "column not found" }]);
  }

  const audit = await getAudit(db, auditId);
  const agencyRows = await db.select({ id: agencies.id, name: agencies.name, aliases: agencies.aliases }).from(agencies);
  const agencyByName = new Map<string, string>();
  for (const a of agencyRows) for (const n of [a.id, a.name, ...a.aliases]) agencyByName.set(n.toLowerCase(), a.id);
  const existing = await db.select({ key: findings.key }).from(findings).where(eq(findings.auditId, audit.id));
  const taken = new Set(existing.map((e) => e.key));
  const currentReqs = await db.select({ id: requirements.requirementId, sectionId: requirements.sectionId, path: requirements.path }).from(requirements).where(and(eq(requirements.isCurrent, true)));

  const report: ImportReport = { imported: [], duplicates: [], invalid: [] };
  const accepted: Array<{ row: number; input: FindingInput }> = [];
  rows.slice(1).forEach((r, i) => {
    const rowNo = i + 1;
    const get = (f: FindingField) => {
      const c = column(f);
      return c >= 0 ? (r.cells[c] ?? "").trim() : "";
    };
    const errors: FieldError[] = [];
    const agencyIds = get("agencies")
      .split(LIST)
      .filter(Boolean)
      .map((name) => {
        const id = agencyByName.get(name.toLowerCase());
        if (!id) errors.push({ path: "agencies", message: `unknown agency "${name}"` });
        return id;
      })
      .filter((id): id is string => id !== undefined);
    const criteria = get("criteria")
      .split(LIST)
      .filter(Boolean)
      .map((ref) => {
        if (currentReqs.some((q) => q.id === ref)) return { requirement: ref };
        const c = parseCitation(ref);
        const hit = c && currentReqs.find((q) => q.sectionId === `${c.jurisdiction}/${c.code}/${c.section}` && q.path === c.path.join("/") && audit.checklists.some((a) => q.id.startsWith(`${a.checklistId}.`)));
        if (!hit) errors.push({ path: "criteria", message: `"${ref}" is neither a requirement id nor a citation of a requirement this audit tests` });
        return { requirement: hit ? hit.id : ref };
      });
    const key = get("key") || `f-${sha256(`${get("title")}\n${get("condition")}`).slice(0, 10)}`;
    const parsed = FindingInput.safeParse({
      key,
      title: get("title"),
      condition: get("condition"),
      cause: get("cause") || null,
      effect: get("effect") || null,
      severity: get("severity").toLowerCase() || undefined,
      status: get("status").toLowerCase() || undefined,
      agencies: agencyIds,
      criteria,
      evidence: get("evidence") ? get("evidence").split(LIST).filter(Boolean).map((document) => ({ document })) : [],
    });
    if (!parsed.success) errors.push(...parsed.error.issues.map((x) => ({ path: String(x.path[0] ?? ""), message: x.message })));
    if (errors.length) return void report.invalid.push({ row: rowNo, line: r.line, errors });
    if (taken.has(key)) return void report.duplicates.push({ row: rowNo, key });
    taken.add(key);
    accepted.push({ row: rowNo, input: parsed.data! });
  });

  if (report.invalid.length && !opts.skipInvalid) {
    const first = report.invalid[0]!;
    throw new ValidationError(
      `${report.invalid.length} row(s) are invalid, so nothing was imported (row ${first.row}, line ${first.line}: ${first.errors[0]!.path} ${first.errors[0]!.message}). Fix them or import with skipInvalid.`,
      report.invalid.flatMap((p) => p.errors.map((e) => ({ path: `/rows/${p.row}/${e.path}`, message: e.message, line: p.line }))),
    );
  }
  await db.transaction(async (tx) => {
    for (const { row, input } of accepted) {
      try {
        report.imported.push((await insertFinding(tx, audit, input, who, clock, "import")).id);
      } catch (err) {
        // A criterion that resolves badly (withdrawn version…) fails the row like any other invalid row.
        if (!(err instanceof AppError) || !opts.skipInvalid) throw err;
        report.invalid.push({ row, line: rows[row]!.line, errors: err.errors ?? [{ path: "", message: err.message }] });
      }
    }
    await recordAccess(tx, who, { action: "finding.import", entity: "audit", entityId: audit.id, detail: { imported: report.imported.length, duplicates: report.duplicates.length, invalid: report.invalid.length } });
  });
  return report;
}

/** The audit's findings as CSV, in the columns the importer reads by default. */
export async function exportFindingsCsv(db: Db, auditId: string): Promise<string> {
  const { items } = await listFindings(db, { audit: auditId, limit: 1_000_000, offset: 0 });
  return toCsv(
    [...FINDING_FIELDS, "citations"],
    items.map((f) => [
      f.key, f.title, f.condition, f.cause, f.effect, f.severity, f.status,
      f.agencies.map((a) => a.name).join("; "),
      f.criteria.map((c) => c.requirementId).join("; "),
      f.evidence.map((e) => [e.document, e.page ? `p. ${e.page}` : "", e.note ?? ""].filter(Boolean).join(", ")).join("; "),
      f.criteria.map((c) => c.citation).join("; "),
    ]),
  );
}
