/**
 * Draft bills over HTTP: store a bill as structured operations, re-read and
 * edit it, render it in any format, print the comparative print, and start a
 * draft from an audit's recommendations to the Legislature.
 */
import { createRoute, z } from "@hono/zod-openapi";
import { Pagination, VersionField, expectedVersion, pageOf } from "../audits/audits.dto.js";
import { actorOf } from "../lib/context.js";
import { createRouter, jsonBody, jsonContent, problemResponses } from "../lib/openapi.js";
import { BillInput } from "./bill.schema.js";
import { billInputOf, buildStoredBill, createBill, deleteBill, getBill, listBills, updateBill, type BillRow } from "./bills.service.js";
import type { BillDocument } from "./assemble.js";
import { compareBill } from "./compare.js";
import { draftFromAudit, FromAuditRequest } from "./from-audit.js";
import { renderComparisonHtml } from "./render/compare.js";
import { BILL_FORMATS, BillFormat, billFilename, renderBill } from "./render/index.js";

const tags = ["Bills"];
const IdParam = z.object({ id: z.string().min(1).max(100).openapi({ param: { name: "id", in: "path" }, example: "ab-1463-x7k2q9" }) });

const Bill = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    title: z.string().openapi({ example: "An act to amend Section 1798.90.55 of the Civil Code, relating to personal information." }),
    house: z.enum(["Assembly", "Senate"]),
    auditId: z.string().nullable(),
    version: z.number().int(),
    input: BillInput,
    sections: z.array(z.object({ label: z.string(), instruction: z.string(), note: z.string().optional() })).openapi({ description: "The bill sections as they print: SECTION 1., SEC. 2., …" }),
    links: z.record(z.string(), z.string()),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedBy: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Bill");

const binary = (description: string) => ({
  description,
  content: Object.fromEntries(Object.values(BILL_FORMATS).map((f) => [f.contentType.split(";")[0]!, { schema: z.string().openapi({ format: "binary" }) }])),
});

const routes = {
  create: createRoute({ method: "post", path: "/api/bills", tags, summary: "Store a draft bill (structured operations); it must build against the stored statutes", request: jsonBody(BillInput), responses: { 201: jsonContent(Bill, "The stored bill"), ...problemResponses(400, 413, 422) } }),
  list: createRoute({ method: "get", path: "/api/bills", tags, summary: "Draft bills, most recently edited first", request: { query: Pagination.extend({ audit: z.string().max(100).optional() }) }, responses: { 200: jsonContent(pageOf(Bill.omit({ input: true, sections: true }), "BillPage"), "Bills") } }),
  get: createRoute({ method: "get", path: "/api/bills/{id}", tags, summary: "A draft bill: its operations, title and sections", request: { params: IdParam }, responses: { 200: jsonContent(Bill, "The bill"), ...problemResponses(404, 422) } }),
  update: createRoute({ method: "put", path: "/api/bills/{id}", tags, summary: "Replace a bill's input (send the version you edited, or If-Match)", request: { params: IdParam, ...jsonBody(z.object({ input: BillInput }).merge(VersionField).openapi("BillUpdate")) }, responses: { 200: jsonContent(Bill, "Saved"), ...problemResponses(404, 409, 422) } }),
  remove: createRoute({ method: "delete", path: "/api/bills/{id}", tags, summary: "Delete a draft bill", request: { params: IdParam }, responses: { 204: { description: "Deleted" }, ...problemResponses(404) } }),
  render: createRoute({
    method: "get",
    path: "/api/bills/{id}/render",
    tags,
    summary: "The bill in California form: Markdown, HTML, DOCX (optionally with Word tracked changes), PDF or Akoma Ntoso XML",
    request: {
      params: IdParam,
      query: z.object({
        format: BillFormat.default("html").openapi({ type: "string", enum: ["md", "html", "docx", "pdf", "akn"] }),
        trackChanges: z.enum(["true", "false"]).optional().openapi({ description: "DOCX: show insertions and deletions as Word tracked changes" }),
      }),
    },
    responses: { 200: binary("The rendered bill"), ...problemResponses(400, 404, 422) },
  }),
  preview: createRoute({
    method: "post",
    path: "/api/bills/preview",
    tags,
    summary: "Render a bill without storing it (check a draft's print before saving it)",
    request: { ...jsonBody(BillInput), query: z.object({ format: BillFormat.default("html").openapi({ type: "string", enum: ["md", "html", "docx", "pdf", "akn"] }) }) },
    responses: { 200: binary("The rendered bill"), ...problemResponses(400, 413, 422) },
  }),
  compare: createRoute({
    method: "get",
    path: "/api/bills/{id}/compare",
    tags,
    summary: "Comparative print: current and proposed law per section, side by side and as an inline word redline",
    request: { params: IdParam, query: z.object({ format: z.enum(["json", "html"]).default("json") }) },
    responses: { 200: { description: "The comparison (JSON) or a printable page (HTML)", content: { "application/json": { schema: z.record(z.string(), z.unknown()) }, "text/html": { schema: z.string() } } }, ...problemResponses(404, 422) },
  }),
  fromAudit: createRoute({
    method: "post",
    path: "/api/bills/from-audit",
    tags,
    summary: "Start a draft from an audit's recommendations to the Legislature: amendments at the provisions the findings cite, placeholders, and findings and declarations citing the audit",
    request: jsonBody(FromAuditRequest),
    responses: {
      201: jsonContent(
        z.object({
          bill: Bill,
          targets: z.array(z.object({ recommendation: z.number().int(), citation: z.string(), findings: z.array(z.string()) })),
          unmapped: z.array(z.object({ recommendation: z.number().int(), reason: z.string() })),
        }),
        "The stored starting draft, and where each recommendation was placed",
      ),
      ...problemResponses(404, 422),
    },
  }),
};

