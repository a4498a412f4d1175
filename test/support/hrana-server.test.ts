// Drives the Hrana test server through the real @libsql/client remote (HTTP) code path.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient, LibsqlError, type Client } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHranaServer, type HranaServer } from "./hrana-server.js";

const TOKEN = "test-token";
let server: HranaServer;
let client: Client;

beforeAll(async () => {
  server = await startHranaServer({ path: ":memory:", authToken: TOKEN });
  client = createClient({ url: server.url, authToken: TOKEN });
});

afterAll(async () => {
  client?.close();
  await server?.close();
});

describe("hrana test server via @libsql/client over http://", () => {
  it("uses the remote HTTP client", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(client.protocol).toBe("http");
  });

  it("round-trips every value type with positional and named args", async () => {
    await client.execute("CREATE TABLE vals (id INTEGER PRIMARY KEY, i INTEGER, big INTEGER, f REAL, t TEXT, b BLOB, n)");
    const blob = new Uint8Array([0, 1, 2, 253, 254, 255]);
    const ins = await client.execute({
      sql: "INSERT INTO vals (i, big, f, t, b, n) VALUES (?, ?, ?, ?, ?, ?)",
      args: [42, 9007199254740993n, 1.5, "héllo 👋", blob, null],
    });
    expect(ins.rowsAffected).toBe(1);
    expect(ins.lastInsertRowid).toBe(1n);
    await client.execute({
      sql: "INSERT INTO vals (i, f, t) VALUES (:i, @f, $t)",
      args: { i: -7, f: 2.0, t: "named" },
    });

    // (`big` is read below with intMode "bigint": the default "number" mode rejects it, as it should.)
    const rs = await client.execute("SELECT id, i, f, t, b, n, typeof(f) AS tf FROM vals ORDER BY id");
    expect(rs.columns).toEqual(["id", "i", "f", "t", "b", "n", "tf"]);
    expect(rs.columnTypes).toEqual(["INTEGER", "INTEGER", "REAL", "TEXT", "BLOB", "", ""]);
    expect(rs.rowsAffected).toBe(0);
    const [first, second] = rs.rows;
    expect(first.i).toBe(42);
    expect(first.f).toBe(1.5);
    expect(first.t).toBe("héllo 👋");
    expect(new Uint8Array(first.b as ArrayBuffer)).toEqual(blob);
    expect(first.n).toBeNull();
    expect({ i: second.i, f: second.f, t: second.t, tf: second.tf }).toEqual({ i: -7, f: 2, t: "named", tf: "real" });

    // Integers beyond 2^53 survive exactly (they travel as decimal strings).
    const bigClient = createClient({ url: server.url, authToken: TOKEN, intMode: "bigint" });
    try {
      const big = await bigClient.execute("SELECT big, 9223372036854775807 AS max FROM vals WHERE id = 1");
      expect(big.rows[0].big).toBe(9007199254740993n);
      expect(big.rows[0].max).toBe(9223372036854775807n);
    } finally {
      bigClient.close();
    }
  });

  it("reports rowsAffected and RETURNING rows", async () => {
    await client.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT UNIQUE)");
    const ret = await client.execute({ sql: "INSERT INTO items (name) VALUES (?), (?) RETURNING id", args: ["a", "b"] });
    expect(ret.rows.map((r) => r.id)).toEqual([1, 2]);
    expect(ret.rowsAffected).toBe(2);
    const upd = await client.execute("UPDATE items SET name = name || '!'");
    expect(upd.rowsAffected).toBe(2);
  });

  it("runs a batch atomically: a failing statement rolls back the whole batch", async () => {
    await client.execute("CREATE TABLE acct (id INTEGER PRIMARY KEY, bal INTEGER NOT NULL)");
    const ok = await client.batch(["INSERT INTO acct VALUES (1, 100)", { sql: "INSERT INTO acct VALUES (?, ?)", args: [2, 50] }], "write");
    expect(ok.map((r) => r.rowsAffected)).toEqual([1, 1]);

    const failing = client.batch(
      [
        "UPDATE acct SET bal = bal - 10 WHERE id = 1",
        "INSERT INTO acct VALUES (3, 0)",
        "INSERT INTO acct VALUES (1, 0)", // duplicate primary key
        "UPDATE acct SET bal = 0",
      ],
      "write",
    );
    await expect(failing).rejects.toBeInstanceOf(LibsqlError);
    await expect(failing).rejects.toMatchObject({ code: "SQLITE_CONSTRAINT", message: expect.stringContaining("UNIQUE constraint failed: acct.id") });
    const rs = await client.execute("SELECT id, bal FROM acct ORDER BY id");
    expect(rs.rows.map((r) => [r.id, r.bal])).toEqual([[1, 100], [2, 50]]);
  });

  it("commits one interactive transaction and rolls back another", async () => {
    await client.execute("CREATE TABLE tx (v TEXT)");
    const t1 = await client.transaction("write");
    await t1.execute({ sql: "INSERT INTO tx VALUES (?)", args: ["kept"] });
    const inside = await t1.execute("SELECT count(*) AS c FROM tx");
    expect(inside.rows[0].c).toBe(1);
    await t1.commit();
    expect(t1.closed).toBe(true);

    const t2 = await client.transaction("write");
    await t2.batch(["INSERT INTO tx VALUES ('dropped')", "INSERT INTO tx VALUES ('dropped too')"]);
    await t2.rollback();

    const rs = await client.execute("SELECT v FROM tx");
    expect(rs.rows.map((r) => r.v)).toEqual(["kept"]);
  });

  it("isolates concurrent transactions on separate streams and serializes writers", async () => {
    await client.execute("CREATE TABLE conc (v TEXT)");
    const writer = await client.transaction("write");
    await writer.execute("INSERT INTO conc VALUES ('w1')");

    // A reader on another stream does not see the uncommitted row.
    const reader = await client.transaction("read");
    expect((await reader.execute("SELECT count(*) AS c FROM conc")).rows[0].c).toBe(0);

    // A second writer waits for the lock (asynchronously, without stalling the server) ...
    const writer2 = await client.transaction("write");
    let writer2Done = false;
    const w2 = writer2.execute("INSERT INTO conc VALUES ('w2')").then((r) => ((writer2Done = true), r));
    await new Promise((r) => setTimeout(r, 100));
    expect(writer2Done).toBe(false);

    // ... the first writer can still work and commit, and then the second goes through.
    await writer.execute("INSERT INTO conc VALUES ('w1b')");
    await writer.commit();
    await w2;
    await writer2.commit();

    // The reader's snapshot is still the one from before both commits.
    expect((await reader.execute("SELECT count(*) AS c FROM conc")).rows[0].c).toBe(0);
    reader.close();
    const rs = await client.execute("SELECT v FROM conc ORDER BY rowid");
    expect(rs.rows.map((r) => r.v)).toEqual(["w1", "w1b", "w2"]);
  });

  it("supports executeMultiple and migrate", async () => {
    await client.executeMultiple(`
      CREATE TABLE multi (a INTEGER); -- comment; with semicolon
      INSERT INTO multi VALUES (1);
      INSERT INTO multi VALUES (2);
    `);
    await client.migrate(["CREATE TABLE mig (x INTEGER)", "INSERT INTO mig VALUES (10)"]);
    expect((await client.execute("SELECT sum(a) AS s FROM multi")).rows[0].s).toBe(3);
    expect((await client.execute("SELECT x FROM mig")).rows[0].x).toBe(10);
  });

  it("surfaces SQL errors as LibsqlError with the SQLite message", async () => {
    const err = await client.execute("SELECT * FROM no_such_table").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LibsqlError);
    expect((err as LibsqlError).code).toBe("SQLITE_ERROR");
    expect((err as LibsqlError).message).toContain("no such table: no_such_table");

    const syntax = await client.execute("SELEC 1").catch((e: unknown) => e);
    expect((syntax as LibsqlError).message).toContain('near "SELEC": syntax error');

    // An error inside a transaction leaves the transaction usable.
    const tx = await client.transaction("write");
    await expect(tx.execute("INSERT INTO nope VALUES (1)")).rejects.toBeInstanceOf(LibsqlError);
    expect((await tx.execute("SELECT 1 AS one")).rows[0].one).toBe(1);
    await tx.rollback();
  });

  it("rejects a missing or wrong auth token", async () => {
    for (const authToken of ["wrong-token", undefined]) {
      const bad = createClient({ url: server.url, authToken });
      const err = await bad.execute("SELECT 1").catch((e: unknown) => e);
      bad.close();
      expect(err).toBeInstanceOf(LibsqlError);
      expect((err as LibsqlError).code).toBe("SERVER_ERROR");
      expect((err as LibsqlError).message).toContain("401");
    }
  });

  it("supports FTS5 with MATCH, bm25() and snippet()", async () => {
    await client.execute("CREATE VIRTUAL TABLE docs USING fts5(body)");
    await client.batch(
      [
        { sql: "INSERT INTO docs (body) VALUES (?)", args: ["The audit found missing inventory records"] },
        { sql: "INSERT INTO docs (body) VALUES (?)", args: ["Statutory requirements for annual audit reports"] },
        { sql: "INSERT INTO docs (body) VALUES (?)", args: ["Nothing relevant here"] },
      ],
      "write",
    );
    const rs = await client.execute({
      sql: "SELECT rowid, bm25(docs) AS score, snippet(docs, 0, '[', ']', '…', 5) AS snip FROM docs WHERE docs MATCH ? ORDER BY score",
      args: ["audit"],
    });
    expect(rs.rows.map((r) => r.rowid).sort()).toEqual([1, 2]);
    for (const row of rs.rows) {
      expect(typeof row.score).toBe("number");
      expect(row.snip).toContain("[audit]");
    }
  });
});

describe("hrana test server lifecycle", () => {
  it("serves a file database and closes cleanly with an open transaction", async () => {
    const dir = await mkdtemp(join(tmpdir(), "hrana-test-"));
    try {
      const srv = await startHranaServer({ path: join(dir, "app.db") });
      const c = createClient({ url: srv.url });
      await c.execute("CREATE TABLE t (x)");
      const tx = await c.transaction("write");
      await tx.execute("INSERT INTO t VALUES (1)");
      await srv.close(); // must not hang on the idle stream or the client's keep-alive socket
      c.close();

      const srv2 = await startHranaServer({ path: join(dir, "app.db") });
      const c2 = createClient({ url: srv2.url });
      expect((await c2.execute("SELECT count(*) AS n FROM t")).rows[0].n).toBe(0); // rolled back
      c2.close();
      await srv2.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
