/**
 * The same app over a libSQL server URL: the migrator, the seeding registry,
 * transactions and /health all go through @libsql/client's HTTP transport to a
 * real database behind a Hrana endpoint on loopback.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accessLog, seedRuns } from "../../src/db/schema/index.js";
import { startHranaServer, type HranaServer } from "../support/hrana-server.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";

const dir = mkdtempSync(join(tmpdir(), "oversight-remote-"));
let server: HranaServer;
let t: TestApp;

beforeAll(async () => {
  server = await startHranaServer({ path: join(dir, "remote.db"), authToken: "s3cret-token" });
  t = await createTestApp({
    url: server.url,
    authToken: "s3cret-token",
    seeders: [{ name: "probe", contentHash: async () => "h1", seed: async () => ({ summary: "ok" }) }],
  });
});
afterAll(async () => {
  t?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("over a libSQL server (HTTP)", () => {
  it("is a remote database", () => {
    expect(t.database.kind).toBe("remote");
  });

  it("ran the migrations and the seeders through the server", async () => {
    const tables = await t.database.client.execute("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name");
    expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["__drizzle_migrations", "access_log", "seed_runs"]));
    expect(await t.database.db.select().from(seedRuns)).toEqual([expect.objectContaining({ name: "probe", contentHash: "h1" })]);
  });

  it("answers /health", async () => {
    const res = await requestJson(t.app, "GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: "ok" });
  });

  it("rolls back a failed transaction, leaving the database as it was", async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)` }).from(accessLog);
    await expect(
      t.database.db.transaction(async (tx) => {
        await tx.insert(accessLog).values({ actor: "test", action: "create", entity: "probe", entityId: "1" });
        throw new Error("abort");
      }),
    ).rejects.toThrow("abort");
    const after = await t.database.db.select({ n: sql<number>`count(*)` }).from(accessLog);
    expect(after).toEqual(before);
  });

  it("reports the server down as 503", async () => {
    const other = await startHranaServer({ path: join(dir, "down.db") });
    const app = await createTestApp({ url: other.url });
    await other.close();
    const res = await requestJson(app.app, "GET", "/health");
    expect(res.status).toBe(503);
    app.close();
  });
});
