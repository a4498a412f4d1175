import type { Database } from "./client.js";

const TIMEOUT_MS = 2000;
const inflight = new WeakMap<Database, Promise<boolean>>();

/**
 * True when the database answers a trivial query within two seconds.
 * Concurrent callers share one in-flight query (single flight), so a burst of
 * load-balancer probes costs one round trip, never a stale answer.
 */
export function checkDatabase(database: Database): Promise<boolean> {
  let pending = inflight.get(database);
  if (!pending) {
    pending = probe(database).finally(() => inflight.delete(database));
    inflight.set(database, pending);
  }
  return pending;
}

async function probe(database: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("database health check timed out")), TIMEOUT_MS);
    });
    await Promise.race([database.client.execute("SELECT 1"), timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
