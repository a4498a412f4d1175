/**
 * Findings with the Yellow Book elements, the agencies they apply to, their
 * criteria, and the auditor's accept/reject decisions on mapping suggestions.
 * A finding can be drafted before it is mapped (no criteria yet).
 */
import { and, asc, count, desc, eq, inArray, max, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { agencies, checklistVersions, findingAgencies, findingCriteria, findings, mappingDecisions } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { ConflictError, NotFoundError, ValidationError } from "../lib/errors.js";
import { randomKey } from "../lib/ids.js";
import type { FindingInput } from "./audit.schema.js";
import { getAudit, type AuditRow } from "./audits.service.js";
import { checkVersion, type Page } from "./common.js";
import { resolveCriterion } from "./criteria.js";

export type FindingRow = typeof findings.$inferSelect;
type Tx = DbOrTx;

/** The date a finding's criteria quote the law at: the audit's release date, else today. */
function auditDate(audit: AuditRow, clock: Clock): string {
  return audit.releaseDate ?? clock.now().toISOString().slice(0, 10);
}

async function checkAgencies(tx: Tx, ids: string[], path: string): Promise<void> {
  if (ids.length === 0) return;
  const found = new Set((await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids))).map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new ValidationError(`Unknown agency: ${missing.join(", ")}.`, missing.map((id) => ({ path: `${path}/${ids.indexOf(id)}`, message: `there is no agency "${id}"` })));
}

async function setCriteria(tx: Tx, audit: AuditRow, findingId: string, criteria: FindingInput["criteria"], who: Actor, now: string, source: "manual" | "import", asOf: string): Promise<void> {
  await tx.delete(findingCriteria).where(eq(findingCriteria.findingId, findingId));
  const seen = new Set<string>();
  for (const [i, c] of criteria.entries()) {
    if (seen.has(c.requirement)) continue;
    seen.add(c.requirement);
    const r = await resolveCriterion(tx, audit, c, `/body/criteria/${i}/requirement`, asOf);
    await tx.insert(findingCriteria).values({ findingId, ...r, position: i, rationale: c.rationale ?? null, source, confidence: null, chosenBy: who.actor, chosenAt: now });
  }
}

/** Inserts a finding (and its agencies and criteria) inside a caller's transaction. */
export async function insertFinding(tx: Tx, audit: AuditRow, input: FindingInput, who: Actor, clock: Clock, source: "manual" | "import" = "manual"): Promise<FindingRow> {
  const now = clock.now().toISOString();
  const key = input.key ?? `f-${randomKey(6)}`;
  const id = `${audit.id}.${key}`;
  const [clash] = await tx.select({ id: findings.id }).from(findings).where(eq(findings.id, id));
  if (clash) throw new ConflictError(`Audit ${audit.reportNumber} already has a finding "${key}".`);
  await checkAgencies(tx, input.agencies, "/body/agencies");
  const [{ last } = { last: null }] = await tx.select({ last: max(findings.position) }).from(findings).where(eq(findings.auditId, audit.id));
  const [row] = await tx
    .insert(findings)
    .values({ id, auditId: audit.id, key, position: (last ?? -1) + 1, title: input.title, condition: input.condition, cause: input.cause ?? null, effect: input.effect ?? null, severity: input.severity, status: input.status, evidence: input.evidence, createdAt: now, updatedAt: now })
    .returning();
  for (const agencyId of new Set(input.agencies)) await tx.insert(findingAgencies).values({ findingId: id, agencyId });
  await setCriteria(tx, audit, id, input.criteria, who, now, source, auditDate(audit, clock));
  return row!;
}

export async function createFinding(db: Db, auditId: string, input: FindingInput, who: Actor, clock: Clock): Promise<FindingRow> {
  return db.transaction(async (tx) => {
    const audit = await getAudit(tx, auditId);
    const row = await insertFinding(tx, audit, input, who, clock);
    await recordAccess(tx, who, { action: "finding.create", entity: "finding", entityId: row.id });
    return row;
  });
}

