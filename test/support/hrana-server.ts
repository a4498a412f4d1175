/**
 * A small Hrana-over-HTTP server for tests: a stand-in for sqld / Turso.
 *
 * Why it exists: with an `http(s)://` or `libsql://` URL, `@libsql/client` takes a different code path
 * from the embedded file client. It goes through the HTTP transport of `@libsql/hrana-client`, which
 * covers streams and batons, server-side SQL caching, conditional batch steps and JSON value encoding.
 * There is no sqld binary and no network here, so this module speaks that protocol on 127.0.0.1 from a
 * real local libSQL database (the `libsql` npm package). Tests can then run the remote path end to end.
 *
 * Protocol spoken: Hrana 2 over HTTP, JSON encoding, `POST /v2/pipeline`. That is everything
 * @libsql/client 0.18 uses: it calls `hrana.openHttp()` without a protocol version and never probes.
 * `POST /v3/pipeline` (JSON) is served too, and only there are the v3 additions allowed
 * (`get_autocommit`, `is_autocommit` conditions), as in sqld. Not implemented: Protobuf (`/v3-protobuf/*`
 * answers 404; if a hrana client with version 3 probes `GET /v3-protobuf`, it falls back to v2/JSON),
 * cursors (`/v3/cursor`), and replication indexes.
 *
 * Behaviour mirrors libsql-server (sqld): each stream gets its own connection. A baton is single-use and
 * rotates on every response. A stream that is idle for 10 s expires. Statement errors become Hrana errors
 * `{ message: "SQLite error: …", code: "SQLITE_<PRIMARY>" }`. Malformed requests get 400 text/plain.
 * Unknown batons get 500 `STREAM_EXPIRED`. affected_row_count counts only INSERT/UPDATE/DELETE, and
 * last_insert_rowid is sent only for INSERT.
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "libsql";

export interface HranaServer {
  url: string;
  close(): Promise<void>;
}

// ---- wire types (Hrana JSON encoding) ----
type ProtoValue =
  | { type: "null" }
  | { type: "integer"; value: string } // 64-bit integers travel as decimal strings
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };
interface ProtoStmt {
  sql?: string | null;
  sql_id?: number | null;
  args?: ProtoValue[];
  named_args?: { name: string; value: ProtoValue }[];
  want_rows?: boolean;
}
type ProtoCond =
  | { type: "ok" | "error"; step: number }
  | { type: "not"; cond: ProtoCond }
  | { type: "and" | "or"; conds: ProtoCond[] }
  | { type: "is_autocommit" };
type StreamRequest =
  | { type: "close" | "get_autocommit" }
  | { type: "execute"; stmt: ProtoStmt }
  | { type: "batch"; batch: { steps: { condition?: ProtoCond | null; stmt: ProtoStmt }[] } }
  | { type: "sequence" | "describe"; sql?: string | null; sql_id?: number | null }
  | { type: "store_sql"; sql_id: number; sql: string }
  | { type: "close_sql"; sql_id: number };
interface ProtoError { message: string; code: string }

const STREAM_EXPIRY_MS = 10_000; // sqld's default idle-stream expiry
const BUSY_TIMEOUT_MS = 5_000;
const MAX_STORED_SQLS = 50; // sqld limits for store_sql
const MAX_STORED_SQL_BYTES = 5_000;

/** Becomes a StreamResult / step error; the stream stays usable. */
class HranaError extends Error {
  constructor(message: string, readonly code: string, readonly extendedCode?: string) {
    super(message);
  }
  toProto(): ProtoError {
    return { message: this.message, code: this.code };
  }
}
/** A malformed request. sqld fails the whole HTTP request with 400 text/plain. */
class ProtocolError extends Error {}
class StreamExpiredError extends Error {}

function sqliteError(e: unknown): HranaError {
  const extended = (e as { code?: unknown }).code;
  if (e instanceof Error && typeof extended === "string" && extended.startsWith("SQLITE_")) {
    // sqld reports the primary code (SQLITE_CONSTRAINT), not the extended one (…_PRIMARYKEY).
    const primary = /^SQLITE_[A-Z]+/.exec(extended)![0];
    return new HranaError(`SQLite error: ${e.message}`, primary, extended);
  }
  throw e; // not a database error: a bug here, reported as HTTP 500
}

