/**
 * Seeding bundled content (checklists, statutes, the 2019-118 example) is a
 * registry: each domain contributes a {@link Seeder}. At start-up every seeder
 * hashes its bundled content and runs only when the hash differs from the one
 * recorded last time, so restarts are cheap and edits to bundled files land.
 * Seeders themselves must be idempotent (import a new version, never duplicate).
 */
import { eq } from "drizzle-orm";
import type { Clock } from "../lib/clock.js";
import type { Logger } from "../lib/logger.js";
import type { Db } from "./client.js";
import { seedRuns } from "./schema/index.js";

export type Seeder = {
  /** Unique and stable: the key of its row in `seed_runs`. */
  name: string;
  /** A hash of the bundled content; a change makes the seeder run again. */
  contentHash(): Promise<string>;
  seed(ctx: { db: Db; log: Logger; clock: Clock }): Promise<{ summary: string }>;
};

export type SeedReport = Array<{ name: string; ran: boolean; summary?: string }>;

export async function runSeeders(seeders: readonly Seeder[], ctx: { db: Db; log: Logger; clock: Clock }): Promise<SeedReport> {
  const report: SeedReport = [];
  for (const seeder of seeders) {
    const hash = await seeder.contentHash();
    const [last] = await ctx.db.select().from(seedRuns).where(eq(seedRuns.name, seeder.name));
    if (last?.contentHash === hash) {
      report.push({ name: seeder.name, ran: false });
      continue;
    }
    const { summary } = await seeder.seed(ctx);
    const seededAt = ctx.clock.now().toISOString();
    await ctx.db
      .insert(seedRuns)
      .values({ name: seeder.name, contentHash: hash, seededAt })
      .onConflictDoUpdate({ target: seedRuns.name, set: { contentHash: hash, seededAt } });
    ctx.log.info({ seeder: seeder.name, summary }, "seeded bundled content");
    report.push({ name: seeder.name, ran: true, summary });
  }
  return report;
}
