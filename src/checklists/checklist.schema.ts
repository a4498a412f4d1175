/**
 * The checklist file format: one zod schema for the YAML files under
 * `checklists/<jurisdiction>/<id>.yaml`, the POST /api/checklists body, the API
 * responses and the published JSON Schema (`checklists/checklist.schema.json`).
 *
 * A checklist turns statute text into requirements an auditor can test. Every
 * requirement carries the canonical citation of its provision and the verbatim
 * statutory text; the **detection concepts** say what a policy document must
 * express to satisfy it (used by the policy check and the finding mapper).
 */
import { z } from "@hono/zod-openapi";

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. \"retention-period\"");

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in the form YYYY-MM-DD");

/** A regular expression source, checked to compile (case-insensitive, Unicode). */
const Pattern = z.string().min(1).superRefine((source, ctx) => {
  try {
    new RegExp(source, "iu");
  } catch (err) {
    ctx.addIssue({ code: "custom", message: `is not a valid regular expression: ${(err as Error).message}` });
  }
});

export const RequirementKind = z
  .enum(["policy-element", "practice", "record-keeping", "prohibition", "public-process"])
  .openapi({ description: "What the provision asks for: a written policy element, a practice, a record to keep, something forbidden, or a public process." });

export const DetectionConcept = z
  .object({
    id: Slug.openapi({ description: "Stable within the requirement, e.g. `retention-period`." }),
    description: z.string().min(1).openapi({ description: "The idea a policy must express, in plain words." }),
    required: z.boolean().default(true).openapi({ description: "Required concepts must all be found for `addressed`; some found is `partial`." }),
    terms: z
      .array(z.string().min(1))
      .default([])
      .openapi({ description: "Words and short phrases (with synonyms) that signal the concept; matched on word stems." }),
    patterns: z
      .array(Pattern)
      .default([])
      .openapi({ description: "Regular expressions (case-insensitive) for phrasings that state the concept, e.g. a retention period `\\b\\d+\\s*(days|months|years)`." }),
  })
  .openapi("DetectionConcept");

export const Crosswalk = z
  .object({
    checklist: Slug,
    requirement: Slug,
    relation: z.enum(["equivalent", "similar", "broader", "narrower"]).default("similar"),
    note: z.string().optional(),
  })
  .openapi("Crosswalk");

export const RequirementInput = z
  .object({
    id: Slug.openapi({ description: "Stable within the checklist; the global id is `<checklist>.<id>`." }),
    title: z.string().min(1),
    citation: z.string().min(1).openapi({ description: "Citation of the provision; stored in canonical form.", example: "Cal. Civ. Code § 1798.90.51(b)(2)(G)" }),
    text: z.string().min(1).openapi({ description: "The statutory text of the provision, verbatim." }),
    summary: z.string().min(1).openapi({ description: "What the provision requires, in plain language." }),
    kind: RequirementKind,
    parent: Slug.optional().openapi({ description: "The requirement this one is part of (hierarchy)." }),
    evidence: z.array(z.string().min(1)).min(1).openapi({ description: "What would show compliance." }),
    concepts: z.array(DetectionConcept).default([]),
    effective: IsoDate.optional(),
    expires: IsoDate.optional(),
    crosswalk: z.array(Crosswalk).default([]),
  })
  .openapi("RequirementInput");

export const ChecklistInput = z
  .object({
    id: Slug.openapi({ example: "ca-alpr-operator" }),
    title: z.string().min(1),
    jurisdiction: z.string().regex(/^[A-Z]{2}(-[A-Za-z0-9]+)?$|^US$/, "must be a two-letter code such as CA or VT"),
    appliesTo: z.string().min(1).openapi({ description: "The role the checklist applies to, e.g. \"ALPR operator\"." }),
    version: z.string().min(1).openapi({ description: "The checklist's own version label, e.g. \"2026.1\"." }),
    asOf: IsoDate.openapi({ description: "The date the statute text was checked as current." }),
    description: z.string().optional(),
    sources: z
      .array(
        z.object({
          citation: z.string().min(1),
          title: z.string().optional(),
          url: z.string().url().optional(),
        }),
      )
      .min(1)
      .openapi({ description: "The statute sections the checklist derives from." }),
    requirements: z.array(RequirementInput).min(1),
  })
  .superRefine((c, ctx) => {
    const ids = new Map<string, number>();
    c.requirements.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: "custom", path: ["requirements", i, "id"], message: `duplicates the id of requirement ${ids.get(r.id)! + 1}` });
      ids.set(r.id, i);
    });
    c.requirements.forEach((r, i) => {
      if (r.parent && !ids.has(r.parent)) ctx.addIssue({ code: "custom", path: ["requirements", i, "parent"], message: `names "${r.parent}", which is not a requirement of this checklist` });
      if (r.parent === r.id) ctx.addIssue({ code: "custom", path: ["requirements", i, "parent"], message: "cannot be the requirement itself" });
      r.concepts.forEach((concept, j) => {
        if (concept.terms.length === 0 && concept.patterns.length === 0)
          ctx.addIssue({ code: "custom", path: ["requirements", i, "concepts", j], message: "needs at least one term or pattern" });
      });
    });
  })
  .openapi("ChecklistInput");

export type ChecklistInput = z.output<typeof ChecklistInput>;
export type RequirementInput = z.output<typeof RequirementInput>;
export type DetectionConcept = z.output<typeof DetectionConcept>;
export type Crosswalk = z.output<typeof Crosswalk>;
