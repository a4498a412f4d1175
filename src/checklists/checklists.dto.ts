/**
 * Response shapes of the catalog API. Rows are mapped through these so a new
 * column never leaks onto the wire by accident.
 */
import { z } from "@hono/zod-openapi";
import { Crosswalk, DetectionConcept, RequirementKind } from "./checklist.schema.js";
import type { RequirementRow } from "./checklists.service.js";

export const Requirement = z
  .object({
    id: z.string().openapi({ example: "ca-alpr-operator.retention" }),
    checklistId: z.string(),
    key: z.string(),
    title: z.string(),
    citation: z.string().openapi({ example: "Cal. Civ. Code § 1798.90.51(b)(2)(G)" }),
    statute: z.object({ sectionId: z.string(), path: z.array(z.string()) }).nullable().openapi({ description: "The stored statute section and provision path the citation resolves to." }),
    text: z.string().openapi({ description: "The statutory text, verbatim." }),
    summary: z.string(),
    kind: RequirementKind,
    parent: z.string().nullable(),
    evidence: z.array(z.string()),
    concepts: z.array(DetectionConcept),
    crosswalk: z.array(Crosswalk),
    effective: z.string().nullable(),
    expires: z.string().nullable(),
  })
  .openapi("Requirement");

export const ChecklistSummary = z
  .object({
    id: z.string(),
    title: z.string(),
    jurisdiction: z.string(),
    appliesTo: z.string(),
    version: z.number().int(),
    label: z.string(),
    asOf: z.string(),
    requirementCount: z.number().int(),
    versionCount: z.number().int(),
  })
  .openapi("ChecklistSummary");

export const ChecklistVersionInfo = z
  .object({ version: z.number().int(), label: z.string(), status: z.enum(["current", "superseded", "withdrawn"]), asOf: z.string(), importedAt: z.string() })
  .openapi("ChecklistVersion");

export const Checklist = z
  .object({
    id: z.string(),
    title: z.string(),
    jurisdiction: z.string(),
    appliesTo: z.string(),
    description: z.string().nullable(),
    sources: z.array(z.object({ citation: z.string(), title: z.string().optional(), url: z.string().optional() })),
    version: ChecklistVersionInfo,
    versions: z.array(ChecklistVersionInfo),
    requirements: z.array(Requirement),
  })
  .openapi("Checklist");

export const ImportResult = z
  .object({ checklistId: z.string(), status: z.enum(["created", "updated", "unchanged"]), version: z.number().int(), label: z.string(), requirements: z.number().int() })
  .openapi("ChecklistImportResult");

export const RequirementHit = z
  .object({
    requirementId: z.string(),
    checklistId: z.string(),
    title: z.string(),
    citation: z.string(),
    kind: z.string(),
    snippet: z.string().nullable().openapi({ description: "HTML-escaped excerpt with matches in <mark>…</mark>." }),
    score: z.number().nullable(),
  })
  .openapi("RequirementHit");

export function toRequirement(r: RequirementRow): z.infer<typeof Requirement> {
  return {
    id: r.requirementId,
    checklistId: r.checklistId,
    key: r.key,
    title: r.title,
    citation: r.citation,
    statute: r.sectionId ? { sectionId: r.sectionId, path: r.path ? r.path.split("/") : [] } : null,
    text: r.text,
    summary: r.summary,
    kind: r.kind as z.infer<typeof RequirementKind>,
    parent: r.parent,
    evidence: r.evidence,
    concepts: r.concepts,
    crosswalk: r.crosswalk,
    effective: r.effective,
    expires: r.expires,
  };
}