const IDENT = String.raw`[\w$\u0080-\uffff]+`; // SQLite identifier characters
const TOKEN = new RegExp(
  [
    String.raw`\s+|--[^\n]*|/\*[\s\S]*?(?:\*/|$)`, // whitespace and comments
    String.raw`'(?:[^']|'')*'?|"(?:[^"]|"")*"?|\`(?:[^\`]|\`\`)*\`?|\[[^\]]*\]?`, // strings, quoted names
    String.raw`\?(\d*)`, // group 1: `?` or `?NNN`
    `([:@$]${IDENT})`, // group 2: `:name`, `@name`, `$name`
    IDENT, // words
    "[^]", // any other single character
  ].join("|"),
  "y",
);

/**
 * A light tokenizer pass over the SQL.
 * - `names[i]` names parameter i+1, numbered the way SQLite numbers them (null for a bare `?`). The
 *   `libsql` package binds named values only from an object, and it aborts the whole process if the SQL
 *   also holds a bare `?`. So named arguments are mapped onto a positional array instead.
 * - `empty`: no statement at all (only whitespace, comments and `;`), which sqld rejects.
 * - `isInsert`: the statement is an INSERT or REPLACE (also after a WITH clause). sqld reports
 *   last_insert_rowid only for those.
 */
function scanSql(sql: string): { names: (string | null)[]; empty: boolean; isInsert: boolean } {
  const names: (string | null)[] = [];
  let first: string | undefined;
  let verb: string | undefined;
  let depth = 0;
  TOKEN.lastIndex = 0;
  for (let m; TOKEN.lastIndex < sql.length && (m = TOKEN.exec(sql)); ) {
    const tok = m[0];
    if (/^(\s|--|\/\*|;)/.test(tok)) continue;
    if (m[1] === "") names.push(null); // `?`: the next free index
    else if (m[1] !== undefined) {
      const index = Number(m[1]); // `?NNN`: exactly that index, growing the count as needed
      while (names.length < index) names.push(null);
      names[index - 1] = tok;
    } else if (m[2] !== undefined) {
      if (!names.includes(tok)) names.push(tok); // a repeated name reuses its index
    } else if (tok === "(" || tok === ")") depth += tok === "(" ? 1 : -1;
    else if (/^[a-z]/i.test(tok)) {
      const word = tok.toUpperCase();
      first ??= word;
      if (depth === 0 && /^(SELECT|VALUES|INSERT|REPLACE|UPDATE|DELETE)$/.test(word)) verb ??= word;
    }
    first ??= tok;
  }
  const kind = first === "WITH" ? verb : first;
  return { names, empty: first === undefined, isInsert: kind === "INSERT" || kind === "REPLACE" };
}

function valueFromProto(v: ProtoValue): unknown {
  switch (v.type) {
    case "null": return null;
    case "integer": return BigInt(v.value);
    case "float": return Number(v.value); // libsql binds JS numbers as REAL (1.0 stays a float)
    case "text": return v.value;
    case "blob": return Buffer.from(v.base64, "base64");
    default: throw new ProtocolError(`Unknown value type ${JSON.stringify((v as { type: unknown }).type)}`);
  }
}

function valueToProto(v: unknown): ProtoValue {
  if (v === null) return { type: "null" };
  if (typeof v === "bigint") return { type: "integer", value: v.toString() }; // safeIntegers mode
  if (typeof v === "number") return { type: "float", value: v };
  if (typeof v === "string") return { type: "text", value: v };
  if (v instanceof Uint8Array) return { type: "blob", base64: Buffer.from(v).toString("base64") };
  throw new Error(`Unexpected value from libsql: ${typeof v}`);
}

function bindArgs(stmt: ProtoStmt, names: (string | null)[]): unknown[] {
  const args = stmt.args ?? [];
  const named = stmt.named_args ?? [];
  if (args.length > 0 && named.length > 0) {
    const message = "Specifying both positional and named arguments is not supported";
    throw new HranaError(message, "ARGS_BOTH_POSITIONAL_AND_NAMED");
  }
  if (named.length === 0) return args.map(valueFromProto);
  // Like sqld, accept names with their prefix (":a") or without it ("a", as @libsql/client sends them).
  const byName = new Map(named.map((a) => [a.name, valueFromProto(a.value)]));
  const lookup = (n: string) => (byName.has(n) ? byName.get(n) : (byName.get(n.slice(1)) ?? null));
  return names.map((n) => (n === null ? null : lookup(n))); // unbound parameters are NULL
}

