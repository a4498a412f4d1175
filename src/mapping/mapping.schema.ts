/**
 * The finding mapper on the wire: the request (a finding's text) and the
 * response (ranked suggestions with reasons, and whether the text reads as a
 * deficiency at all). One schema per concept, reused by the route and OpenAPI.
 */
import { z } from "@hono/zod-openapi";

export const MappingRequest = z
  .object({
    text: z
      .string()
      .min(1)
      .max(20000)
      .refine((t) => t.trim().length > 0, "must contain some text")
      .openapi({
        description: "What the auditor found, in any register: a finding's condition, a news report, a complaint's allegation.",
        example: "The Sacramento County Sheriff's Office shared its ALPR data with 1,119 entities, including out-of-state agencies.",
      }),
    checklist: z.string().min(1).max(200).optional().openapi({ description: "Only this checklist's requirements.", example: "ca-alpr-operator" }),
    limit: z.number().int().min(1).max(20).default(5).openapi({ description: "How many suggestions." }),
  })
  .openapi("MappingRequest");

export const MappingSuggestion = z
  .object({
    requirementId: z.string().openapi({ example: "ca-alpr-operator.sharing-public-agencies-only" }),
    citation: z.string().openapi({ example: "Cal. Civ. Code § 1798.90.55(b)" }),
    title: z.string(),
    confidence: z.number().min(0).max(1).openapi({ description: "Calibrated: 0.5 or more means very likely the provision violated. Text without deficiency language never reaches 0.5." }),
    reasons: z.array(z.string()).openapi({ example: ["matches: shared, out-of-state", "describes a practice the law prohibits: sharing with an agency outside California"] }),
  })
  .openapi("MappingSuggestion");

export const DeficiencyCues = z
  .object({
    describesDeficiency: z.boolean().openapi({ description: "Whether the text reads as a finding of something wrong (rather than a description, a rule or a statistic)." }),
    cues: z.array(z.string()).openapi({ example: ["shared with an agency outside California"] }),
  })
  .openapi("DeficiencyCues");

export const MappingResponse = z
  .object({
    suggestions: z.array(MappingSuggestion).openapi({ description: "Best first. Parallel provisions (the operator's and the end-user's identical duties) appear once, the other named in the reasons." }),
    deficiency: DeficiencyCues,
  })
  .openapi("MappingResponse");

export type MappingRequest = z.output<typeof MappingRequest>;
export type MappingResponse = z.output<typeof MappingResponse>;
