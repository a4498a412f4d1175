/** Agencies recur across audits: one record each, found by id, name or alias. */
import { and, asc, count, eq, like, or, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { agencies, findingAgencies, recommendations } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { ConflictError, NotFoundError } from "../lib/errors.js";
import { slugify } from "../lib/ids.js";
import type { AgencyInput } from "./audit.schema.js";
import { checkVersion, type Page } from "./common.js";

export type AgencyRow = typeof agencies.$inferSelect;

/** A free slug for a new agency: the name's slug, with "-2", "-3"… on a clash. */
async function freeId(tx: DbOrTx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set((await tx.select({ id: agencies.id }).from(agencies).where(or(eq(agencies.id, base), like(agencies.id, `${base}-%`)))).map((r) => r.id));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Inserts an agency inside a caller's transaction. */
export async function insertAgency(tx: DbOrTx, input: AgencyInput, now: string): Promise<AgencyRow> {
  const id = await freeId(tx, input.name);
  const [row] = await tx
    .insert(agencies)
    .values({ id, name: input.name, kind: input.kind, level: input.level ?? null, state: input.state ?? null, parent: input.parent ?? null, aliases: input.aliases, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

export async function createAgency(db: Db, input: AgencyInput, who: Actor, clock: Clock): Promise<AgencyRow> {
  return db.transaction(async (tx) => {
    const row = await insertAgency(tx, input, clock.now().toISOString());
    await recordAccess(tx, who, { action: "agency.create", entity: "agency", entityId: row.id });
    return row;
  });
}

export async function getAgency(db: DbOrTx, id: string): Promise<AgencyRow> {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  if (!row) throw new NotFoundError(`There is no agency "${id}".`);
  return row;
}

export async function listAgencies(db: DbOrTx, q: { q?: string; kind?: string; level?: string; state?: string; limit: number; offset: number }): Promise<Page<AgencyRow>> {
  const text = q.q ? `%${q.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : undefined;
  const where = and(
    text ? or(sql`${agencies.name} LIKE ${text} ESCAPE '\\'`, sql`${agencies.aliases} LIKE ${text} ESCAPE '\\'`) : undefined,
    q.kind ? eq(agencies.kind, q.kind as AgencyRow["kind"]) : undefined,
    q.level ? eq(agencies.level, q.level) : undefined,
    q.state ? eq(agencies.state, q.state) : undefined,
  );
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db.select().from(agencies).where(where).orderBy(asc(agencies.name)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(agencies).where(where),
  ]);
  return { items, total, limit: q.limit, offset: q.offset };
}

export async function updateAgency(db: Db, id: string, patch: Partial<AgencyInput>, expectedVersion: number | undefined, who: Actor, clock: Clock): Promise<AgencyRow> {
  return db.transaction(async (tx) => {
    const current = await getAgency(tx, id);
    checkVersion("agency", id, current.version, expectedVersion);
    const [row] = await tx
      .update(agencies)
      .set({ ...patch, version: current.version + 1, updatedAt: clock.now().toISOString() })
      .where(and(eq(agencies.id, id), eq(agencies.version, current.version)))
      .returning();
    if (!row) throw new ConflictError(`Agency "${id}" was changed by someone else; reload it and try again.`);
    await recordAccess(tx, who, { action: "agency.update", entity: "agency", entityId: id, detail: { fields: Object.keys(patch) } });
    return row;
  });
}

export async function deleteAgency(db: Db, id: string, who: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await getAgency(tx, id);
    const [{ n: uses } = { n: 0 }] = await tx.select({ n: count() }).from(findingAgencies).where(eq(findingAgencies.agencyId, id));
    const [{ n: recs } = { n: 0 }] = await tx.select({ n: count() }).from(recommendations).where(eq(recommendations.addresseeAgencyId, id));
    if (uses + recs > 0) throw new ConflictError(`Agency "${id}" is named in ${uses} finding(s) and ${recs} recommendation(s); remove those references first.`);
    await tx.delete(agencies).where(eq(agencies.id, id));
    await recordAccess(tx, who, { action: "agency.delete", entity: "agency", entityId: id });
  });
}
