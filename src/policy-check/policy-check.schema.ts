/**
 * The policy check's wire shapes: one zod schema per concept, reused for the
 * API responses and OpenAPI when the lead wires the routes. The engine's
 * in-memory document model (with its mdast) is in `policy-check.types.ts`.
 */
import { z } from "@hono/zod-openapi";

export const PolicyFormat = z
  .enum(["markdown", "text", "html", "docx", "pdf"])
  .openapi({ description: "How the policy document is encoded." });

export const ElementStatus = z
  .enum(["addressed", "partial", "missing"])
  .openapi({ description: "`addressed`: the policy itself states every required part; `partial`: only some, or vaguely; `missing`: not stated." });

export const PolicyEvidence = z
  .object({
    section: z.string().openapi({ description: "Where the sentence is, e.g. `§ 463.6(a)` or `“Audit”`.", example: "§ 463.5" }),
    sectionPath: z.array(z.string()).openapi({ description: "Heading path (and list markers) from the top of the document." }),
    line: z.number().int().min(1).openapi({ description: "1-based line in the document's source text." }),
    page: z.number().int().min(1).optional().openapi({ description: "PDF page." }),
    text: z.string().openapi({ description: "The sentence quoted from the policy." }),
    concepts: z.array(z.string()).openapi({ description: "Ids of the detection concepts the sentence shows." }),
  })
  .openapi("PolicyEvidence");

export const RequirementCheck = z
  .object({
    requirementId: z.string(),
    citation: z.string().openapi({ example: "Cal. Civ. Code § 1798.90.51(b)(2)(G)" }),
    title: z.string(),
    kind: z.string(),
    parent: z.string().optional(),
    status: ElementStatus,
    evidence: z.array(PolicyEvidence),
    reasons: z.array(z.string()).openapi({ description: "Why the status, in plain words, each with its quote and place." }),
  })
  .openapi("RequirementCheck");

export const PolicyCheckResult = z
  .object({
    summary: z.object({ addressed: z.number().int(), partial: z.number().int(), missing: z.number().int() }),
    results: z.array(RequirementCheck),
  })
  .openapi("PolicyCheckResult");

export type PolicyFormat = z.output<typeof PolicyFormat>;
export type ElementStatus = z.output<typeof ElementStatus>;
export type PolicyEvidence = z.output<typeof PolicyEvidence>;
export type RequirementCheck = z.output<typeof RequirementCheck>;
export type PolicyCheckResult = z.output<typeof PolicyCheckResult>;
