/**
 * The registry of domain routers. Each domain (checklists, audits, mapping, …)
 * adds its router here; `createApp` mounts them all and they all appear in
 * `/openapi.json`.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./lib/context.js";

export function apiRouters(): OpenAPIHono<AppEnv>[] {
  return [];
}
