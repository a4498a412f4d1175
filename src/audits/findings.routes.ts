/** Findings, their criteria and mapping decisions, recommendations and follow-ups over HTTP. */
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../lib/context.js";
import { createRouter, jsonBody as json, jsonContent, problemResponses } from "../lib/openapi.js";
import { FindingInput, FindingStatus, FollowUpInput, RecommendationInput, RecommendationStatus, Severity } from "./audit.schema.js";
import { Finding, IdParam, MappingDecision, Pagination, Recommendation, VersionField, expectedVersion, pageOf } from "./audits.dto.js";
import { importFindingsCsv, FINDING_FIELDS } from "./findings-import.js";
import { createFinding, decideSuggestion, deleteFinding, getFinding, listDecisions, listFindings, updateFinding } from "./findings.service.js";
import { addFollowUp, createRecommendation, deleteRecommendation, getRecommendation, listRecommendations, updateRecommendation } from "./recommendations.service.js";

const tags = ["Findings"];
const findingId = IdParam("finding", "2019-118.no-policy-lapd");
const recId = IdParam("recommendation", "2019-118.r1");
const auditParam = IdParam("audit", "2019-118");

const NewFinding = FindingInput.extend({ audit: z.string().min(1).openapi({ description: "The audit id or report number" }) }).openapi("NewFinding");
const NewRecommendation = RecommendationInput.extend({ audit: z.string().min(1) }).openapi("NewRecommendation");
const DecisionInput = z
  .object({
    requirementId: z.string().min(1).openapi({ example: "ca-alpr-operator.retention" }),
    decision: z.enum(["accepted", "rejected"]),
    confidence: z.number().min(0).max(1).optional().openapi({ description: "The suggestion's confidence, kept for tuning" }),
    reasons: z.array(z.string().max(500)).max(20).optional(),
    note: z.string().max(2000).optional(),
    version: z.string().optional().openapi({ description: "Checklist version to pin (default: the audit's)" }),
  })
  .openapi("MappingDecisionInput");
const ImportRequest = z
  .object({
    csv: z.string().min(1).openapi({ description: "The CSV text, header row first" }),
    mapping: z.partialRecord(z.enum(FINDING_FIELDS), z.string().min(1)).default({}).openapi({ description: "field → column header, e.g. { \"condition\": \"What we found\" }", example: { title: "Finding", condition: "What we found", criteria: "Law" } }),
    skipInvalid: z.boolean().default(false),
  })
  .openapi("FindingsImportRequest");
const ImportReport = z
  .object({
    imported: z.array(z.string()),
    duplicates: z.array(z.object({ row: z.number().int(), key: z.string() })),
    invalid: z.array(z.object({ row: z.number().int(), line: z.number().int(), errors: z.array(z.object({ path: z.string(), message: z.string() })) })),
  })
  .openapi("FindingsImportReport");

const routes = {
  list: createRoute({ method: "get", path: "/api/findings", tags, summary: "List findings", request: { query: Pagination.extend({ audit: z.string().optional(), agency: z.string().optional(), requirement: z.string().optional().openapi({ description: "Requirement id, or a checklist id for all of its requirements" }), status: FindingStatus.optional(), severity: Severity.optional() }) }, responses: { 200: jsonContent(pageOf(Finding, "FindingPage"), "Findings"), ...problemResponses(404, 422) } }),
  create: createRoute({ method: "post", path: "/api/findings", tags, summary: "Record a finding (criteria optional: a finding can be drafted before it is mapped)", request: json(NewFinding), responses: { 201: jsonContent(Finding, "Created"), ...problemResponses(400, 404, 409, 413, 422) } }),
  get: createRoute({ method: "get", path: "/api/findings/{id}", tags, summary: "A finding", request: { params: findingId }, responses: { 200: jsonContent(Finding, "The finding"), ...problemResponses(404) } }),
  update: createRoute({ method: "patch", path: "/api/findings/{id}", tags, summary: "Change a finding (send `version` to guard against concurrent edits)", request: { params: findingId, ...json(FindingInput.partial().merge(VersionField)) }, responses: { 200: jsonContent(Finding, "Updated"), ...problemResponses(404, 409, 422) } }),
  remove: createRoute({ method: "delete", path: "/api/findings/{id}", tags, summary: "Delete a finding", request: { params: findingId }, responses: { 204: { description: "Deleted" }, ...problemResponses(404) } }),
  decide: createRoute({ method: "post", path: "/api/findings/{id}/decisions", tags, summary: "Accept or reject a suggested requirement (accepting adds it to the criteria; rejections are kept)", request: { params: findingId, ...json(DecisionInput) }, responses: { 200: jsonContent(Finding, "The finding with its criteria"), ...problemResponses(404, 422) } }),
  decisions: createRoute({ method: "get", path: "/api/findings/{id}/decisions", tags, summary: "The accept/reject history of a finding", request: { params: findingId }, responses: { 200: jsonContent(z.object({ decisions: z.array(MappingDecision) }), "Newest first"), ...problemResponses(404) } }),
  importCsv: createRoute({ method: "post", path: "/api/audits/{id}/findings/import", tags, summary: "Import findings from CSV with a column mapping; a file with bad rows imports nothing unless skipInvalid", request: { params: auditParam, ...json(ImportRequest) }, responses: { 200: jsonContent(ImportReport, "What was imported, skipped as duplicate, or invalid"), ...problemResponses(404, 413, 422) } }),
  listRecs: createRoute({ method: "get", path: "/api/recommendations", tags: ["Recommendations"], summary: "List recommendations (overdue=true: those with a response past due)", request: { query: Pagination.extend({ audit: z.string().optional(), agency: z.string().optional(), finding: z.string().optional(), status: RecommendationStatus.optional(), kind: z.enum(["agency", "legislative"]).optional(), overdue: z.enum(["true", "false"]).transform((v) => v === "true").optional() }) }, responses: { 200: jsonContent(pageOf(Recommendation, "RecommendationPage"), "Recommendations"), ...problemResponses(404, 422) } }),
  createRec: createRoute({ method: "post", path: "/api/recommendations", tags: ["Recommendations"], summary: "Add a recommendation", request: json(NewRecommendation), responses: { 201: jsonContent(Recommendation, "Created"), ...problemResponses(404, 409, 413, 422) } }),
  getRec: createRoute({ method: "get", path: "/api/recommendations/{id}", tags: ["Recommendations"], summary: "A recommendation with its follow-up history", request: { params: recId }, responses: { 200: jsonContent(Recommendation, "The recommendation"), ...problemResponses(404) } }),
  updateRec: createRoute({ method: "patch", path: "/api/recommendations/{id}", tags: ["Recommendations"], summary: "Change a recommendation", request: { params: recId, ...json(RecommendationInput.omit({ followUps: true, number: true }).partial().merge(VersionField)) }, responses: { 200: jsonContent(Recommendation, "Updated"), ...problemResponses(404, 409, 422) } }),
  removeRec: createRoute({ method: "delete", path: "/api/recommendations/{id}", tags: ["Recommendations"], summary: "Delete a recommendation", request: { params: recId }, responses: { 204: { description: "Deleted" }, ...problemResponses(404) } }),
  followUp: createRoute({ method: "post", path: "/api/recommendations/{id}/follow-ups", tags: ["Recommendations"], summary: "Record a dated response and its assessed status", request: { params: recId, ...json(FollowUpInput) }, responses: { 201: jsonContent(Recommendation, "The recommendation with its history"), ...problemResponses(404, 422) } }),
};

