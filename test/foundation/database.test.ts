import { mkdtempSync, existsSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { runSeeders, type Seeder } from "../../src/db/seed.js";
import { seedRuns } from "../../src/db/schema/index.js";
import { fixedClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";

const dir = mkdtempSync(join(tmpdir(), "oversight-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("creates its folder, runs in WAL mode with a busy timeout, and migrates idempotently", async () => {
    const path = join(dir, "a", "b", "oversight.db");
    const database = await openDatabase({ url: `file:${path}` });
    try {
      expect(existsSync(path)).toBe(true);
      const mode = await database.client.execute("PRAGMA journal_mode");
      expect(mode.rows[0]![0]).toBe("wal");
      const timeout = await database.client.execute("PRAGMA busy_timeout");
      expect(Number(timeout.rows[0]![0])).toBeGreaterThanOrEqual(1000);
      await migrateDatabase(database);
      await migrateDatabase(database);
      const tables = await database.client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
      expect(tables.rows.map((r) => r.name)).toEqual(expect.arrayContaining(["access_log", "seed_runs"]));
    } finally {
      database.close();
    }
  });
});

describe("the seeding registry", () => {
  it("runs a seeder once per version of its content", async () => {
    const database = await openDatabase({ url: ":memory:" });
    await migrateDatabase(database);
    let hash = "v1";
    let runs = 0;
    const seeder: Seeder = { name: "probe", contentHash: async () => hash, seed: async () => ({ summary: `run ${++runs}` }) };
    const ctx = { db: database.db, log: createLogger("silent"), clock: fixedClock("2026-01-01T00:00:00Z") };
    expect(await runSeeders([seeder], ctx)).toEqual([{ name: "probe", ran: true, summary: "run 1" }]);
    expect(await runSeeders([seeder], ctx)).toEqual([{ name: "probe", ran: false }]);
    hash = "v2";
    expect(await runSeeders([seeder], ctx)).toEqual([{ name: "probe", ran: true, summary: "run 2" }]);
    const rows = await database.db.select().from(seedRuns);
    expect(rows).toEqual([{ name: "probe", contentHash: "v2", seededAt: "2026-01-01T00:00:00.000Z" }]);
    database.close();
  });

  it("records nothing when a seeder fails, so the next start tries again", async () => {
    const database = await openDatabase({ url: ":memory:" });
    await migrateDatabase(database);
    const seeder: Seeder = { name: "broken", contentHash: async () => "h", seed: async () => { throw new Error("bad bundled file"); } };
    const ctx = { db: database.db, log: createLogger("silent"), clock: fixedClock("2026-01-01T00:00:00Z") };
    await expect(runSeeders([seeder], ctx)).rejects.toThrow("bad bundled file");
    expect(await database.db.select().from(seedRuns)).toEqual([]);
    database.close();
  });
});
