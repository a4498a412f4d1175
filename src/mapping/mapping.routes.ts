/** Finding → requirement suggestions over HTTP. */
import { createRoute } from "@hono/zod-openapi";
import { createRouter, jsonContent, problemResponses } from "../lib/openapi.js";
import { MappingRequest, MappingResponse } from "./mapping.schema.js";
import { suggestForText } from "./mapping.service.js";

const tags = ["Mapping"];

const suggest = createRoute({
  method: "post",
  path: "/api/mapping/suggest",
  tags,
  summary: "Suggest the statutory requirements a finding describes a violation of",
  description:
    "Ranks the current catalog's requirements for a finding's text, with reasons an auditor can check (the provision cited, the words matched, the kind of deficiency). Confidence is calibrated: 0.5 or more means very likely; text that describes no deficiency never reaches it.",
  request: { body: { required: true, content: { "application/json": { schema: MappingRequest } } } },
  responses: { 200: jsonContent(MappingResponse, "Ranked suggestions and the deficiency language found"), ...problemResponses(400, 404, 413, 415, 422) },
});

/** The mapping router; the lead mounts it in `routers.ts`. */
export function createMappingRouter() {
  return createRouter().openapi(suggest, async (c) => {
    const { text, checklist, limit } = c.req.valid("json");
    const result = await suggestForText(c.var.deps.database.db, text, { limit, ...(checklist ? { checklist } : {}) });
    return c.json(MappingResponse.parse(result), 200);
  });
}
