/** Audits and agencies over HTTP: CRUD, audit import (exchange file) and export (JSON, CSV, OSCAL). */
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../lib/context.js";
import { createRouter, jsonBody as json, jsonContent, problemResponses } from "../lib/openapi.js";
import { documentBody, parseDocument, validateDocument } from "../lib/source-body.js";
import { AgencyInput, AgencyKind, AgencyLevel, AuditFile, AuditInput, AuditStatus } from "./audit.schema.js";
import { exportAuditFile, importAuditFile } from "./audit-file.js";
import { Agency, Audit, IdParam, Pagination, VersionField, expectedVersion, pageOf } from "./audits.dto.js";
import { auditCounts, createAudit, deleteAudit, getAudit, listAudits, updateAudit } from "./audits.service.js";
import { createAgency, deleteAgency, getAgency, listAgencies, updateAgency } from "./agencies.service.js";
import { exportFindingsCsv } from "./findings-import.js";
import { listFindings } from "./findings.service.js";
import { toOscalAssessmentResults } from "./oscal-results.js";

const tags = ["Audits"];
const AuditWithCounts = Audit.extend({ counts: z.object({ findings: z.number().int(), recommendations: z.number().int() }) }).openapi("AuditWithCounts");
const auditId = IdParam("audit (or its report number)", "2019-118");
const agencyId = IdParam("agency", "fresno-police-department");

const routes = {
  listAudits: createRoute({ method: "get", path: "/api/audits", tags, summary: "List audits", request: { query: Pagination.extend({ q: z.string().max(200).optional(), status: AuditStatus.optional() }) }, responses: { 200: jsonContent(pageOf(Audit, "AuditPage"), "Audits"), ...problemResponses(422) } }),
  createAudit: createRoute({ method: "post", path: "/api/audits", tags, summary: "Create an audit", request: json(AuditInput), responses: { 201: jsonContent(Audit, "Created"), ...problemResponses(400, 409, 413, 422) } }),
  getAudit: createRoute({ method: "get", path: "/api/audits/{id}", tags, summary: "An audit with counts", request: { params: auditId }, responses: { 200: jsonContent(AuditWithCounts, "The audit"), ...problemResponses(404) } }),
  updateAudit: createRoute({ method: "patch", path: "/api/audits/{id}", tags, summary: "Change an audit", request: { params: auditId, ...json(AuditInput.partial().merge(VersionField)) }, responses: { 200: jsonContent(Audit, "Updated"), ...problemResponses(404, 409, 422) } }),
  deleteAudit: createRoute({ method: "delete", path: "/api/audits/{id}", tags, summary: "Delete an empty audit", request: { params: auditId }, responses: { 204: { description: "Deleted" }, ...problemResponses(404, 409) } }),
  importAudit: createRoute({
    method: "post",
    path: "/api/audits/import",
    tags,
    summary: "Import an audit exchange file (YAML or JSON): the audit, its agencies, findings and recommendations, all or nothing",
    request: { body: { required: true, content: { "application/json": { schema: AuditFile }, "application/yaml": { schema: z.string() } } } },
    responses: { 201: jsonContent(z.object({ audit: Audit, agencies: z.number().int(), findings: z.number().int(), recommendations: z.number().int() }), "Imported"), ...problemResponses(400, 409, 413, 415, 422) },
  }),
  exportAudit: createRoute({
    method: "get",
    path: "/api/audits/{id}/export",
    tags,
    summary: "Export an audit: JSON exchange file (lossless), findings CSV, or OSCAL assessment results",
    request: { params: auditId, query: z.object({ format: z.enum(["json", "csv", "oscal"]).default("json") }) },
    responses: { 200: { description: "The export", content: { "application/json": { schema: AuditFile }, "text/csv": { schema: z.string() } } }, ...problemResponses(404, 422) },
  }),
  listAgencies: createRoute({ method: "get", path: "/api/agencies", tags, summary: "List agencies", request: { query: Pagination.extend({ q: z.string().max(200).optional(), kind: AgencyKind.optional(), level: AgencyLevel.optional(), state: z.string().length(2).optional() }) }, responses: { 200: jsonContent(pageOf(Agency, "AgencyPage"), "Agencies"), ...problemResponses(422) } }),
  createAgency: createRoute({ method: "post", path: "/api/agencies", tags, summary: "Create an agency", request: json(AgencyInput), responses: { 201: jsonContent(Agency, "Created"), ...problemResponses(400, 413, 422) } }),
  getAgency: createRoute({ method: "get", path: "/api/agencies/{id}", tags, summary: "An agency", request: { params: agencyId }, responses: { 200: jsonContent(Agency, "The agency"), ...problemResponses(404) } }),
  updateAgency: createRoute({ method: "patch", path: "/api/agencies/{id}", tags, summary: "Change an agency", request: { params: agencyId, ...json(AgencyInput.partial().merge(VersionField)) }, responses: { 200: jsonContent(Agency, "Updated"), ...problemResponses(404, 409, 422) } }),
  deleteAgency: createRoute({ method: "delete", path: "/api/agencies/{id}", tags, summary: "Delete an agency no finding or recommendation names", request: { params: agencyId }, responses: { 204: { description: "Deleted" }, ...problemResponses(404, 409) } }),
};

