/**
 * Draft bills as stored records. A bill is saved only if it builds against the
 * statute store: an amendment naming a missing provision or absent words is a
 * 422 and nothing is written, so every stored draft can always be printed.
 */
import { and, count, desc, eq } from "drizzle-orm";
import { checkVersion, type Page } from "../audits/common.js";
import type { Db, DbOrTx } from "../db/client.js";
import { bills } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { ConflictError, NotFoundError } from "../lib/errors.js";
import { randomKey, slugify } from "../lib/ids.js";
import { buildBill, type BillDocument } from "./assemble.js";
import type { BillInput } from "./bill.schema.js";
import { storedStatutes } from "./statute-source.js";

export type BillRow = typeof bills.$inferSelect;
/** A stored bill with the draft built from it (built once, to validate the write, and handed back). */
export type SavedBill = { row: BillRow; bill: BillDocument };

/** Builds the bill against the statute store (throws the engine's 422 when it does not fit). */
export async function buildStoredBill(db: DbOrTx, input: BillInput): Promise<BillDocument> {
  return buildBill(input, await storedStatutes(db, input));
}

/** Stores a bill; `from.id` names it (the example bills), else it gets a readable random id ("ab-1463-x7k2q9"). */
export async function createBill(db: Db, input: BillInput, who: Actor, clock: Clock, from: { auditId?: string; id?: string } = {}): Promise<SavedBill> {
  const doc = await buildStoredBill(db, input);
  const now = clock.now().toISOString();
  const id = from.id ?? `${input.number ? slugify(input.number) : "draft"}-${randomKey(6)}`;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(bills)
      .values({ id, number: input.number ?? null, title: doc.title, house: input.house, input, auditId: from.auditId ?? null, createdBy: who.actor, createdAt: now, updatedBy: who.actor, updatedAt: now })
      .returning();
    await recordAccess(tx, who, { action: "bill.create", entity: "bill", entityId: id, detail: { operations: input.operations.length, ...(from.auditId ? { audit: from.auditId } : {}) } });
    return { row: row!, bill: doc };
  });
}

export async function getBill(db: DbOrTx, id: string): Promise<BillRow> {
  const [row] = await db.select().from(bills).where(eq(bills.id, id));
  if (!row) throw new NotFoundError(`There is no bill "${id}".`);
  return row;
}

export async function listBills(db: DbOrTx, q: { audit?: string; limit: number; offset: number }): Promise<Page<BillRow>> {
  const where = q.audit ? eq(bills.auditId, q.audit) : undefined;
  const [items, [{ total } = { total: 0 }]] = await Promise.all([
    db.select().from(bills).where(where).orderBy(desc(bills.updatedAt)).limit(q.limit).offset(q.offset),
    db.select({ total: count() }).from(bills).where(where),
  ]);
  return { items, total, limit: q.limit, offset: q.offset };
}

/** Replaces a bill's operations and fields (staff edit the structure, not the print). */
export async function updateBill(db: Db, id: string, input: BillInput, expectedVersion: number | undefined, who: Actor, clock: Clock): Promise<SavedBill> {
  const doc = await buildStoredBill(db, input);
  return db.transaction(async (tx) => {
    const current = await getBill(tx, id);
    checkVersion("bill", id, current.version, expectedVersion);
    const [row] = await tx
      .update(bills)
      .set({ number: input.number ?? null, title: doc.title, house: input.house, input, version: current.version + 1, updatedBy: who.actor, updatedAt: clock.now().toISOString() })
      .where(and(eq(bills.id, id), eq(bills.version, current.version)))
      .returning();
    if (!row) throw new ConflictError(`Bill "${id}" was changed by someone else; reload it and try again.`);
    await recordAccess(tx, who, { action: "bill.update", entity: "bill", entityId: id, detail: { operations: input.operations.length } });
    return { row, bill: doc };
  });
}

export async function deleteBill(db: Db, id: string, who: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    await getBill(tx, id);
    await tx.delete(bills).where(eq(bills.id, id));
    await recordAccess(tx, who, { action: "bill.delete", entity: "bill", entityId: id });
  });
}

/** The stored input, typed (it was validated when saved). */
export function billInputOf(row: BillRow): BillInput {
  return row.input as unknown as BillInput;
}
