/**
 * What every handler can reach through the Hono context. Dependencies are
 * injected into `createApp(deps)` and exposed here, so tests swap them freely
 * and no module holds a database singleton.
 */
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { Logger } from "./logger.js";
import type { Clock } from "./clock.js";

export type AppDeps = {
  config: Config;
  database: Database;
  log: Logger;
  clock: Clock;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    deps: AppDeps;
  };
};
