/** GET /health: is the service up, and does its database answer? */
import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, jsonContent } from "../lib/openapi.js";
import { checkDatabase } from "../db/health.js";

export const Health = z
  .object({
    status: z.enum(["ok", "unavailable"]),
    database: z.enum(["ok", "unreachable"]),
  })
  .openapi("Health");

const route = createRoute({
  method: "get",
  path: "/health",
  tags: ["Service"],
  summary: "Service and database health",
  responses: {
    200: jsonContent(Health, "The service and its database are up"),
    503: jsonContent(Health, "The database does not answer"),
  },
});

export function createHealthRouter() {
  return createRouter().openapi(route, async (c) => {
    const ok = await checkDatabase(c.var.deps.database);
    if (!ok) c.var.log.warn("health check: database unreachable");
    return ok ? c.json({ status: "ok", database: "ok" } as const, 200) : c.json({ status: "unavailable", database: "unreachable" } as const, 503);
  });
}