/** One Hrana stream: a dedicated connection, so one stream's open transaction is invisible to the others. */
class Stream {
  readonly db: Database.Database;
  readonly sqls = new Map<number, string>();
  closed = false;
  lastUsed = Date.now();
  readonly #counters: Database.Statement;

  constructor(file: string, readonly isClosing: () => boolean) {
    this.db = new Database(file);
    // Never busy-wait inside SQLite. Every connection lives on this one thread, so a blocking wait would
    // freeze the event loop, and the stream that holds the lock could never commit. withBusyRetry() does
    // the waiting asynchronously instead.
    this.db.exec("PRAGMA busy_timeout = 0");
    this.#counters = this.db.prepare("SELECT changes(), total_changes(), last_insert_rowid()");
    this.#counters.raw(true).safeIntegers(true);
  }

  close(): void {
    if (!this.closed) this.db.close(); // closing a connection rolls back its open transaction
    this.closed = true;
  }

  resolveSql(r: { sql?: string | null; sql_id?: number | null }): string {
    if (r.sql != null && r.sql_id != null) throw new ProtocolError("Both `sql` and `sql_id` were given");
    if (r.sql != null) return r.sql;
    const sql = r.sql_id != null ? this.sqls.get(r.sql_id) : undefined;
    if (sql !== undefined) return sql;
    throw new ProtocolError(r.sql_id == null ? "Neither `sql` nor `sql_id` was given" : `SQL text ${r.sql_id} not found`);
  }

  /** Stands in for busy_timeout: when SQLITE_BUSY comes back, retry later without blocking the thread. */
  async withBusyRetry<T>(fn: () => T): Promise<T> {
    const deadline = Date.now() + BUSY_TIMEOUT_MS;
    for (;;) {
      try {
        return fn();
      } catch (e) {
        // A statement is atomic, so a retry is safe. BUSY_SNAPSHOT (a stale WAL read snapshot) can't succeed.
        const busy = e instanceof HranaError && e.code === "SQLITE_BUSY" && e.extendedCode !== "SQLITE_BUSY_SNAPSHOT";
        if (!busy || this.isClosing() || Date.now() > deadline) throw e;
        await new Promise((r) => setTimeout(r, 5));
      }
    }
  }

  counters(): [bigint, bigint, bigint] {
    return this.#counters.all()[0] as [bigint, bigint, bigint];
  }

  async execute(stmt: ProtoStmt) {
    const sql = this.resolveSql(stmt);
    const { names, empty, isInsert } = scanSql(sql);
    if (empty) throw new HranaError("SQL string does not contain any statement", "SQL_NO_STATEMENT");
    const args = bindArgs(stmt, names);
    let prepared: Database.Statement | undefined;
    return this.withBusyRetry(() => {
      try {
        // Retry with the same statement object. One that failed with SQLITE_BUSY stays "in progress", and
        // on this connection COMMIT then fails ("SQL statements in progress"). That lasts until the
        // statement runs again (libsql resets it first) or until GC finalizes it.
        prepared ??= this.db.prepare(sql); // compiles only the first statement, like sqlite3_prepare
        const [, totalBefore] = this.counters();
        const cols = prepared.reader ? prepared.columns() : [];
        const rows = prepared.reader ? (prepared.raw(true).safeIntegers(true).all(args) as unknown[][]) : [];
        if (!prepared.reader) prepared.run(args);
        const [changes, total, rowid] = this.counters();
        return {
          cols: cols.map((c) => ({ name: c.name, decltype: c.type })),
          rows: stmt.want_rows === false ? [] : rows.map((row) => row.map(valueToProto)),
          // changes() is stale after statements that write nothing (SELECT, DDL, BEGIN). So it only counts
          // if total_changes() moved: that is, for an INSERT/UPDATE/DELETE, the only ones sqld counts.
          affected_row_count: total !== totalBefore ? Number(changes) : 0,
          last_insert_rowid: isInsert ? rowid.toString() : null,
        };
      } catch (e) {
        throw sqliteError(e);
      }
    });
  }