export function createAuditsRouter() {
  const router = createRouter();
  router.openAPIRegistry.registerPath(routes.importAudit);
  return router
    .openapi(routes.listAudits, async (c) => c.json(await listAudits(c.var.deps.database.db, c.req.valid("query")), 200))
    .openapi(routes.createAudit, async (c) => {
      const row = await createAudit(c.var.deps.database.db, c.req.valid("json"), actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/audits/${row.id}`);
      return c.json(row, 201);
    })
    .openapi(routes.getAudit, async (c) => {
      const { db } = c.var.deps.database;
      const audit = await getAudit(db, c.req.valid("param").id);
      return c.json({ ...audit, counts: await auditCounts(db, audit.id) }, 200);
    })
    .openapi(routes.updateAudit, async (c) => {
      const { version, ...patch } = c.req.valid("json");
      return c.json(await updateAudit(c.var.deps.database.db, c.req.valid("param").id, patch, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock), 200);
    })
    .openapi(routes.deleteAudit, async (c) => {
      await deleteAudit(c.var.deps.database.db, c.req.valid("param").id, actorOf(c));
      return c.body(null, 204);
    })
    .openapi(routes.exportAudit, async (c) => {
      const { db } = c.var.deps.database;
      const { id } = c.req.valid("param");
      const { format } = c.req.valid("query");
      const audit = await getAudit(db, id);
      if (format === "csv") {
        c.header("Content-Disposition", `attachment; filename="${audit.id}-findings.csv"`);
        return c.body(await exportFindingsCsv(db, audit.id), 200, { "Content-Type": "text/csv; charset=utf-8" });
      }
      if (format === "oscal") {
        const { items } = await listFindings(db, { audit: audit.id, limit: 1_000_000, offset: 0 });
        c.header("Content-Disposition", `inline; filename="${audit.id}.oscal-ar.json"`);
        return c.json(toOscalAssessmentResults(audit, items, audit.updatedAt) as never, 200);
      }
      c.header("Content-Disposition", `inline; filename="${audit.id}.audit.json"`);
      return c.json(await exportAuditFile(db, audit.id, c.var.deps.clock), 200);
    })
    .openapi(routes.listAgencies, async (c) => c.json(await listAgencies(c.var.deps.database.db, c.req.valid("query")), 200))
    .openapi(routes.createAgency, async (c) => {
      const row = await createAgency(c.var.deps.database.db, c.req.valid("json"), actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/agencies/${row.id}`);
      return c.json(row, 201);
    })
    .openapi(routes.getAgency, async (c) => c.json(await getAgency(c.var.deps.database.db, c.req.valid("param").id), 200))
    .openapi(routes.updateAgency, async (c) => {
      const { version, ...patch } = c.req.valid("json");
      return c.json(await updateAgency(c.var.deps.database.db, c.req.valid("param").id, patch, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock), 200);
    })
    .openapi(routes.deleteAgency, async (c) => {
      await deleteAgency(c.var.deps.database.db, c.req.valid("param").id, actorOf(c));
      return c.body(null, 204);
    })
    .post(routes.importAudit.path, async (c) => {
      const source = parseDocument(await documentBody(c, "audit file"), "body", "/body");
      const file = validateDocument(AuditFile, source, "body", "/body");
      const result = await importAuditFile(c.var.deps.database.db, file, actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/audits/${result.audit.id}`);
      return c.json(result, 201);
    });
}
