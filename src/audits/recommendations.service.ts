/**
 * Recommendations and their follow-up history. Responses are expected at 60
 * days, 6 months and 1 year (and later); a stage whose due date has passed with
 * no response, on a recommendation not yet closed, is overdue.
 */
import { and, asc, count, eq, inArray, max, sql, type SQL } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { agencies, findings, followUps, recommendationFindings, recommendations } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { ConflictError, NotFoundError, ValidationError } from "../lib/errors.js";
import { CLOSED_STATUSES, LEGISLATIVE_STATUSES, type FollowUpInput, type RecommendationInput } from "./audit.schema.js";
import { getAudit, type AuditRow } from "./audits.service.js";
import { checkVersion, type Page } from "./common.js";

export type RecommendationRow = typeof recommendations.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;
const STAGES = ["60-day", "6-month", "1-year", "later"] as const;

/** Adds months to an ISO day (clamped to the month's end), for default due dates. */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, end))).toISOString().slice(0, 10);
}

/**
 * The State Auditor's schedule from a report's release date: 60 days, 6 months, 1 year.
 *
 * @example
 * defaultDueDates("2020-02-13") // { "60-day": "2020-04-13", "6-month": "2020-08-13", "1-year": "2021-02-13" }
 */
export function defaultDueDates(releaseDate: string): RecommendationRow["dueDates"] {
  const sixty = new Date(`${releaseDate}T00:00:00Z`);
  sixty.setUTCDate(sixty.getUTCDate() + 60);
  return { "60-day": sixty.toISOString().slice(0, 10), "6-month": addMonths(releaseDate, 6), "1-year": addMonths(releaseDate, 12) };
}

/** The legislative vocabulary is only for recommendations to a body such as the Legislature, and only it is. */
function checkStatusFits(toBody: boolean, status: string | null, path: string): void {
  if (status === null) return;
  const legislative = (LEGISLATIVE_STATUSES as readonly string[]).includes(status);
  if (legislative === toBody) return;
  const message = toBody ? `a recommendation to a legislative body takes one of: ${LEGISLATIVE_STATUSES.join(", ")}` : `"${status}" is only for recommendations to the Legislature`;
  throw new ValidationError(`Status does not fit this recommendation: ${message}.`, [{ path, message }]);
}