  async batch(steps: { condition?: ProtoCond | null; stmt: ProtoStmt }[], version: number) {
    const outcomes: ("ok" | "error" | "skipped")[] = [];
    const step_results: unknown[] = [];
    const step_errors: (ProtoError | null)[] = [];
    for (const step of steps) {
      const run = step.condition == null || this.evalCond(step.condition, outcomes, version);
      let result: unknown = null;
      let error: ProtoError | null = null;
      if (run) {
        try {
          result = await this.execute(step.stmt);
        } catch (e) {
          if (!(e instanceof HranaError)) throw e;
          error = e.toProto();
        }
      }
      outcomes.push(!run ? "skipped" : error ? "error" : "ok");
      step_results.push(result);
      step_errors.push(error);
    }
    return { step_results, step_errors };
  }

  evalCond(c: ProtoCond, outcomes: string[], version: number): boolean {
    switch (c.type) {
      case "ok":
      case "error": // a step that was skipped is neither ok nor error
        if (!(c.step < outcomes.length)) throw new ProtocolError("Batch condition refers to a later step");
        return outcomes[c.step] === c.type;
      case "not": return !this.evalCond(c.cond, outcomes, version);
      case "and": return c.conds.every((x) => this.evalCond(x, outcomes, version));
      case "or": return c.conds.some((x) => this.evalCond(x, outcomes, version));
      case "is_autocommit":
        requireV3(version, "BatchCond `is_autocommit`");
        return !this.db.inTransaction;
      default: throw new ProtocolError(`Unknown batch condition ${JSON.stringify((c as ProtoCond).type)}`);
    }
  }

  async sequence(sql: string): Promise<void> {
    await this.withBusyRetry(() => {
      const wasInTransaction = this.db.inTransaction;
      try {
        this.db.exec(sql);
      } catch (e) {
        const err = sqliteError(e);
        // No lock holder can change during one synchronous exec, so a BUSY means nothing before it in this
        // call has written. Drop a transaction that this call opened, so the retry starts clean.
        if (err.code === "SQLITE_BUSY" && !wasInTransaction && this.db.inTransaction) this.db.exec("ROLLBACK");
        throw err;
      }
    });
  }

  describe(sql: string) {
    try {
      const prepared = this.db.prepare(sql);
      const isExplain = /^\s*EXPLAIN\b/i.test(sql);
      // The `libsql` package has no sqlite3_stmt_readonly(). Read it off the bytecode instead: a statement
      // writes if it opens a write transaction.
      const program = isExplain ? [] : (this.db.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p2: number }[]);
      return {
        params: scanSql(sql).names.map((name) => ({ name })),
        cols: prepared.reader ? prepared.columns().map((c) => ({ name: c.name, decltype: c.type })) : [],
        is_explain: isExplain,
        is_readonly: !program.some((op) => op.opcode === "Transaction" && op.p2 !== 0),
      };
    } catch (e) {
      throw sqliteError(e);
    }
  }

  async handle(req: StreamRequest, version: number): Promise<Record<string, unknown>> {
    if (this.closed) throw new ProtocolError("The stream has already been closed");
    const type = req.type;
    switch (req.type) {
      case "close": this.close(); return { type };
      case "execute": return { type, result: await this.execute(req.stmt) };
      case "batch": return { type, result: await this.batch(req.batch.steps, version) };
      case "sequence": await this.sequence(this.resolveSql(req)); return { type };
      case "describe": return { type, result: this.describe(this.resolveSql(req)) };
      case "store_sql":
        if (this.sqls.has(req.sql_id)) throw new ProtocolError(`SQL text ${req.sql_id} already exists`);
        if (this.sqls.size >= MAX_STORED_SQLS) {
          throw new HranaError(`The server already stores ${this.sqls.size} SQL texts`, "SQL_STORE_TOO_MANY");
        }
        if (Buffer.byteLength(req.sql) > MAX_STORED_SQL_BYTES) {
          throw new HranaError("The statement is too large to be stored", "SQL_STORE_TOO_LARGE");
        }
        this.sqls.set(req.sql_id, req.sql);
        return { type };
      case "close_sql": this.sqls.delete(req.sql_id); return { type };
      case "get_autocommit":
        requireV3(version, "The `get_autocommit` request");
        return { type, is_autocommit: !this.db.inTransaction };
      default: throw new ProtocolError(`Unknown stream request ${JSON.stringify(type)}`);
    }
  }
}

function requireV3(version: number, what: string): void {
  if (version < 3) throw new ProtocolError(`${what} is only supported in protocol version 3 and higher`);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": typeof body === "string" ? "text/plain" : "application/json" }).end(text);
}