export function createFindingsRouter() {
  return createRouter()
    .openapi(routes.list, async (c) => c.json(await listFindings(c.var.deps.database.db, c.req.valid("query")), 200))
    .openapi(routes.create, async (c) => {
      const { audit, ...input } = c.req.valid("json");
      const { db } = c.var.deps.database;
      const row = await createFinding(db, audit, input, actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/findings/${row.id}`);
      return c.json(await getFinding(db, row.id), 201);
    })
    .openapi(routes.get, async (c) => c.json(await getFinding(c.var.deps.database.db, c.req.valid("param").id), 200))
    .openapi(routes.update, async (c) => {
      const { version, ...patch } = c.req.valid("json");
      return c.json(await updateFinding(c.var.deps.database.db, c.req.valid("param").id, patch, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock), 200);
    })
    .openapi(routes.remove, async (c) => {
      await deleteFinding(c.var.deps.database.db, c.req.valid("param").id, actorOf(c));
      return c.body(null, 204);
    })
    .openapi(routes.decide, async (c) => c.json(await decideSuggestion(c.var.deps.database.db, c.req.valid("param").id, c.req.valid("json"), actorOf(c), c.var.deps.clock), 200))
    .openapi(routes.decisions, async (c) => c.json({ decisions: await listDecisions(c.var.deps.database.db, c.req.valid("param").id) }, 200))
    .openapi(routes.importCsv, async (c) => {
      const { csv, mapping, skipInvalid } = c.req.valid("json");
      return c.json(await importFindingsCsv(c.var.deps.database.db, c.req.valid("param").id, csv, mapping, { skipInvalid }, actorOf(c), c.var.deps.clock), 200);
    })
    .openapi(routes.listRecs, async (c) => c.json(await listRecommendations(c.var.deps.database.db, c.req.valid("query"), c.var.deps.clock), 200))
    .openapi(routes.createRec, async (c) => {
      const { audit, ...input } = c.req.valid("json");
      const rec = await createRecommendation(c.var.deps.database.db, audit, input, actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/recommendations/${rec.id}`);
      return c.json(rec, 201);
    })
    .openapi(routes.getRec, async (c) => c.json(await getRecommendation(c.var.deps.database.db, c.req.valid("param").id, c.var.deps.clock), 200))
    .openapi(routes.updateRec, async (c) => {
      const { version, ...patch } = c.req.valid("json");
      return c.json(await updateRecommendation(c.var.deps.database.db, c.req.valid("param").id, patch, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock), 200);
    })
    .openapi(routes.removeRec, async (c) => {
      await deleteRecommendation(c.var.deps.database.db, c.req.valid("param").id, actorOf(c));
      return c.body(null, 204);
    })
    .openapi(routes.followUp, async (c) => c.json(await addFollowUp(c.var.deps.database.db, c.req.valid("param").id, c.req.valid("json"), actorOf(c), c.var.deps.clock), 201));
}
