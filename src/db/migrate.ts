/**
 * Applies the committed drizzle migrations (`drizzle/`). Runs at start-up, in
 * `oversight migrate`, and at the start of every test database, so the schema
 * tests run against is exactly the one production gets.
 */
import { migrate } from "drizzle-orm/libsql/migrator";
import { packagePath } from "../lib/package-info.js";
import type { Database } from "./client.js";

export const migrationsFolder = packagePath("drizzle");

export async function migrateDatabase(database: Database): Promise<void> {
  await migrate(database.db, { migrationsFolder });
}
