/**
 * The registry of domain routers. Each domain (checklists, audits, mapping, …)
 * adds its router here; `createApp` mounts them all and they all appear in
 * `/openapi.json`.
 */
import type { Hono } from "hono";
import { createAuditsRouter } from "./audits/audits.routes.js";
import { createFindingsRouter } from "./audits/findings.routes.js";
import { createBillsRouter } from "./drafting/bills.routes.js";
import { createChecklistsRouter } from "./checklists/checklists.routes.js";
import { createDocumentsRouter } from "./documents/documents.routes.js";
import type { AppEnv } from "./lib/context.js";
import { createMappingRouter } from "./mapping/mapping.routes.js";
import { createPolicyChecksRouter } from "./policy-check/policy-checks.routes.js";
import { createStatutesRouter } from "./statutes/statutes.routes.js";

export function apiRouters(): Hono<AppEnv, any, any>[] {
  return [createChecklistsRouter(), createStatutesRouter(), createAuditsRouter(), createFindingsRouter(), createMappingRouter(), createPolicyChecksRouter(), createDocumentsRouter(), createBillsRouter()];
}
