/**
 * The database handle: drizzle over one libSQL client.
 *
 * The same code runs over an embedded file (`file:`), an in-memory database
 * (`:memory:`, tests) and a libSQL server (`libsql://`, `http(s)://`). This file
 * is the only place that knows which one it is: the file-only settings (WAL, a
 * busy timeout, creating the folder) are applied here and nowhere else.
 */
import { mkdirSync } from "node:fs";
import { dirname, isAbsolute, resolve } from "node:path";
import { createClient, type Client } from "@libsql/client";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import * as schema from "./schema/index.js";

export type Db = LibSQLDatabase<typeof schema>;
/** A drizzle transaction handle; services take `Db | Tx` so they compose inside one transaction. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbOrTx = Db | Tx;

export type Database = {
  db: Db;
  client: Client;
  /** "file", "memory" or "remote" — for logs and /health, never for branching in services. */
  kind: "file" | "memory" | "remote";
  close(): void;
};

const BUSY_TIMEOUT_MS = 5000;

/**
 * Opens the database named by a libSQL URL.
 *
 * @example
 * const { db, close } = await openDatabase({ url: "file:data/oversight.db" });
 * const { db } = await openDatabase({ url: ":memory:" });
 * const { db } = await openDatabase({ url: "libsql://my-db.turso.io", authToken });
 */
export async function openDatabase(opts: { url: string; authToken?: string }): Promise<Database> {
  const url = opts.url === ":memory:" ? "file::memory:" : opts.url;
  const kind = url.startsWith("file::memory:") || url === "file::memory:" ? "memory" : url.startsWith("file:") ? "file" : "remote";
  if (kind === "file") ensureFolder(url);
  const client = createClient({
    url,
    authToken: opts.authToken,
    // Busy timeout for embedded files: a writer waits for another instead of failing at once.
    timeout: BUSY_TIMEOUT_MS,
    intMode: "number",
  });
  if (kind === "file") {
    // WAL lets readers proceed while one writer commits; the setting persists in the file.
    await client.execute("PRAGMA journal_mode = WAL");
  }
  if (kind !== "remote") await client.execute("PRAGMA foreign_keys = ON");
  const db = drizzle(client, { schema });
  serializeTransactions(db);
  return { db, client, kind, close: () => client.close() };
}

/**
 * SQLite has one writer at a time. Queue this process's write transactions so
 * they wait their turn instead of failing: an in-memory database has a single
 * connection, and even a file database answers a second writer that starts while
 * the first is mid-way with SQLITE_BUSY. Other processes are kept in line by the
 * busy timeout and BEGIN IMMEDIATE (the libSQL client's default transaction mode).
 */
function serializeTransactions(db: Db): void {
  const run = db.transaction.bind(db);
  let tail: Promise<unknown> = Promise.resolve();
  db.transaction = ((fn, config) => {
    const result = tail.then(() => run(fn, config));
    tail = result.catch(() => undefined);
    return result;
  }) as Db["transaction"];
}

function ensureFolder(url: string): void {
  const path = decodeURIComponent(url.slice("file:".length).split("?")[0]!.replace(/^\/\/(localhost)?(?=\/)/, ""));
  if (!path) return;
  const folder = dirname(isAbsolute(path) ? path : resolve(path));
  mkdirSync(folder, { recursive: true });
}
