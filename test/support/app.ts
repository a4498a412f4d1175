/**
 * Test harness: a fresh, migrated libSQL database per call (in memory unless a
 * URL is given) and the real app built on it. Nothing is shared between tests.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import { createApp } from "../../src/app.js";
import { loadConfig, type Config } from "../../src/config.js";
import { openDatabase, type Database } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { runSeeders, type Seeder } from "../../src/db/seed.js";
import { fixedClock, type Clock } from "../../src/lib/clock.js";
import type { AppEnv } from "../../src/lib/context.js";
import { createLogger } from "../../src/lib/logger.js";
import { createTemplateRegistry, type TemplateRegistry } from "../../src/documents/templates/registry.js";

let templates: TemplateRegistry | undefined;
/** The real template registry, compiled once per test file like the service does at start-up. */
function sharedTemplates(): TemplateRegistry {
  return (templates ??= createTemplateRegistry());
}

export type TestApp = {
  app: OpenAPIHono<AppEnv>;
  database: Database;
  config: Config;
  clock: Clock;
  close(): void;
};

export async function createTestApp(opts: {
  url?: string;
  authToken?: string;
  env?: Record<string, string>;
  routers?: import("hono").Hono<AppEnv, any, any>[];
  seeders?: Seeder[];
  now?: string;
} = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: "silent", ...opts.env });
  const database = await openDatabase({ url: opts.url ?? ":memory:", authToken: opts.authToken });
  await migrateDatabase(database);
  const log = createLogger("silent");
  const clock = fixedClock(opts.now ?? "2026-03-02T17:00:00Z");
  if (opts.seeders) await runSeeders(opts.seeders, { db: database.db, log, clock });
  const app = createApp({ config, database, log, clock, templates: sharedTemplates() }, { routers: opts.routers });
  return { app, database, config, clock, close: () => database.close() };
}

/** Sends JSON to the app and returns status, headers and the parsed body. */
export async function requestJson(app: TestApp["app"], method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await app.request(path, {
    method,
    headers: body === undefined ? headers : { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: json };
}