/** The API's view of a stored bill; `built` is the draft already built from it, when the caller has it. */
async function view(db: Parameters<typeof buildStoredBill>[0], row: BillRow, built?: BillDocument): Promise<z.infer<typeof Bill>> {
  const doc = built ?? (await buildStoredBill(db, billInputOf(row)));
  const base = `/api/bills/${row.id}`;
  return {
    ...row,
    input: billInputOf(row),
    sections: doc.sections.map((s) => ({ label: s.label, instruction: s.instruction, ...(s.note ? { note: s.note } : {}) })),
    links: { self: base, html: `${base}/render?format=html`, docx: `${base}/render?format=docx`, pdf: `${base}/render?format=pdf`, akn: `${base}/render?format=akn`, compare: `${base}/compare?format=html` },
  };
}

function renderedHeaders(doc: { number?: string }, format: BillFormat): Record<string, string> {
  const { contentType, binary: isBinary } = BILL_FORMATS[format];
  return { "Content-Type": contentType, "Content-Disposition": `${isBinary ? "attachment" : "inline"}; filename="${billFilename(doc, format)}"` };
}

export function createBillsRouter() {
  return createRouter()
    .openapi(routes.create, async (c) => {
      const db = c.var.deps.database.db;
      const { row, bill } = await createBill(db, c.req.valid("json"), actorOf(c), c.var.deps.clock);
      c.header("Location", `/api/bills/${row.id}`);
      return c.json(await view(db, row, bill), 201);
    })
    .openapi(routes.list, async (c) => {
      const page = await listBills(c.var.deps.database.db, c.req.valid("query"));
      return c.json({ ...page, items: page.items.map(({ input: _input, ...r }) => ({ ...r, links: { self: `/api/bills/${r.id}` } })) }, 200);
    })
    .openapi(routes.get, async (c) => {
      const db = c.var.deps.database.db;
      return c.json(await view(db, await getBill(db, c.req.valid("param").id)), 200);
    })
    .openapi(routes.update, async (c) => {
      const db = c.var.deps.database.db;
      const { version, input } = c.req.valid("json");
      const { row, bill } = await updateBill(db, c.req.valid("param").id, input, expectedVersion({ version }, c.req.header("if-match")), actorOf(c), c.var.deps.clock);
      return c.json(await view(db, row, bill), 200);
    })
    .openapi(routes.remove, async (c) => {
      await deleteBill(c.var.deps.database.db, c.req.valid("param").id, actorOf(c));
      return c.body(null, 204);
    })
    .openapi(routes.render, async (c) => {
      const db = c.var.deps.database.db;
      const { format, trackChanges } = c.req.valid("query");
      const row = await getBill(db, c.req.valid("param").id);
      const doc = await buildStoredBill(db, billInputOf(row));
      const bytes = await renderBill(doc, format, { trackChanges: trackChanges === "true", author: row.updatedBy, date: new Date(row.updatedAt) });
      return c.body(bytes as never, 200, { ...renderedHeaders(doc, format), ETag: `"${row.id}-${row.version}-${format}${trackChanges === "true" ? "-tracked" : ""}"` }) as never;
    })
    .openapi(routes.preview, async (c) => {
      const { format } = c.req.valid("query");
      const doc = await buildStoredBill(c.var.deps.database.db, c.req.valid("json"));
      return c.body((await renderBill(doc, format, { author: actorOf(c).actor, date: c.var.deps.clock.now() })) as never, 200, renderedHeaders(doc, format)) as never;
    })
    .openapi(routes.compare, async (c) => {
      const db = c.var.deps.database.db;
      const row = await getBill(db, c.req.valid("param").id);
      const doc = await buildStoredBill(db, billInputOf(row));
      const cmp = compareBill(doc);
      if (c.req.valid("query").format === "html") return c.html(renderComparisonHtml(cmp, `${doc.heading}: comparative print`)) as never;
      return c.json(cmp as never, 200);
    })
    .openapi(routes.fromAudit, async (c) => {
      const db = c.var.deps.database.db;
      const req = c.req.valid("json");
      const draft = await draftFromAudit(db, req, c.var.deps.clock);
      const { row, bill } = await createBill(db, draft.input, actorOf(c), c.var.deps.clock, { auditId: draft.auditId });
      c.header("Location", `/api/bills/${row.id}`);
      return c.json({ bill: await view(db, row, bill), targets: draft.targets, unmapped: draft.unmapped }, 201);
    });
}