export async function getFindingRow(db: DbOrTx, id: string): Promise<FindingRow> {
  const [row] = await db.select().from(findings).where(eq(findings.id, id));
  if (!row) throw new NotFoundError(`There is no finding "${id}".`);
  return row;
}

/** Findings with their agencies and criteria (criteria note whether their checklist version is still current). */
export async function hydrateFindings(db: DbOrTx, rows: FindingRow[]) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [ags, crit] = await Promise.all([
    db.select({ findingId: findingAgencies.findingId, id: agencies.id, name: agencies.name }).from(findingAgencies).innerJoin(agencies, eq(agencies.id, findingAgencies.agencyId)).where(inArray(findingAgencies.findingId, ids)),
    db
      .select({ c: findingCriteria, seq: checklistVersions.seq, label: checklistVersions.label, versionStatus: checklistVersions.status, checklistId: checklistVersions.checklistId })
      .from(findingCriteria)
      .innerJoin(checklistVersions, eq(checklistVersions.id, findingCriteria.checklistVersionId))
      .where(inArray(findingCriteria.findingId, ids))
      .orderBy(asc(findingCriteria.position)),
  ]);
  return rows.map((f) => ({
    ...f,
    agencies: ags.filter((a) => a.findingId === f.id).map(({ id, name }) => ({ id, name })),
    criteria: crit
      .filter((x) => x.c.findingId === f.id)
      .map(({ c, seq, label, versionStatus, checklistId }) => ({
        requirementId: c.requirementId,
        citation: c.citation,
        checklistId,
        checklistVersion: seq,
        checklistVersionLabel: label,
        checklistVersionStatus: versionStatus,
        quotedText: c.quotedText,
        statuteVersion: c.statuteVersionId,
        rationale: c.rationale,
        source: c.source,
        confidence: c.confidence,
        chosenBy: c.chosenBy,
        chosenAt: c.chosenAt,
      })),
  }));
}

export type HydratedFinding = Awaited<ReturnType<typeof hydrateFindings>>[number];

export async function getFinding(db: DbOrTx, id: string): Promise<HydratedFinding> {
  return (await hydrateFindings(db, [await getFindingRow(db, id)]))[0]!;
}

export type FindingQuery = { audit?: string; agency?: string; requirement?: string; status?: string; severity?: string; limit: number; offset: number };

export async function listFindings(db: DbOrTx, q: FindingQuery): Promise<Page<HydratedFinding>> {
  const filters: (SQL | undefined)[] = [
    q.audit ? eq(findings.auditId, (await getAudit(db, q.audit)).id) : undefined,
    q.status ? eq(findings.status, q.status as FindingRow["status"]) : undefined,
    q.severity ? eq(findings.severity, q.severity as FindingRow["severity"]) : undefined,
    q.agency ? sql`${findings.id} IN (SELECT finding_id FROM finding_agencies WHERE agency_id = ${q.agency})` : undefined,
    q.requirement ? sql`${findings.id} IN (SELECT finding_id FROM finding_criteria WHERE requirement_id = ${q.requirement} OR requirement_id LIKE ${q.requirement + ".%"})` : undefined,
  ];
  const where = and(...filters);
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([
    db.select().from(findings).where(where).orderBy(asc(findings.auditId), asc(findings.position)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(findings).where(where),
  ]);
  return { items: await hydrateFindings(db, rows), total, limit: q.limit, offset: q.offset };
}

export async function updateFinding(db: Db, id: string, patch: Partial<FindingInput>, expectedVersion: number | undefined, who: Actor, clock: Clock): Promise<HydratedFinding> {
  return db.transaction(async (tx) => {
    const current = await getFindingRow(tx, id);
    checkVersion("finding", id, current.version, expectedVersion);
    if (patch.key && patch.key !== current.key) throw new ValidationError("A finding's key cannot change.", [{ path: "/body/key", message: "cannot change" }]);
    const now = clock.now().toISOString();
    const { agencies: agencyIds, criteria, key: _key, ...fields } = patch;
    const [row] = await tx
      .update(findings)
      .set({ ...fields, version: current.version + 1, updatedAt: now })
      .where(and(eq(findings.id, id), eq(findings.version, current.version)))
      .returning();
    if (!row) throw new ConflictError(`Finding "${id}" was changed by someone else; reload it and try again.`);
    if (agencyIds) {
      await checkAgencies(tx, agencyIds, "/body/agencies");
      await tx.delete(findingAgencies).where(eq(findingAgencies.findingId, id));
      for (const agencyId of new Set(agencyIds)) await tx.insert(findingAgencies).values({ findingId: id, agencyId });
    }
    if (criteria) {
      const audit = await getAudit(tx, current.auditId);
      await setCriteria(tx, audit, id, criteria, who, now, "manual", auditDate(audit, clock));
    }
    await recordAccess(tx, who, { action: "finding.update", entity: "finding", entityId: id, detail: { fields: Object.keys(patch) } });
    return (await hydrateFindings(tx, [row!]))[0]!;
  });
}

export async function deleteFinding(db: Db, id: string, who: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await getFindingRow(tx, id);
    await tx.delete(findings).where(eq(findings.id, id));
    await recordAccess(tx, who, { action: "finding.delete", entity: "finding", entityId: id });
  });
}

