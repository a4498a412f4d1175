/** Documents over HTTP: the template list, generating and re-reading documents, and the sender settings. */
import { PassThrough, Readable } from "node:stream";
import { createRoute, z } from "@hono/zod-openapi";
import { Pagination, VersionField, expectedVersion } from "../audits/audits.dto.js";
import { actorOf } from "../lib/context.js";
import { createRouter, jsonBody, jsonContent, problemResponses } from "../lib/openapi.js";
import { planBulk, writeZip } from "./bulk.js";
import { createRenderPool } from "./render-pool.js";
import { CONTENT_TYPES, generateDocument, getDocument, getSender, listDocuments, putSender, type DocumentFormat } from "./documents.service.js";
import { Sender } from "./templates/data.schema.js";

const tags = ["Documents"];
const Format = z.enum(["markdown", "html", "docx", "pdf"]).default("html");
const TemplateInfo = z
  .object({ name: z.string(), title: z.string(), kind: z.string(), formats: z.array(z.string()), version: z.string(), description: z.string().optional(), dataSchema: z.record(z.string(), z.unknown()) })
  .openapi("TemplateInfo");
const GenerateRequest = z
  .union([
    z.object({ template: z.string().min(1), format: Format, data: z.record(z.string(), z.unknown()).openapi({ description: "The template's data, as its dataSchema describes" }) }),
    z.object({ template: z.enum(["finding-letter", "follow-up-reminder"]), format: Format, audit: z.string().min(1), agency: z.string().min(1) }),
    z.object({ template: z.literal("audit-summary"), format: Format, audit: z.string().min(1) }),
    z.object({ template: z.literal("compliance-letter"), format: Format, policyCheck: z.string().min(1) }),
  ])
  .openapi("DocumentRequest");
const binary = (description: string) => ({
  description,
  content: Object.fromEntries(Object.values(CONTENT_TYPES).map((t) => [t.split(";")[0]!, { schema: z.string().openapi({ format: "binary" }) }])),
});
const SenderSettings = z.object({ sender: Sender, version: z.number().int(), configured: z.boolean() }).openapi("SenderSettings");

const routes = {
  templates: createRoute({ method: "get", path: "/api/templates", tags, summary: "Document templates with their kind, formats and data schema", responses: { 200: jsonContent(z.object({ templates: z.array(TemplateInfo) }), "Templates") } }),
  generate: createRoute({
    method: "post",
    path: "/api/documents",
    tags,
    summary: "Generate a document (finding letter from an audit and agency, compliance letter from a policy check, or any template from its data)",
    request: jsonBody(GenerateRequest),
    responses: { 201: binary("The document; X-Document-Id names the stored record"), ...problemResponses(400, 404, 413, 422) },
  }),
  get: createRoute({ method: "get", path: "/api/documents/{id}", tags, summary: "A stored document, reproduced from its template and data snapshot", request: { params: z.object({ id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" } }) }) }, responses: { 200: binary("The document"), ...problemResponses(404) } }),
  list: createRoute({ method: "get", path: "/api/documents", tags, summary: "Generated documents, newest first", request: { query: Pagination }, responses: { 200: jsonContent(z.object({ items: z.array(z.record(z.string(), z.unknown())) }), "Documents") } }),
  bulk: createRoute({
    method: "post",
    path: "/api/documents/bulk",
    tags,
    summary: "One letter per recipient, streamed into a zip with manifest.csv (finding letters to each agency of an audit, or sharing-justification letters to each row of a recipients CSV)",
    request: jsonBody(
      z
        .object({
          template: z.enum(["finding-letter", "sharing-justification-letter"]),
          format: z.enum(["markdown", "html", "docx", "pdf"]).default("pdf"),
          audit: z.string().min(1),
          each: z.literal("agency").optional(),
          recipients: z.string().optional().openapi({ description: "Recipients CSV: header with name; optional address, city, state, zip, email, agency" }),
          sharingAgency: z.string().optional(),
          skipInvalid: z.boolean().default(false),
        })
        .openapi("BulkDocumentsRequest"),
    ),
    responses: { 200: { description: "application/zip", content: { "application/zip": { schema: z.string().openapi({ format: "binary" }) } } }, ...problemResponses(400, 404, 413, 422) },
  }),
  getSender: createRoute({ method: "get", path: "/api/settings/sender", tags, summary: "The letter sender (office, address, signer) used by the letterhead", responses: { 200: jsonContent(SenderSettings, "Sender settings") } }),
  putSender: createRoute({ method: "put", path: "/api/settings/sender", tags, summary: "Set the letter sender", request: jsonBody(Sender.merge(VersionField)), responses: { 200: jsonContent(SenderSettings, "Saved"), ...problemResponses(409, 422) } }),
};

function documentResponse(c: { body: (data: Uint8Array, status: 200 | 201, headers: Record<string, string>) => Response }, row: { id: string; format: string; filename: string; sha256: string }, bytes: Uint8Array, status: 200 | 201) {
  return c.body(bytes, status, {
    "Content-Type": CONTENT_TYPES[row.format as DocumentFormat],
    "Content-Disposition": `${row.format === "html" || row.format === "markdown" ? "inline" : "attachment"}; filename="${row.filename}"`,
    "X-Document-Id": row.id,
    ETag: `"${row.sha256}"`,
  });
}

export function createDocumentsRouter() {
  return createRouter()
    .openapi(routes.templates, (c) => c.json({ templates: c.var.deps.templates.list() }, 200))
    .openapi(routes.generate, async (c) => {
      const { row, bytes } = await generateDocument(c.var.deps.database.db, c.var.deps.templates, c.req.valid("json"), actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/documents/${row.id}`);
      return documentResponse(c as never, row, bytes, 201) as never;
    })
    .openapi(routes.get, async (c) => {
      const { row, bytes } = await getDocument(c.var.deps.database.db, c.var.deps.templates, c.req.valid("param").id);
      return documentResponse(c as never, row, bytes, 200) as never;
    })
    .openapi(routes.list, async (c) => c.json({ items: await listDocuments(c.var.deps.database.db, c.req.valid("query").limit, c.req.valid("query").offset) }, 200))
    .openapi(routes.bulk, async (c) => {
      // Everything is validated before the first byte, so a bad request is still a problem document.
      const req = c.req.valid("json");
      // Recipient mailings can run to thousands of letters: render them on one worker per core.
      const pool = req.recipients ? createRenderPool() : undefined;
      const plan = await planBulk(c.var.deps.database.db, c.var.deps.templates, req, c.var.deps.clock, pool?.render).catch(async (err) => {
        await pool?.close();
        throw err;
      });
      const pass = new PassThrough();
      void writeZip(plan.letters(), pass)
        .catch((err) => {
          c.var.log.error({ err }, "bulk letters failed mid-stream");
          pass.destroy(err as Error);
        })
        .finally(() => pool?.close());
      return c.body(Readable.toWeb(pass) as ReadableStream, 200, { "Content-Type": "application/zip", "Content-Disposition": `attachment; filename="letters.zip"`, "X-Letter-Count": String(plan.count), "X-Invalid-Rows": String(plan.invalid.length) }) as never;
    })
    .openapi(routes.getSender, async (c) => c.json(await getSender(c.var.deps.database.db), 200))
    .openapi(routes.putSender, async (c) => {
      const { version, ...sender } = c.req.valid("json");
      return c.json(await putSender(c.var.deps.database.db, sender, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock), 200);
    });
}
