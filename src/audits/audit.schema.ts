/**
 * The audit model as zod schemas: one per concept (Audit, Agency, Finding,
 * Recommendation, FollowUp), reused for request bodies, responses, and the
 * audit exchange file (`examples/audits/*.yaml`, JSON import/export), so a
 * round trip through export and import is lossless by construction.
 *
 * Findings carry the Yellow Book elements as fields: criteria (the statutory
 * requirements violated), condition, cause, effect; recommendations carry the
 * California State Auditor's follow-up vocabulary.
 */
import { z } from "@hono/zod-openapi";

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in the form YYYY-MM-DD");
/** YAML reads bare dates as Date objects; accept them and keep the ISO day. */
const DateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), IsoDate);
/** A day, or a month ("2020-04") when the source gives no day: responses are often dated only by month. */
const DayOrMonth = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, "must be a date YYYY-MM-DD (or a month YYYY-MM)"));
const Key = z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/i, "must be letters and digits joined by -, _ or . (e.g. \"no-policy-lapd\")").max(80);
const Text = z.string().trim().min(1, "must not be empty");

export const AgencyKind = z.enum(["public-agency", "private-entity", "unknown"]);
export const AgencyLevel = z.enum(["city", "county", "state", "federal", "regional", "tribal", "other"]);
export const AuditStatus = z.enum(["fieldwork", "draft", "published"]);
export const FindingStatus = z.enum(["draft", "final", "withdrawn"]);
export const Severity = z.enum(["high", "medium", "low"]);
export const FollowUpStage = z.enum(["60-day", "6-month", "1-year", "later"]);

/** The State Auditor's assessment vocabulary; the last three are for recommendations to the Legislature. */
export const AGENCY_STATUSES = ["Fully Implemented", "Partially Implemented", "Pending", "Not Implemented", "Will Not Implement", "No Longer Applicable"] as const;
export const LEGISLATIVE_STATUSES = ["Legislation Enacted", "Legislation Proposed But Not Enacted", "No Action Taken"] as const;
export const RecommendationStatus = z.enum([...AGENCY_STATUSES, ...LEGISLATIVE_STATUSES]);
/** Statuses after which no further response is expected. */
export const CLOSED_STATUSES: ReadonlySet<string> = new Set(["Fully Implemented", "Will Not Implement", "No Longer Applicable", "Legislation Enacted"]);

export const AgencyInput = z
  .object({
    name: Text.max(300),
    kind: AgencyKind.default("public-agency"),
    level: AgencyLevel.optional(),
    state: z.string().regex(/^[A-Z]{2}$/, "must be a two-letter state code").optional(),
    parent: z.string().trim().min(1).max(300).optional().openapi({ description: "The parent body, e.g. City of Fresno" }),
    aliases: z.array(Text.max(200)).default([]),
  })
  .openapi("AgencyInput");

export const AuditInput = z
  .object({
    reportNumber: Text.max(50).openapi({ example: "2019-118" }),
    title: Text.max(1000),
    office: Text.max(300).openapi({ example: "California State Auditor" }),
    releaseDate: DateField.optional(),
    status: AuditStatus.default("fieldwork"),
    scope: z.string().optional(),
    objectives: z.array(Text).default([]),
    sourceUrl: z.url().optional(),
    checklists: z
      .array(z.object({ id: z.string().min(1), version: z.string().min(1).optional().openapi({ description: "Version number or label; default: current at creation" }) }))
      .default([])
      .openapi({ description: "The checklists (and versions) the audit tests against." }),
  })
  .openapi("AuditInput");

export const EvidenceRef = z
  .object({ document: Text.max(500), page: z.union([z.number().int().positive(), z.string().max(50)]).nullable().optional(), note: z.string().max(5000).optional() })
  .openapi("EvidenceRef");

export const CriterionInput = z
  .object({
    requirement: z.string().min(1).openapi({ example: "ca-alpr-operator.retention", description: "Global requirement id" }),
    version: z.string().optional().openapi({ description: "Checklist version number or label; default: the version the audit tests against" }),
    rationale: z.string().max(2000).optional(),
  })
  .openapi("CriterionInput");

