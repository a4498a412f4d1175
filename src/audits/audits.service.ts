/** Audits: the report, its status, and the checklist versions it tests against. */
import { and, asc, count, eq, like, or } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { audits, findings, recommendations } from "../db/schema/index.js";
import { findChecklistVersion } from "../checklists/checklists.service.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { ConflictError, NotFoundError, ValidationError } from "../lib/errors.js";
import { slugify } from "../lib/ids.js";
import type { AuditInput } from "./audit.schema.js";
import { checkVersion, type Page } from "./common.js";

export type AuditRow = typeof audits.$inferSelect;

/** Resolves "ca-alpr-operator" (+ optional version) to the pinned checklist versions an audit records. */
export async function resolveAuditChecklists(tx: DbOrTx, list: AuditInput["checklists"]): Promise<AuditRow["checklists"]> {
  const out: AuditRow["checklists"] = [];
  for (const [i, c] of list.entries()) {
    try {
      const { version } = await findChecklistVersion(tx, c.id, c.version);
      out.push({ checklistId: c.id, versionId: version.id, seq: version.seq, label: version.label });
    } catch (err) {
      if (err instanceof NotFoundError) throw new ValidationError(err.message, [{ path: `/body/checklists/${i}`, message: err.message }]);
      throw err;
    }
  }
  return out;
}

export async function insertAudit(tx: DbOrTx, input: AuditInput, now: string, notes: string[] = []): Promise<AuditRow> {
  const id = slugify(input.reportNumber);
  const [clash] = await tx.select({ id: audits.id }).from(audits).where(or(eq(audits.id, id), eq(audits.reportNumber, input.reportNumber)));
  if (clash) throw new ConflictError(`An audit with report number "${input.reportNumber}" already exists (${clash.id}).`);
  const [row] = await tx
    .insert(audits)
    .values({
      id,
      reportNumber: input.reportNumber,
      title: input.title,
      office: input.office,
      releaseDate: input.releaseDate ?? null,
      status: input.status,
      scope: input.scope ?? null,
      objectives: input.objectives,
      sourceUrl: input.sourceUrl ?? null,
      checklists: await resolveAuditChecklists(tx, input.checklists),
      notes,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  return row!;
}

export async function createAudit(db: Db, input: AuditInput, who: Actor, clock: Clock): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    const row = await insertAudit(tx, input, clock.now().toISOString());
    await recordAccess(tx, who, { action: "audit.create", entity: "audit", entityId: row.id });
    return row;
  });
}

export async function getAudit(db: DbOrTx, id: string): Promise<AuditRow> {
  const [row] = await db.select().from(audits).where(or(eq(audits.id, id), eq(audits.reportNumber, id)));
  if (!row) throw new NotFoundError(`There is no audit "${id}".`);
  return row;
}

export async function auditCounts(db: DbOrTx, id: string): Promise<{ findings: number; recommendations: number }> {
  const [[f], [r]] = await Promise.all([
    db.select({ n: count() }).from(findings).where(eq(findings.auditId, id)),
    db.select({ n: count() }).from(recommendations).where(eq(recommendations.auditId, id)),
  ]);
  return { findings: f?.n ?? 0, recommendations: r?.n ?? 0 };
}

export async function listAudits(db: DbOrTx, q: { q?: string; status?: string; limit: number; offset: number }): Promise<Page<AuditRow>> {
  const text = q.q ? `%${q.q}%` : undefined;
  const where = and(text ? or(like(audits.title, text), like(audits.reportNumber, text), like(audits.office, text)) : undefined, q.status ? eq(audits.status, q.status as AuditRow["status"]) : undefined);
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db.select().from(audits).where(where).orderBy(asc(audits.releaseDate), asc(audits.reportNumber)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(audits).where(where),
  ]);
  return { items, total, limit: q.limit, offset: q.offset };
}

export async function updateAudit(db: Db, id: string, patch: Partial<AuditInput>, expectedVersion: number | undefined, who: Actor, clock: Clock): Promise<AuditRow> {
  return db.transaction(async (tx) => {
    const current = await getAudit(tx, id);
    checkVersion("audit", current.id, current.version, expectedVersion);
    if (patch.reportNumber && patch.reportNumber !== current.reportNumber) throw new ValidationError("The report number names the audit and cannot change; create a new audit instead.", [{ path: "/body/reportNumber", message: "cannot change" }]);
    const { checklists, ...rest } = patch;
    const [row] = await tx
      .update(audits)
      .set({ ...rest, ...(checklists ? { checklists: await resolveAuditChecklists(tx, checklists) } : {}), version: current.version + 1, updatedAt: clock.now().toISOString() })
      .where(and(eq(audits.id, current.id), eq(audits.version, current.version)))
      .returning();
    if (!row) throw new ConflictError(`Audit "${id}" was changed by someone else; reload it and try again.`);
    await recordAccess(tx, who, { action: "audit.update", entity: "audit", entityId: current.id, detail: { fields: Object.keys(patch) } });
    return row;
  });
}

export async function deleteAudit(db: Db, id: string, who: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const audit = await getAudit(tx, id);
    const counts = await auditCounts(tx, audit.id);
    if (counts.findings + counts.recommendations > 0) throw new ConflictError(`Audit "${audit.id}" has ${counts.findings} finding(s) and ${counts.recommendations} recommendation(s); delete them first.`);
    await tx.delete(audits).where(eq(audits.id, audit.id));
    await recordAccess(tx, who, { action: "audit.delete", entity: "audit", entityId: audit.id });
  });
}
