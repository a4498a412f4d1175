/** Statute text (provision trees, by date) and citation parsing over HTTP. */
import { createRoute, z } from "@hono/zod-openapi";
import { createRouter, jsonContent, problemResponses } from "../lib/openapi.js";
import { findCitations } from "./citations.js";
import { getStatute } from "./statutes.service.js";

const tags = ["Statutes"];

type Node = { label: string; key: string; level: string; path: string[]; text: string; tail?: string; children: Node[] };
const ProvisionNode: z.ZodType<Node> = z.lazy(() =>
  z.object({ label: z.string(), key: z.string(), level: z.string(), path: z.array(z.string()), text: z.string(), tail: z.string().optional(), children: z.array(ProvisionNode) }),
).openapi("ProvisionNode", { type: "object" });

const Statute = z
  .object({
    jurisdiction: z.string(),
    code: z.string(),
    codeName: z.string(),
    section: z.string(),
    heading: z.string().nullable(),
    version: z.object({
      version: z.string(),
      startsOn: z.string().nullable(),
      endsOn: z.string().nullable(),
      effective: z.string().nullable(),
      operative: z.string().nullable(),
      asOf: z.string().nullable(),
      enactedBy: z.string().nullable(),
      history: z.string().nullable(),
      sourceUrl: z.string(),
      complete: z.boolean(),
      omissions: z.array(z.string()).nullable(),
      notes: z.array(z.string()).nullable(),
    }),
    text: z.string().nullable(),
    tree: ProvisionNode.nullable(),
    versions: z.array(z.object({ version: z.string(), startsOn: z.string().nullable(), endsOn: z.string().nullable(), complete: z.boolean() })),
  })
  .openapi("Statute");

const getStatuteRoute = createRoute({
  method: "get",
  path: "/api/statutes/{code}/{section}",
  tags,
  summary: "A statute section as a provision tree, as in force on a date",
  request: {
    params: z.object({
      code: z.string().min(1).max(50).openapi({ param: { name: "code", in: "path" }, example: "civ" }),
      section: z.string().min(1).max(50).openapi({ param: { name: "section", in: "path" }, example: "1798.90.51" }),
    }),
    query: z.object({
      asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD").optional().openapi({ description: "Return the version in force on this date (default: the newest)." }),
      jurisdiction: z.string().regex(/^[A-Za-z]{2}$/, "must be a two-letter code").optional().openapi({ description: "Needed only when the code key exists in more than one jurisdiction." }),
    }),
  },
  responses: { 200: jsonContent(Statute, "The section at the requested date"), ...problemResponses(400, 404, 422) },
});

const FoundCitation = z
  .object({
    text: z.string(),
    start: z.number().int(),
    end: z.number().int(),
    canonical: z.string().openapi({ example: "Cal. Civ. Code § 1798.90.51(b)(2)(A)" }),
    jurisdiction: z.string(),
    code: z.string(),
    codeName: z.string(),
    section: z.string(),
    path: z.array(z.string()),
    rangeEnd: z.object({ section: z.string(), path: z.array(z.string()) }).optional(),
    codeFrom: z.string().openapi({ description: "explicit, context (inherited from an earlier citation), default or id" }),
  })
  .openapi("FoundCitation");

const parseRoute = createRoute({
  method: "post",
  path: "/api/citations/parse",
  tags,
  summary: "Find and canonicalize the citations in a passage",
  request: { body: { required: true, content: { "application/json": { schema: z.object({ text: z.string().max(200_000).openapi({ example: "See Civ. Code, § 1798.90.51, subd. (b)(2)(A)." }) }) } } } },
  responses: {
    200: jsonContent(
      z.object({
        citations: z.array(FoundCitation),
        problems: z.array(z.object({ text: z.string(), start: z.number().int(), end: z.number().int(), message: z.string(), kind: z.string().optional() })).openapi({ description: "Citation-like text that could not be read: never silently dropped." }),
      }),
      "Citations in order of appearance, with character offsets [start, end)",
    ),
    ...problemResponses(400, 413, 422),
  },
});

export function createStatutesRouter() {
  return createRouter()
    .openapi(getStatuteRoute, async (c) => {
      const { code, section } = c.req.valid("param");
      const { asOf, jurisdiction } = c.req.valid("query");
      const { section: s, version: v, versions } = await getStatute(c.var.deps.database.db, { code: code.toLowerCase(), section, jurisdiction, asOf });
      return c.json(
        {
          jurisdiction: s.jurisdiction,
          code: s.code,
          codeName: s.codeName,
          section: s.section,
          heading: s.heading,
          version: {
            version: v.version, startsOn: v.startsOn, endsOn: v.endsOn, effective: v.effective, operative: v.operative, asOf: v.asOf,
            enactedBy: v.enactedBy, history: v.history, sourceUrl: v.sourceUrl, complete: v.complete, omissions: v.omissions, notes: v.notes,
          },
          text: v.text,
          tree: v.tree as Node | null,
          versions,
        },
        200,
      );
    })
    .openapi(parseRoute, (c) => {
      const { citations, problems } = findCitations(c.req.valid("json").text);
      return c.json(
        {
          citations: citations.map((f) => ({ text: f.text, start: f.start, end: f.end, canonical: f.canonical, ...f.citation, codeFrom: f.codeFrom })),
          problems: problems.map((p) => ({ text: p.text, start: p.start, end: p.end, message: p.message, ...("kind" in p ? { kind: String(p.kind) } : {}) })),
        },
        200,
      );
    });
}