export const FindingInput = z
  .object({
    key: Key.optional().openapi({ description: "Stable within the audit; generated when omitted" }),
    title: Text.max(500),
    condition: Text.max(20000).openapi({ description: "What was found" }),
    cause: z.string().max(20000).nullable().optional(),
    effect: z.string().max(20000).nullable().optional(),
    severity: Severity.default("medium"),
    status: FindingStatus.default("draft"),
    agencies: z.array(z.string().min(1)).default([]).openapi({ description: "Agency ids (or keys in an exchange file)" }),
    criteria: z.array(CriterionInput).default([]),
    evidence: z.array(EvidenceRef).default([]),
  })
  .openapi("FindingInput");

export const FollowUpInput = z
  .object({
    stage: FollowUpStage,
    date: DayOrMonth.nullable().optional().openapi({ description: "Date of the response (a month when that is all the record gives)" }),
    response: z.string().max(50000).default(""),
    status: RecommendationStatus.nullable().openapi({ description: "The assessed status; null when the response was recorded without one" }),
    assessedBy: z.enum(["auditor", "agency"]).default("auditor"),
    assessment: z.string().max(20000).optional().openapi({ description: "The auditor's comment on the response" }),
  })
  .openapi("FollowUpInput");

export const Addressee = z
  .union([z.object({ agency: z.string().min(1) }), z.object({ body: Text.max(300).openapi({ example: "Legislature" }) })])
  .openapi("Addressee");

export const DueDates = z.partialRecord(FollowUpStage, DateField).openapi({ description: "Response due dates by stage", example: { "60-day": "2020-04-13", "6-month": "2020-08-13", "1-year": "2021-02-13" } });

export const RecommendationInput = z
  .object({
    number: z.number().int().positive(),
    addressee: Addressee,
    text: Text.max(20000),
    findings: z.array(z.string().min(1)).default([]).openapi({ description: "Finding ids (or keys in an exchange file) the recommendation answers" }),
    dueDates: DueDates.optional(),
    followUps: z.array(FollowUpInput).default([]),
  })
  .openapi("RecommendationInput");

/** The audit exchange file: one audit with its agencies, findings and recommendations, cross-referenced by keys. */
export const AuditFile = z
  .object({
    audit: AuditInput,
    agencies: z.array(AgencyInput.extend({ key: Key })).default([]),
    findings: z.array(FindingInput.extend({ key: Key })).default([]),
    recommendations: z.array(RecommendationInput).default([]),
    notes: z.array(z.string()).default([]),
  })
  .superRefine((f, ctx) => {
    const agencies = new Set(f.agencies.map((a) => a.key));
    const findings = new Set(f.findings.map((x) => x.key));
    f.findings.forEach((x, i) =>
      x.agencies.forEach((a, j) => {
        if (!agencies.has(a)) ctx.addIssue({ code: "custom", path: ["findings", i, "agencies", j], message: `names agency "${a}", which is not in agencies` });
      }),
    );
    const numbers = new Set<number>();
    f.recommendations.forEach((r, i) => {
      if (numbers.has(r.number)) ctx.addIssue({ code: "custom", path: ["recommendations", i, "number"], message: `duplicates recommendation ${r.number}` });
      numbers.add(r.number);
      if ("agency" in r.addressee && !agencies.has(r.addressee.agency)) ctx.addIssue({ code: "custom", path: ["recommendations", i, "addressee", "agency"], message: `names agency "${r.addressee.agency}", which is not in agencies` });
      r.findings.forEach((k, j) => {
        if (!findings.has(k)) ctx.addIssue({ code: "custom", path: ["recommendations", i, "findings", j], message: `names finding "${k}", which is not in findings` });
      });
    });
    const keys = new Set<string>();
    f.findings.forEach((x, i) => {
      if (keys.has(x.key)) ctx.addIssue({ code: "custom", path: ["findings", i, "key"], message: `duplicates finding key "${x.key}"` });
      keys.add(x.key);
    });
  })
  .openapi("AuditFile");

export type AgencyInput = z.output<typeof AgencyInput>;
export type AuditInput = z.output<typeof AuditInput>;
export type FindingInput = z.output<typeof FindingInput>;
export type RecommendationInput = z.output<typeof RecommendationInput>;
export type FollowUpInput = z.output<typeof FollowUpInput>;
export type AuditFile = z.output<typeof AuditFile>;
