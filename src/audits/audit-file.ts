/**
 * The audit exchange file: import an audit with its agencies, findings and
 * recommendations in one transaction (all or nothing), and export it back in
 * the same format, so export → import → export is lossless. The bundled
 * 2019-118 example is such a file.
 */
import { asc, eq, inArray, or } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { agencies, findings } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import type { AuditFile } from "./audit.schema.js";
import { getAudit, insertAudit, type AuditRow } from "./audits.service.js";
import { insertAgency, type AgencyRow } from "./agencies.service.js";
import { hydrateFindings, insertFinding } from "./findings.service.js";
import { insertRecommendation, listRecommendations } from "./recommendations.service.js";

/** An existing agency with the same name (or alias) in the same state, so agencies recur across audits. */
async function findAgency(tx: DbOrTx, a: AuditFile["agencies"][number]): Promise<AgencyRow | undefined> {
  const candidates = await tx.select().from(agencies).where(or(eq(agencies.name, a.name), ...a.aliases.map((x) => eq(agencies.name, x))));
  return candidates.find((c) => (c.state ?? null) === (a.state ?? null) && c.kind === a.kind);
}

/**
 * Imports an audit file; a report number that already exists is a conflict.
 *
 * @example
 * await importAuditFile(db, AuditFile.parse(yaml.parse(text)), { actor: "system:seed" }, clock)
 */
export async function importAuditFile(db: Db, file: AuditFile, who: Actor, clock: Clock): Promise<{ audit: AuditRow; agencies: number; findings: number; recommendations: number }> {
  return db.transaction(async (tx) => {
    const now = clock.now().toISOString();
    const audit = await insertAudit(tx, file.audit, now, file.notes);
    const agencyIds = new Map<string, string>();
    for (const a of file.agencies) {
      const { key, ...input } = a;
      agencyIds.set(key, (await findAgency(tx, a))?.id ?? (await insertAgency(tx, input, now)).id);
    }
    const findingIds = new Map<string, string>();
    for (const f of file.findings) {
      const row = await insertFinding(tx, audit, { ...f, agencies: f.agencies.map((k) => agencyIds.get(k)!) }, who, clock, "import");
      findingIds.set(f.key, row.id);
    }
    for (const r of file.recommendations) {
      const addressee = "agency" in r.addressee ? { agency: agencyIds.get(r.addressee.agency)! } : r.addressee;
      await insertRecommendation(tx, audit, { ...r, addressee, findings: r.findings.map((k) => findingIds.get(k)!) }, who, now);
    }
    await recordAccess(tx, who, { action: "audit.import", entity: "audit", entityId: audit.id, detail: { findings: file.findings.length, recommendations: file.recommendations.length } });
    return { audit, agencies: file.agencies.length, findings: file.findings.length, recommendations: file.recommendations.length };
  });
}

/** Exports an audit as an exchange file (agency keys are agency ids; finding keys are the findings' keys). */
export async function exportAuditFile(db: DbOrTx, auditId: string, clock: Clock): Promise<AuditFile> {
  const audit = await getAudit(db, auditId);
  const rows = await db.select().from(findings).where(eq(findings.auditId, audit.id)).orderBy(asc(findings.position));
  const hydrated = await hydrateFindings(db, rows);
  const recs = (await listRecommendations(db, { audit: audit.id, limit: 100_000, offset: 0 }, clock)).items;
  const agencyIdSet = new Set([...hydrated.flatMap((f) => f.agencies.map((a) => a.id)), ...recs.flatMap((r) => (r.addressee.type === "agency" ? [r.addressee.agencyId] : []))]);
  const agencyRows = agencyIdSet.size ? await db.select().from(agencies).where(inArray(agencies.id, [...agencyIdSet])).orderBy(asc(agencies.id)) : [];
  const keyOf = new Map(rows.map((f) => [f.id, f.key]));
  const opt = <T>(v: T | null) => (v === null ? undefined : v);
  return {
    audit: {
      reportNumber: audit.reportNumber,
      title: audit.title,
      office: audit.office,
      releaseDate: opt(audit.releaseDate),
      status: audit.status,
      scope: opt(audit.scope),
      objectives: audit.objectives,
      sourceUrl: opt(audit.sourceUrl),
      checklists: audit.checklists.map((c) => ({ id: c.checklistId, version: c.label })),
    },
    agencies: agencyRows.map((a) => ({ key: a.id, name: a.name, kind: a.kind, level: opt(a.level) as never, state: opt(a.state), parent: opt(a.parent), aliases: a.aliases })),
    findings: hydrated.map((f) => ({
      key: f.key,
      title: f.title,
      condition: f.condition,
      cause: f.cause,
      effect: f.effect,
      severity: f.severity,
      status: f.status,
      agencies: f.agencies.map((a) => a.id),
      criteria: f.criteria.map((c) => ({ requirement: c.requirementId, version: c.checklistVersionLabel, ...(c.rationale ? { rationale: c.rationale } : {}) })),
      evidence: f.evidence,
    })),
    recommendations: recs.map((r) => ({
      number: r.number,
      addressee: r.addressee.type === "agency" ? { agency: r.addressee.agencyId } : { body: r.addressee.name },
      text: r.text,
      findings: r.findings.map((id) => keyOf.get(id)!),
      dueDates: r.dueDates as Record<string, string>,
      followUps: r.followUps.map((f) => ({ stage: f.stage, date: f.date, response: f.response, status: f.status as never, assessedBy: f.assessedBy, ...(f.assessment ? { assessment: f.assessment } : {}) })),
    })),
    notes: audit.notes,
  };
}

