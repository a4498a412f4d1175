/**
 * Tables that belong to the service itself rather than to a domain: which
 * bundled content has been seeded, and the access log (who changed what).
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** One row per seeder: the hash of the bundled content it last loaded, so start-up re-seeds only what changed. */
export const seedRuns = sqliteTable("seed_runs", {
  name: text("name").primaryKey(),
  contentHash: text("content_hash").notNull(),
  seededAt: text("seeded_at").notNull(),
});

/**
 * The access log: every mutation writes one row in the same transaction.
 * Named "access log", never "audit log", so it cannot be confused with an audit report.
 */
export const accessLog = sqliteTable(
  "access_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at").notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    requestId: text("request_id"),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("access_log_entity_idx").on(t.entity, t.entityId)],
);
