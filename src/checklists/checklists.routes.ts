/** The requirement catalog over HTTP: checklists, their versions, requirements and search. */
import { createRoute, z } from "@hono/zod-openapi";
import { actorOf } from "../lib/context.js";
import { ValidationError } from "../lib/errors.js";
import { documentBody } from "../lib/source-body.js";
import { createRouter, jsonContent, problemResponses } from "../lib/openapi.js";
import { loadStatuteTrees } from "../statutes/statutes.service.js";
import { ChecklistInput } from "./checklist.schema.js";
import { readChecklist } from "./checklist-source.js";
import { Checklist, ChecklistSummary, ChecklistVersionInfo, ImportResult, Requirement, RequirementHit, toRequirement } from "./checklists.dto.js";
import { checklistJsonSchema } from "./checklist.json-schema.js";
import { getChecklist, getRequirement, importChecklist, listChecklists, withdrawChecklistVersion, type ChecklistVersionRow } from "./checklists.service.js";
import { toOscalCatalog } from "./oscal.js";
import { searchRequirements } from "./requirements.search.js";
import { verbatimProblems } from "./verbatim.js";

const tags = ["Catalog"];
const IdParam = z.object({ id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" }, example: "ca-alpr-operator" }) });
const VersionQuery = z.object({ version: z.string().max(50).optional().openapi({ description: "Version number (1, 2, …) or label (2026.1); default: current." }) });

const list = createRoute({ method: "get", path: "/api/checklists", tags, summary: "List checklists", responses: { 200: jsonContent(z.object({ checklists: z.array(ChecklistSummary) }), "Every checklist at its current version") } });

const schema = createRoute({ method: "get", path: "/api/checklists/schema", tags, summary: "JSON Schema of the checklist file format", responses: { 200: jsonContent(z.record(z.string(), z.unknown()), "JSON Schema (draft 2020-12) for checklist YAML/JSON files") } });

const get = createRoute({
  method: "get",
  path: "/api/checklists/{id}",
  tags,
  summary: "A checklist with its requirements",
  request: { params: IdParam, query: VersionQuery },
  responses: { 200: jsonContent(Checklist, "The checklist at the requested version"), ...problemResponses(404) },
});

const oscal = createRoute({
  method: "get",
  path: "/api/checklists/{id}/oscal",
  tags,
  summary: "Export a checklist as an OSCAL catalog",
  request: { params: IdParam, query: VersionQuery },
  responses: { 200: jsonContent(z.object({ catalog: z.record(z.string(), z.unknown()) }).openapi("OscalCatalog"), "OSCAL 1.1.2 catalog (JSON)"), ...problemResponses(404) },
});

const create = createRoute({
  method: "post",
  path: "/api/checklists",
  tags,
  summary: "Import a checklist (a new version if it exists and changed)",
  description: "Body: the checklist as YAML (`application/yaml`) or JSON. Every problem is reported at once with its JSON path and source line. Statute quotations are checked against the stored statute text.",
  request: {
    body: {
      required: true,
      content: { "application/json": { schema: ChecklistInput }, "application/yaml": { schema: z.string().openapi({ description: "The checklist file, YAML" }) } },
    },
  },
  responses: { 201: jsonContent(ImportResult, "A new checklist or a new version was stored"), 200: jsonContent(ImportResult, "Identical to the current version; nothing stored"), ...problemResponses(400, 413, 415, 422) },
});

const withdraw = createRoute({
  method: "post",
  path: "/api/checklists/{id}/versions/{version}/withdraw",
  tags,
  summary: "Withdraw a checklist version (it stays readable; new findings cannot cite it)",
  request: { params: IdParam.extend({ version: z.string().min(1).max(50).openapi({ param: { name: "version", in: "path" }, example: "1" }) }) },
  responses: { 200: jsonContent(ChecklistVersionInfo, "The withdrawn version"), ...problemResponses(404) },
});

const search = createRoute({
  method: "get",
  path: "/api/requirements",
  tags,
  summary: "Search requirements (full text, ranked, with highlighted snippets)",
  request: {
    query: z.object({
      q: z.string().max(500).optional().openapi({ example: "retention destroy" }),
      checklist: z.string().max(200).optional(),
      citation: z.string().max(200).optional().openapi({ description: "A provision; matches it and everything under it.", example: "Civ. Code § 1798.90.51(b)" }),
      limit: z.coerce.number().int().min(1).max(100).default(20),
      offset: z.coerce.number().int().min(0).default(0),
    }),
  },
  responses: { 200: jsonContent(z.object({ results: z.array(RequirementHit), nextOffset: z.number().int().nullable() }), "Matching requirements, best first"), ...problemResponses(400, 422) },
});

const getReq = createRoute({
  method: "get",
  path: "/api/requirements/{id}",
  tags,
  summary: "A requirement by id",
  request: { params: z.object({ id: z.string().min(1).max(300).openapi({ param: { name: "id", in: "path" }, example: "ca-alpr-operator.retention" }) }), query: VersionQuery },
  responses: { 200: jsonContent(Requirement, "The requirement"), ...problemResponses(404) },
});

/** A checklist version as the API shows it. */
function versionInfo(v: ChecklistVersionRow) {
  return { version: v.seq, label: v.label, status: v.status, asOf: v.asOf, importedAt: v.importedAt };
}

export function createChecklistsRouter() {
  const router = createRouter();
  // Documented, but validated by hand: the body may be YAML, and errors carry source lines.
  router.openAPIRegistry.registerPath(create);
  return router
    .openapi(list, async (c) => c.json({ checklists: await listChecklists(c.var.deps.database.db) }, 200))
    .openapi(schema, (c) => c.json(checklistJsonSchema() as Record<string, unknown>, 200))
    .openapi(get, async (c) => {
      const { id } = c.req.valid("param");
      const found = await getChecklist(c.var.deps.database.db, id, c.req.valid("query").version);
      const src = found.version.source;
      return c.json(
        {
          id: found.checklist.id,
          title: src.title,
          jurisdiction: src.jurisdiction,
          appliesTo: src.appliesTo,
          description: src.description ?? null,
          sources: src.sources,
          version: versionInfo(found.version),
          versions: found.versions,
          requirements: found.requirements.map(toRequirement),
        },
        200,
      );
    })
    .openapi(oscal, async (c) => {
      const found = await getChecklist(c.var.deps.database.db, c.req.valid("param").id, c.req.valid("query").version);
      c.header("Content-Disposition", `inline; filename="${found.checklist.id}-v${found.version.seq}.oscal.json"`);
      return c.json(toOscalCatalog(found.version.source, { version: found.version.seq, lastModified: found.version.importedAt }), 200);
    })
    .openapi(withdraw, async (c) => {
      const { id, version } = c.req.valid("param");
      const v = await withdrawChecklistVersion(c.var.deps.database.db, id, version, actorOf(c));
      return c.json(versionInfo(v), 200);
    })
    .openapi(search, async (c) => c.json(await searchRequirements(c.var.deps.database.db, c.req.valid("query")), 200))
    .openapi(getReq, async (c) => c.json(toRequirement(await getRequirement(c.var.deps.database.db, c.req.valid("param").id, c.req.valid("query").version)), 200))
    .post(create.path, async (c) => {
      const { db } = c.var.deps.database;
      const checked = readChecklist(await documentBody(c, "checklist"), "body", "/body");
      const problems = verbatimProblems(checked, await loadStatuteTrees(db), "/body");
      if (problems.length) throw new ValidationError(`body ${problems[0]!.path}: ${problems[0]!.message}`, problems);
      const result = await importChecklist(db, checked, actorOf(c), c.var.deps.clock);
      if (result.status !== "unchanged") c.header("Location", `/api/checklists/${result.checklistId}?version=${result.version}`);
      return c.json(result, result.status === "unchanged" ? 200 : 201);
    });
}
