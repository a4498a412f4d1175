/**
 * The access log: who changed what. Every mutation writes its row inside the
 * same transaction as the change, so the log and the data never disagree.
 */
import type { DbOrTx } from "../db/client.js";
import { accessLog } from "../db/schema/index.js";

export type Actor = { actor: string; requestId?: string };

export async function recordAccess(
  tx: DbOrTx,
  who: Actor,
  entry: { action: string; entity: string; entityId: string; detail?: Record<string, unknown> },
): Promise<void> {
  await tx.insert(accessLog).values({ actor: who.actor, requestId: who.requestId ?? null, ...entry, detail: entry.detail ?? null });
}