async function checkFindings(tx: DbOrTx, auditId: string, ids: string[]): Promise<void> {
  if (!ids.length) return;
  const found = new Set((await tx.select({ id: findings.id }).from(findings).where(and(eq(findings.auditId, auditId), inArray(findings.id, ids)))).map((r) => r.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new ValidationError(`Unknown finding of this audit: ${missing.join(", ")}.`, missing.map((id) => ({ path: `/body/findings/${ids.indexOf(id)}`, message: `no finding "${id}" in this audit` })));
}

async function addressee(tx: DbOrTx, a: RecommendationInput["addressee"]): Promise<{ addresseeAgencyId: string | null; addresseeBody: string | null }> {
  if ("body" in a) return { addresseeAgencyId: null, addresseeBody: a.body };
  const [row] = await tx.select({ id: agencies.id }).from(agencies).where(eq(agencies.id, a.agency));
  if (!row) throw new ValidationError(`Unknown agency "${a.agency}".`, [{ path: "/body/addressee/agency", message: `there is no agency "${a.agency}"` }]);
  return { addresseeAgencyId: row.id, addresseeBody: null };
}

async function insertFollowUp(tx: DbOrTx, recommendationId: string, f: FollowUpInput, who: Actor, now: string): Promise<void> {
  const [{ last } = { last: null }] = await tx.select({ last: max(followUps.position) }).from(followUps).where(eq(followUps.recommendationId, recommendationId));
  await tx.insert(followUps).values({ recommendationId, stage: f.stage, position: (last ?? -1) + 1, date: f.date ?? null, response: f.response, status: f.status, assessedBy: f.assessedBy, assessment: f.assessment ?? null, recordedBy: who.actor, recordedAt: now });
  if (f.status) await tx.update(recommendations).set({ status: f.status, updatedAt: now }).where(eq(recommendations.id, recommendationId));
}

/** Inserts a recommendation (its finding links and follow-ups) inside a caller's transaction. */
export async function insertRecommendation(tx: DbOrTx, audit: AuditRow, input: RecommendationInput, who: Actor, now: string): Promise<RecommendationRow> {
  const id = `${audit.id}.r${input.number}`;
  const [clash] = await tx.select({ id: recommendations.id }).from(recommendations).where(eq(recommendations.id, id));
  if (clash) throw new ConflictError(`Audit ${audit.reportNumber} already has recommendation ${input.number}.`);
  await checkFindings(tx, audit.id, input.findings);
  const dueDates = input.dueDates ?? (audit.releaseDate ? defaultDueDates(audit.releaseDate) : {});
  await tx.insert(recommendations).values({ id, auditId: audit.id, number: input.number, ...(await addressee(tx, input.addressee)), text: input.text, dueDates, status: null, createdAt: now, updatedAt: now });
  for (const findingId of new Set(input.findings)) await tx.insert(recommendationFindings).values({ recommendationId: id, findingId });
  for (const [i, f] of input.followUps.entries()) {
    checkStatusFits("body" in input.addressee, f.status, `/body/followUps/${i}/status`);
    await insertFollowUp(tx, id, f, who, now);
  }
  const [row] = await tx.select().from(recommendations).where(eq(recommendations.id, id));
  return row!;
}

export async function createRecommendation(db: Db, auditId: string, input: RecommendationInput, who: Actor, clock: Clock) {
  return db.transaction(async (tx) => {
    const audit = await getAudit(tx, auditId);
    const row = await insertRecommendation(tx, audit, input, who, clock.now().toISOString());
    await recordAccess(tx, who, { action: "recommendation.create", entity: "recommendation", entityId: row.id });
    return (await hydrateRecommendations(tx, [row], clock))[0]!;
  });
}

/** Recommendations with addressee, findings, follow-ups and overdue stages as of the clock's today. */
export async function hydrateRecommendations(db: DbOrTx, rows: RecommendationRow[], clock: Clock) {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [links, fus, names] = await Promise.all([
    db.select().from(recommendationFindings).where(inArray(recommendationFindings.recommendationId, ids)),
    db.select().from(followUps).where(inArray(followUps.recommendationId, ids)).orderBy(asc(followUps.position)),
    db.select({ id: agencies.id, name: agencies.name }).from(agencies).where(inArray(agencies.id, rows.map((r) => r.addresseeAgencyId).filter((x): x is string => !!x))),
  ]);
  const today = clock.now().toISOString().slice(0, 10);
  return rows.map((r) => {
    const history = fus.filter((f) => f.recommendationId === r.id);
    const answered = new Set(history.map((f) => f.stage));
    const closed = r.status !== null && CLOSED_STATUSES.has(r.status);
    const overdue = closed ? [] : STAGES.filter((s) => r.dueDates[s] && r.dueDates[s]! < today && !answered.has(s)).map((s) => ({ stage: s, dueDate: r.dueDates[s]! }));
    return {
      id: r.id,
      auditId: r.auditId,
      number: r.number,
      addressee: r.addresseeAgencyId ? { type: "agency" as const, agencyId: r.addresseeAgencyId, name: names.find((n) => n.id === r.addresseeAgencyId)?.name ?? r.addresseeAgencyId } : { type: "body" as const, name: r.addresseeBody! },
      kind: r.addresseeAgencyId ? ("agency" as const) : ("legislative" as const),
      text: r.text,
      findings: links.filter((l) => l.recommendationId === r.id).map((l) => l.findingId),
      dueDates: r.dueDates,
      status: r.status,
      followUps: history.map((f) => ({ id: f.id, stage: f.stage, date: f.date, response: f.response, status: f.status, assessedBy: f.assessedBy, assessment: f.assessment, recordedBy: f.recordedBy, recordedAt: f.recordedAt })),
      overdue,
      version: r.version,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
  });
}

export type HydratedRecommendation = Awaited<ReturnType<typeof hydrateRecommendations>>[number];

export async function getRecommendationRow(db: DbOrTx, id: string): Promise<RecommendationRow> {
  const [row] = await db.select().from(recommendations).where(eq(recommendations.id, id));
  if (!row) throw new NotFoundError(`There is no recommendation "${id}".`);
  return row;
}

export async function getRecommendation(db: DbOrTx, id: string, clock: Clock): Promise<HydratedRecommendation> {
  return (await hydrateRecommendations(db, [await getRecommendationRow(db, id)], clock))[0]!;
}

export type RecommendationQuery = { audit?: string; agency?: string; status?: string; finding?: string; overdue?: boolean; kind?: "agency" | "legislative"; limit: number; offset: number };

export async function listRecommendations(db: DbOrTx, q: RecommendationQuery, clock: Clock): Promise<Page<HydratedRecommendation>> {
  const filters: (SQL | undefined)[] = [
    q.audit ? eq(recommendations.auditId, (await getAudit(db, q.audit)).id) : undefined,
    q.agency ? eq(recommendations.addresseeAgencyId, q.agency) : undefined,
    q.status ? eq(recommendations.status, q.status) : undefined,
    q.kind === "legislative" ? sql`${recommendations.addresseeAgencyId} IS NULL` : q.kind === "agency" ? sql`${recommendations.addresseeAgencyId} IS NOT NULL` : undefined,
    q.finding ? sql`${recommendations.id} IN (SELECT recommendation_id FROM recommendation_findings WHERE finding_id = ${q.finding})` : undefined,
  ];
  const where = and(...filters);
  const order = [asc(recommendations.auditId), asc(recommendations.number)];
  if (q.overdue) {
    // Overdue depends on today's date and the follow-up history: decide in code, then page.
    const all = (await hydrateRecommendations(db, await db.select().from(recommendations).where(where).orderBy(...order), clock)).filter((r) => r.overdue.length > 0);
    return { items: all.slice(q.offset, q.offset + q.limit), total: all.length, limit: q.limit, offset: q.offset };
  }
  const [rows, [{ total } = { total: 0 }]] = await Promise.all([db.select().from(recommendations).where(where).orderBy(...order).limit(q.limit).offset(q.offset), db.select({ total: count() }).from(recommendations).where(where)]);
  return { items: await hydrateRecommendations(db, rows, clock), total, limit: q.limit, offset: q.offset };
}

export async function updateRecommendation(db: Db, id: string, patch: Partial<Omit<RecommendationInput, "followUps" | "number">>, expectedVersion: number | undefined, who: Actor, clock: Clock) {
  return db.transaction(async (tx) => {
    const current = await getRecommendationRow(tx, id);
    checkVersion("recommendation", id, current.version, expectedVersion);
    const now = clock.now().toISOString();
    const { findings: findingIds, addressee: a, ...fields } = patch;
    const [row] = await tx
      .update(recommendations)
      .set({ ...fields, ...(a ? await addressee(tx, a) : {}), version: current.version + 1, updatedAt: now })
      .where(and(eq(recommendations.id, id), eq(recommendations.version, current.version)))
      .returning();
    if (!row) throw new ConflictError(`Recommendation "${id}" was changed by someone else; reload it and try again.`);
    if (findingIds) {
      await checkFindings(tx, current.auditId, findingIds);
      await tx.delete(recommendationFindings).where(eq(recommendationFindings.recommendationId, id));
      for (const findingId of new Set(findingIds)) await tx.insert(recommendationFindings).values({ recommendationId: id, findingId });
    }
    await recordAccess(tx, who, { action: "recommendation.update", entity: "recommendation", entityId: id, detail: { fields: Object.keys(patch) } });
    return (await hydrateRecommendations(tx, [row!], clock))[0]!;
  });
}

export async function deleteRecommendation(db: Db, id: string, who: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await getRecommendationRow(tx, id);
    await tx.delete(recommendations).where(eq(recommendations.id, id));
    await recordAccess(tx, who, { action: "recommendation.delete", entity: "recommendation", entityId: id });
  });
}

/** Records a dated response and its assessed status; the legislative vocabulary is only for recommendations to a body. */
export async function addFollowUp(db: Db, recommendationId: string, input: FollowUpInput, who: Actor, clock: Clock) {
  return db.transaction(async (tx) => {
    const rec = await getRecommendationRow(tx, recommendationId);
    checkStatusFits(rec.addresseeAgencyId === null, input.status, "/body/status");
    await insertFollowUp(tx, recommendationId, input, who, clock.now().toISOString());
    await tx.update(recommendations).set({ version: rec.version + 1 }).where(eq(recommendations.id, recommendationId));
    await recordAccess(tx, who, { action: "recommendation.follow-up", entity: "recommendation", entityId: recommendationId, detail: { stage: input.stage, status: input.status } });
    return (await hydrateRecommendations(tx, [await getRecommendationRow(tx, recommendationId)], clock))[0]!;
  });
}
