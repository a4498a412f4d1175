/** Response shapes of the audit API, and the query/patch schemas shared by its routes. */
import { z } from "@hono/zod-openapi";
import { AgencyKind, AuditStatus, EvidenceRef, FindingStatus, FollowUpStage, Severity } from "./audit.schema.js";

export const Pagination = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).openapi(name);
}

/** Optimistic concurrency: send the `version` you edited (or an `If-Match: "<version>"` header). */
export const VersionField = z.object({ version: z.number().int().positive().optional().openapi({ description: "The version you edited; a mismatch is 409." }) });

export function expectedVersion(body: { version?: number }, ifMatch: string | undefined): number | undefined {
  if (body.version !== undefined) return body.version;
  const m = ifMatch?.match(/^\s*(?:W\/)?"?(\d+)"?\s*$/);
  return m ? Number(m[1]) : undefined;
}

export const Agency = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: AgencyKind,
    level: z.string().nullable(),
    state: z.string().nullable(),
    parent: z.string().nullable(),
    aliases: z.array(z.string()),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Agency");

export const Audit = z
  .object({
    id: z.string(),
    reportNumber: z.string(),
    title: z.string(),
    office: z.string(),
    releaseDate: z.string().nullable(),
    status: AuditStatus,
    scope: z.string().nullable(),
    objectives: z.array(z.string()),
    sourceUrl: z.string().nullable(),
    checklists: z.array(z.object({ checklistId: z.string(), versionId: z.number().int(), seq: z.number().int(), label: z.string() })),
    notes: z.array(z.string()),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Audit");

export const Criterion = z
  .object({
    requirementId: z.string(),
    citation: z.string(),
    checklistId: z.string(),
    checklistVersion: z.number().int(),
    checklistVersionLabel: z.string(),
    checklistVersionStatus: z.enum(["current", "superseded", "withdrawn"]),
    quotedText: z.string().openapi({ description: "The statutory text as in force on the audit date" }),
    statuteVersion: z.string().nullable(),
    rationale: z.string().nullable(),
    source: z.enum(["manual", "suggestion", "import"]),
    confidence: z.number().nullable(),
    chosenBy: z.string(),
    chosenAt: z.string(),
  })
  .openapi("Criterion");

export const Finding = z
  .object({
    id: z.string(),
    auditId: z.string(),
    key: z.string(),
    title: z.string(),
    condition: z.string(),
    cause: z.string().nullable(),
    effect: z.string().nullable(),
    severity: Severity,
    status: FindingStatus,
    agencies: z.array(z.object({ id: z.string(), name: z.string() })),
    criteria: z.array(Criterion),
    evidence: z.array(EvidenceRef),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Finding");

export const FollowUp = z
  .object({ id: z.number().int(), stage: FollowUpStage, date: z.string().nullable(), response: z.string(), status: z.string().nullable(), assessedBy: z.enum(["auditor", "agency"]), assessment: z.string().nullable(), recordedBy: z.string(), recordedAt: z.string() })
  .openapi("FollowUp");

export const Recommendation = z
  .object({
    id: z.string(),
    auditId: z.string(),
    number: z.number().int(),
    addressee: z.union([z.object({ type: z.literal("agency"), agencyId: z.string(), name: z.string() }), z.object({ type: z.literal("body"), name: z.string() })]),
    kind: z.enum(["agency", "legislative"]),
    text: z.string(),
    findings: z.array(z.string()),
    dueDates: z.record(z.string(), z.string()),
    status: z.string().nullable(),
    followUps: z.array(FollowUp),
    overdue: z.array(z.object({ stage: FollowUpStage, dueDate: z.string() })).openapi({ description: "Stages whose due date has passed with no response, while the recommendation is open" }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("Recommendation");

export const MappingDecision = z
  .object({ id: z.number().int(), requirementId: z.string(), decision: z.enum(["accepted", "rejected"]), confidence: z.number().nullable(), reasons: z.array(z.string()), note: z.string().nullable(), decidedBy: z.string(), decidedAt: z.string() })
  .openapi("MappingDecision");

export const IdParam = (name: string, example: string) => z.object({ id: z.string().min(1).max(300).openapi({ param: { name: "id", in: "path" }, example, description: `The ${name} id` }) });
