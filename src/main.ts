/**
 * The service process: config → database → migrate → seed → createApp → listen.
 * Shuts down gracefully on SIGTERM/SIGINT: stop accepting connections, let
 * in-flight requests finish, then close the database.
 */
import { serve, type ServerType } from "@hono/node-server";
import { createApp, type CreateAppOptions } from "./app.js";
import type { Config } from "./config.js";
import { openDatabase, type Database } from "./db/client.js";
import { migrateDatabase } from "./db/migrate.js";
import { runSeeders } from "./db/seed.js";
import { createTemplateRegistry } from "./documents/templates/registry.js";
import { systemClock } from "./lib/clock.js";
import { createLogger, type Logger } from "./lib/logger.js";
import { bundledSeeders } from "./seeders.js";

export type RunningServer = {
  url: string;
  server: ServerType;
  database: Database;
  log: Logger;
  /** Stops accepting, waits for in-flight requests (up to `graceMs`), closes the database. */
  stop(graceMs?: number): Promise<void>;
};

/**
 * Starts the HTTP service. `port: 0` picks a free port (tests).
 *
 * @example
 * const running = await startServer(loadConfig());
 * console.log(running.url); await running.stop();
 */
export async function startServer(
  config: Config,
  opts: { log?: Logger; seed?: boolean } & CreateAppOptions = {},
): Promise<RunningServer> {
  const log = opts.log ?? createLogger(config.logLevel);
  const database = await openDatabase({ url: config.databaseUrl, authToken: config.databaseAuthToken });
  try {
    await migrateDatabase(database);
    if (opts.seed !== false) await runSeeders(bundledSeeders(), { db: database.db, log, clock: systemClock });
  } catch (err) {
    database.close();
    throw err;
  }
  const app = createApp({ config, database, log, clock: systemClock, templates: createTemplateRegistry() }, { routers: opts.routers });

  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => resolve(s));
    s.once("error", reject);
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  log.info({ url, database: database.kind }, `Oversight listening on ${url}`);

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 10_000) =>
    (stopping ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => {
        log.warn("in-flight requests did not finish in time; closing connections");
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }, graceMs);
      force.unref();
      // Keep-alive sockets would hold close() open until they time out: drop each one
      // as soon as its last response is out.
      const closeIdle = () => (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
      const sweeper = setInterval(closeIdle, 25);
      // close() stops accepting and calls back once every in-flight request has finished.
      server.close(() => {
        clearTimeout(force);
        clearInterval(sweeper);
        database.close();
        log.info("Oversight stopped");
        resolve();
      });
      closeIdle();
    }));

  return { url, server, database, log, stop };
}

/** Runs until SIGTERM/SIGINT. Used by `oversight serve` and `npm start`. */
export async function runService(config: Config): Promise<void> {
  const running = await startServer(config);
  const onSignal = (signal: NodeJS.Signals) => {
    running.log.info({ signal }, "shutting down");
    // Once the server and database are closed nothing holds the event loop, so the process ends by itself.
    void running.stop();
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
