/**
 * Policy checks over HTTP: upload a policy (multipart file, or JSON with the
 * text or base64 bytes), get the stored run, list an agency's runs, compare
 * two runs, and get the model policy for a checklist.
 */
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { Pagination } from "../audits/audits.dto.js";
import { getChecklist } from "../checklists/checklists.service.js";
import { actorOf } from "../lib/context.js";
import { fieldErrors, ValidationError, UnsupportedMediaTypeError } from "../lib/errors.js";
import { createRouter, jsonContent, problemResponses } from "../lib/openapi.js";
import { PolicyCheckResult, PolicyFormat, RequirementCheck } from "./policy-check.schema.js";
import { checklistVersionLabels, diffPolicyChecks, getPolicyCheck, listPolicyChecks, runPolicyCheck, type PolicyCheckRow, type RunRequest } from "./policy-checks.service.js";
import { renderPolicyTemplate } from "./policy-template.js";

const tags = ["Policy checks"];

const PolicyCheckRequest = z
  .object({
    checklist: z.string().min(1).openapi({ example: "ca-alpr-operator" }),
    version: z.string().optional().openapi({ description: "Checklist version number or label (default: current)" }),
    agency: z.string().optional().openapi({ description: "The agency whose policy this is" }),
    document: z.object({
      format: PolicyFormat.optional().openapi({ description: "Detected from the name and bytes when omitted" }),
      content: z.string().min(1).openapi({ description: "The document: text for markdown/text/html; base64 for docx/pdf (with encoding: base64)" }),
      encoding: z.enum(["utf8", "base64"]).default("utf8"),
      name: z.string().max(300).optional(),
    }),
  })
  .openapi("PolicyCheckRequest");

const PolicyCheck = z
  .object({
    id: z.string(),
    checklist: z.string(),
    checklistVersion: z.object({ version: z.number().int(), label: z.string() }),
    agency: z.string().nullable(),
    document: z.object({ name: z.string().nullable(), format: PolicyFormat, hash: z.string(), bytes: z.number().int(), words: z.number().int() }),
    summary: PolicyCheckResult.shape.summary,
    results: z.array(RequirementCheck),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .openapi("PolicyCheck");

const Change = z.object({ requirementId: z.string(), citation: z.string(), title: z.string(), from: z.string().nullable(), to: z.string().nullable() });
const PolicyCheckDiff = z
  .object({ from: z.string(), to: z.string(), improved: z.array(Change), regressed: z.array(Change), unchanged: z.array(Change), added: z.array(Change), removed: z.array(Change) })
  .openapi("PolicyCheckDiff");

const idParam = (name: string) => z.string().min(1).max(100).openapi({ param: { name, in: "path" } });

const routes = {
  create: createRoute({
    method: "post",
    path: "/api/policy-checks",
    tags,
    summary: "Check a policy document against a checklist and store the run",
    description: "JSON (`document.content` as text, or base64 with `encoding: base64` for DOCX/PDF) or multipart/form-data with a `document` file and `checklist`, `agency`, `version` fields. Limit: UPLOAD_LIMIT (default 20 MB).",
    request: { body: { required: true, content: { "application/json": { schema: PolicyCheckRequest }, "multipart/form-data": { schema: z.object({ document: z.any().openapi({ type: "string", format: "binary" }), checklist: z.string(), agency: z.string().optional(), version: z.string().optional() }) } } } },
    responses: { 201: jsonContent(PolicyCheck, "The stored run"), ...problemResponses(400, 404, 413, 415, 422) },
  }),
  get: createRoute({ method: "get", path: "/api/policy-checks/{id}", tags, summary: "A stored policy-check run", request: { params: z.object({ id: idParam("id") }) }, responses: { 200: jsonContent(PolicyCheck, "The run"), ...problemResponses(404) } }),
  list: createRoute({ method: "get", path: "/api/policy-checks", tags, summary: "List runs (newest first)", request: { query: Pagination.extend({ agency: z.string().optional(), checklist: z.string().optional() }) }, responses: { 200: jsonContent(z.object({ items: z.array(PolicyCheck) }), "Runs"), ...problemResponses(404, 422) } }),
  byAgency: createRoute({ method: "get", path: "/api/agencies/{id}/policy-checks", tags, summary: "An agency's policy-check runs, newest first", request: { params: z.object({ id: idParam("id") }), query: Pagination }, responses: { 200: jsonContent(z.object({ items: z.array(PolicyCheck) }), "Runs"), ...problemResponses(404) } }),
  diff: createRoute({ method: "get", path: "/api/policy-checks/{id}/diff/{other}", tags, summary: "What changed from run {id} to run {other}: what became addressed, what regressed", request: { params: z.object({ id: idParam("id"), other: idParam("other") }) }, responses: { 200: jsonContent(PolicyCheckDiff, "Changes by requirement"), ...problemResponses(404) } }),
  template: createRoute({
    method: "get",
    path: "/api/checklists/{id}/policy-template",
    tags,
    summary: "A model usage and privacy policy skeleton: one section per required element, with its citation and the statute as guidance",
    request: { params: z.object({ id: idParam("id") }), query: z.object({ version: z.string().optional() }) },
    responses: { 200: { description: "The skeleton (Markdown)", content: { "text/markdown": { schema: z.string() } } }, ...problemResponses(404) },
  }),
};

/** Runs as the API shows them, with their checklist version's number and label. */
async function withVersions(c: Context, rows: PolicyCheckRow[]) {
  const versions = await checklistVersionLabels(c.var.deps.database.db, rows.map((r) => r.checklistVersionId));
  return rows.map((r) => toPolicyCheck(r, versions.get(r.checklistVersionId)!));
}

function toPolicyCheck(r: PolicyCheckRow, v: { version: number; label: string }): z.infer<typeof PolicyCheck> {
  return {
    id: r.id,
    checklist: r.checklistId,
    checklistVersion: v,
    agency: r.agencyId,
    document: { name: r.documentName, format: r.documentFormat as z.infer<typeof PolicyFormat>, hash: r.documentHash, bytes: r.documentBytes, words: r.wordCount },
    summary: r.summary,
    results: r.results,
    createdBy: r.createdBy,
    createdAt: r.createdAt,
  };
}

/** Reads the request into a run request: multipart upload or JSON. */
async function runRequest(c: Context): Promise<RunRequest> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    const form = await c.req.formData().catch(() => {
      throw new ValidationError("The multipart body cannot be read.", [{ path: "/body", message: "malformed multipart body" }]);
    });
    const file = form.get("document");
    const checklist = form.get("checklist");
    if (!(file instanceof File)) throw new ValidationError('Attach the policy as the "document" file field.', [{ path: "/body/document", message: "missing file" }]);
    if (typeof checklist !== "string" || !checklist) throw new ValidationError('Name the checklist in the "checklist" field.', [{ path: "/body/checklist", message: "required" }]);
    const field = (k: string) => (typeof form.get(k) === "string" && form.get(k) ? (form.get(k) as string) : undefined);
    return { checklist, version: field("version"), agency: field("agency"), document: { content: new Uint8Array(await file.arrayBuffer()), name: file.name } };
  }
  if (type !== "application/json") throw new UnsupportedMediaTypeError(`Send the policy as multipart/form-data or application/json (got "${type || "no content type"}").`);
  const body = PolicyCheckRequest.safeParse(await c.req.json().catch(() => undefined));
  if (!body.success) {
    const errors = fieldErrors(body.error.issues, "/body");
    throw new ValidationError(`The request is not valid at ${errors[0]!.path}: ${errors[0]!.message}.`, errors);
  }
  const d = body.data.document;
  const content = d.encoding === "base64" ? new Uint8Array(Buffer.from(d.content, "base64")) : d.content;
  return { checklist: body.data.checklist, version: body.data.version, agency: body.data.agency, document: { content, name: d.name, ...(d.format ? { format: d.format } : {}) } };
}

