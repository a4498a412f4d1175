/**
 * What every handler can reach through the Hono context. Dependencies are
 * injected into `createApp(deps)` and exposed here, so tests swap them freely
 * and no module holds a database singleton.
 */
import type { Config } from "../config.js";
import type { Database } from "../db/client.js";
import type { Logger } from "./logger.js";
import type { Clock } from "./clock.js";
import type { TemplateRegistry } from "../documents/templates/registry.js";

export type AppDeps = {
  config: Config;
  database: Database;
  log: Logger;
  clock: Clock;
  /** Document templates, compiled once at start-up. */
  templates: TemplateRegistry;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    deps: AppDeps;
  };
};

/** Header naming the person acting, recorded in the access log (authentication arrives with src/access). */
export const USER_HEADER = "X-Oversight-User";

/**
 * Who is making a request, for the access log: the user header when it is a
 * plain identifier, "anonymous" otherwise (so it can't forge log content).
 */
export function actorOf(c: { req: { header(name: string): string | undefined }; get(key: "requestId"): string }): { actor: string; requestId: string } {
  const raw = c.req.header(USER_HEADER)?.trim();
  return { actor: raw && /^[\w.@+-]{1,100}$/.test(raw) ? raw : "anonymous", requestId: c.get("requestId") };
}