export type Decision = { requirementId: string; decision: "accepted" | "rejected"; confidence?: number; reasons?: string[]; note?: string; version?: string };

/**
 * Records an auditor's decision on a suggested requirement. Accepting adds it
 * to the finding's criteria (with who and when); rejecting keeps the rejection,
 * and removes the requirement from the criteria if it was there.
 */
export async function decideSuggestion(db: Db, findingId: string, d: Decision, who: Actor, clock: Clock): Promise<HydratedFinding> {
  return db.transaction(async (tx) => {
    const finding = await getFindingRow(tx, findingId);
    const audit = await getAudit(tx, finding.auditId);
    const now = clock.now().toISOString();
    if (d.decision === "accepted") {
      const r = await resolveCriterion(tx, audit, { requirement: d.requirementId, version: d.version }, "/body/requirementId", auditDate(audit, clock));
      const [{ last } = { last: null }] = await tx.select({ last: max(findingCriteria.position) }).from(findingCriteria).where(eq(findingCriteria.findingId, findingId));
      await tx
        .insert(findingCriteria)
        .values({ findingId, ...r, position: (last ?? -1) + 1, rationale: d.note ?? null, source: "suggestion", confidence: d.confidence ?? null, chosenBy: who.actor, chosenAt: now })
        .onConflictDoUpdate({ target: [findingCriteria.findingId, findingCriteria.requirementId], set: { source: "suggestion", confidence: d.confidence ?? null, chosenBy: who.actor, chosenAt: now } });
    } else {
      await tx.delete(findingCriteria).where(and(eq(findingCriteria.findingId, findingId), eq(findingCriteria.requirementId, d.requirementId)));
    }
    await tx.insert(mappingDecisions).values({ findingId, requirementId: d.requirementId, decision: d.decision, confidence: d.confidence ?? null, reasons: d.reasons ?? [], note: d.note ?? null, decidedBy: who.actor, decidedAt: now });
    await tx.update(findings).set({ version: finding.version + 1, updatedAt: now }).where(eq(findings.id, findingId));
    await recordAccess(tx, who, { action: `finding.suggestion.${d.decision === "accepted" ? "accept" : "reject"}`, entity: "finding", entityId: findingId, detail: { requirementId: d.requirementId } });
    return (await hydrateFindings(tx, [(await getFindingRow(tx, findingId))]))[0]!;
  });
}

export async function listDecisions(db: DbOrTx, findingId: string) {
  await getFindingRow(db, findingId);
  return db.select().from(mappingDecisions).where(eq(mappingDecisions.findingId, findingId)).orderBy(desc(mappingDecisions.id));
}