export function createPolicyChecksRouter() {
  const router = createRouter();
  router.openAPIRegistry.registerPath(routes.create);
  return router
    .openapi(routes.get, async (c) => c.json((await withVersions(c, [await getPolicyCheck(c.var.deps.database.db, c.req.valid("param").id)]))[0]!, 200))
    .openapi(routes.list, async (c) => c.json({ items: await withVersions(c, await listPolicyChecks(c.var.deps.database.db, c.req.valid("query"))) }, 200))
    .openapi(routes.byAgency, async (c) => c.json({ items: await withVersions(c, await listPolicyChecks(c.var.deps.database.db, { agency: c.req.valid("param").id, ...c.req.valid("query") })) }, 200))
    .openapi(routes.diff, async (c) => {
      const { db } = c.var.deps.database;
      const { id, other } = c.req.valid("param");
      const [a, b] = await Promise.all([getPolicyCheck(db, id), getPolicyCheck(db, other)]);
      return c.json({ from: a.id, to: b.id, ...diffPolicyChecks(a, b) }, 200);
    })
    .openapi(routes.template, async (c) => {
      const found = await getChecklist(c.var.deps.database.db, c.req.valid("param").id, c.req.valid("query").version);
      c.header("Content-Disposition", `inline; filename="${found.checklist.id}-model-policy.md"`);
      return c.body(renderPolicyTemplate(found.version.source), 200, { "Content-Type": "text/markdown; charset=utf-8" });
    })
    .post(routes.create.path, async (c) => {
      const row = await runPolicyCheck(c.var.deps.database.db, await runRequest(c), actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/policy-checks/${row.id}`);
      return c.json((await withVersions(c, [row]))[0]!, 201);
    });
}