async function readJson(req: IncomingMessage): Promise<{ baton?: string | null; requests?: StreamRequest[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch (e) {
    throw new ProtocolError(`Could not deserialize JSON request body: ${(e as Error).message}`);
  }
}

export async function startHranaServer(opts: { path: string; authToken?: string }): Promise<HranaServer> {
  // ':memory:' cannot be shared between connections, so use a private temp file instead.
  const tmpDir = opts.path === ":memory:" ? await mkdtemp(join(tmpdir(), "hrana-server-")) : undefined;
  const file = tmpDir ? join(tmpDir, "db.sqlite") : opts.path;
  // Run in WAL like sqld: readers never block the writer, and the writer never blocks readers.
  const init = new Database(file);
  init.exec("PRAGMA journal_mode = WAL");
  init.close();

  // baton -> stream waiting for its next request. While a request runs, its stream is in no map, so its
  // old baton is spent at once.
  const idle = new Map<string, Stream>();
  let closing = false;
  let closed: Promise<void> | undefined;
  let inFlight = 0;
  const expiry = setInterval(() => {
    for (const [baton, stream] of idle) {
      if (Date.now() - stream.lastUsed <= STREAM_EXPIRY_MS) continue;
      idle.delete(baton);
      stream.close(); // rolls back whatever transaction the client abandoned
    }
  }, 1_000).unref();

  async function pipeline(body: { baton?: string | null; requests?: StreamRequest[] }, version: number) {
    if (!Array.isArray(body.requests)) throw new ProtocolError("`requests` must be an array");
    let stream: Stream;
    if (body.baton != null) {
      const found = idle.get(body.baton);
      if (!found) throw new StreamExpiredError(); // unknown, reused or expired baton
      idle.delete(body.baton);
      stream = found;
    } else {
      stream = new Stream(file, () => closing);
    }
    const results: unknown[] = [];
    try {
      for (const request of body.requests) {
        try {
          results.push({ type: "ok", response: await stream.handle(request, version) });
        } catch (e) {
          if (!(e instanceof HranaError)) throw e;
          results.push({ type: "error", error: e.toProto() });
        }
      }
    } catch (e) {
      stream.close(); // sqld drops a stream whose request failed as a whole
      throw e;
    }
    if (closing) stream.close();
    if (stream.closed) return { baton: null, results };
    // A fresh, unguessable baton every time; the one just used is now invalid.
    const baton = randomBytes(16).toString("base64url");
    stream.lastUsed = Date.now();
    idle.set(baton, stream);
    return { baton, results };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname.replace(/\/+$/, "") || "/";
    if (req.method === "GET" && ["/", "/v2", "/v3", "/health"].includes(path)) {
      return send(res, 200, "Hello, this is HTTP API v2 (Hrana over HTTP)");
    }
    const version = path === "/v2/pipeline" ? 2 : path === "/v3/pipeline" ? 3 : 0;
    if (req.method !== "POST" || version === 0) return send(res, 404, "Not found");
    if (opts.authToken !== undefined && req.headers.authorization !== `Bearer ${opts.authToken}`) {
      // sqld answers a JSON body without `message`, so the client raises "HTTP status 401" (SERVER_ERROR).
      return send(res, 401, { error: "Unauthorized: missing or invalid auth token" });
    }
    try {
      send(res, 200, await pipeline(await readJson(req), version));
    } catch (e) {
      if (e instanceof ProtocolError) return send(res, 400, e.message);
      if (e instanceof StreamExpiredError) {
        return send(res, 500, { message: "The stream has expired due to inactivity", code: "STREAM_EXPIRED" });
      }
      throw e;
    }
  }

  const server = createServer((req, res) => {
    inFlight++;
    handle(req, res)
      .catch((e: unknown) => {
        if (!res.headersSent) send(res, 500, `Internal error: ${e instanceof Error ? e.stack : String(e)}`);
      })
      .finally(() => inFlight--);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    close() {
      closed ??= (async () => {
        closing = true; // pending busy-retries give up; streams close after their current request
        clearInterval(expiry);
        const stopped = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
        server.closeIdleConnections();
        while (inFlight > 0) await new Promise((r) => setTimeout(r, 5));
        server.closeAllConnections(); // keep-alive sockets of the client's fetch()
        await stopped;
        for (const stream of idle.values()) stream.close();
        idle.clear();
        if (tmpDir) await rm(tmpDir, { recursive: true, force: true });
      })();
      return closed;
    },
  };
}
