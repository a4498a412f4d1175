/**
 * Audits, the agencies they examine, findings with the Yellow Book elements,
 * the requirements each finding violates (criteria, pinned to a checklist
 * version and quoting the statute as in force on the audit date), the
 * auditor's accept/reject decisions on suggestions, recommendations and their
 * follow-up history. `version` columns carry optimistic concurrency.
 */
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { checklistVersions, requirements } from "./checklists.js";

export const agencies = sqliteTable(
  "agencies",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["public-agency", "private-entity", "unknown"] }).notNull(),
    level: text("level"),
    state: text("state"),
    parent: text("parent"),
    aliases: text("aliases", { mode: "json" }).$type<string[]>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("agencies_name_idx").on(t.name)],
);

export const audits = sqliteTable("audits", {
  id: text("id").primaryKey(),
  reportNumber: text("report_number").notNull().unique(),
  title: text("title").notNull(),
  office: text("office").notNull(),
  releaseDate: text("release_date"),
  status: text("status", { enum: ["fieldwork", "draft", "published"] }).notNull(),
  scope: text("scope"),
  objectives: text("objectives", { mode: "json" }).$type<string[]>().notNull(),
  sourceUrl: text("source_url"),
  /** The checklist versions the audit tests against: [{ checklistId, versionId, seq, label }]. */
  checklists: text("checklists", { mode: "json" }).$type<Array<{ checklistId: string; versionId: number; seq: number; label: string }>>().notNull(),
  notes: text("notes", { mode: "json" }).$type<string[]>().notNull(),
  version: integer("version").notNull().default(1),
  createdAt: text("created_at").notNull(),
  updatedAt: text("updated_at").notNull(),
});

export const findings = sqliteTable(
  "findings",
  {
    id: text("id").primaryKey(),
    auditId: text("audit_id")
      .notNull()
      .references(() => audits.id),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    title: text("title").notNull(),
    condition: text("condition").notNull(),
    cause: text("cause"),
    effect: text("effect"),
    severity: text("severity", { enum: ["high", "medium", "low"] }).notNull(),
    status: text("status", { enum: ["draft", "final", "withdrawn"] }).notNull(),
    evidence: text("evidence", { mode: "json" }).$type<Array<{ document: string; page?: number | string | null; note?: string }>>().notNull(),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("findings_audit_key_idx").on(t.auditId, t.key), index("findings_status_idx").on(t.status)],
);

export const findingAgencies = sqliteTable(
  "finding_agencies",
  {
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    agencyId: text("agency_id")
      .notNull()
      .references(() => agencies.id),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.agencyId] }), index("finding_agencies_agency_idx").on(t.agencyId)],
);

/** A requirement a finding violates, as chosen by a person, pinned to the checklist version it relied on. */
export const findingCriteria = sqliteTable(
  "finding_criteria",
  {
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    requirementId: text("requirement_id").notNull(),
    requirementRowId: integer("requirement_row_id")
      .notNull()
      .references(() => requirements.rowId),
    checklistVersionId: integer("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    position: integer("position").notNull(),
    citation: text("citation").notNull(),
    /** The statutory text as in force on the audit date (the requirement's quote when no dated version is stored). */
    quotedText: text("quoted_text").notNull(),
    statuteVersionId: text("statute_version_id"),
    rationale: text("rationale"),
    source: text("source", { enum: ["manual", "suggestion", "import"] }).notNull(),
    confidence: real("confidence"),
    chosenBy: text("chosen_by").notNull(),
    chosenAt: text("chosen_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.findingId, t.requirementId] }), index("finding_criteria_requirement_idx").on(t.requirementId)],
);

/** Every accept/reject an auditor made on a suggestion: rejections are evidence for tuning the mapper. */
export const mappingDecisions = sqliteTable(
  "mapping_decisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    requirementId: text("requirement_id").notNull(),
    decision: text("decision", { enum: ["accepted", "rejected"] }).notNull(),
    confidence: real("confidence"),
    reasons: text("reasons", { mode: "json" }).$type<string[]>().notNull(),
    note: text("note"),
    decidedBy: text("decided_by").notNull(),
    decidedAt: text("decided_at").notNull(),
  },
  (t) => [index("mapping_decisions_finding_idx").on(t.findingId)],
);

export const recommendations = sqliteTable(
  "recommendations",
  {
    id: text("id").primaryKey(),
    auditId: text("audit_id")
      .notNull()
      .references(() => audits.id),
    number: integer("number").notNull(),
    addresseeAgencyId: text("addressee_agency_id").references(() => agencies.id),
    /** Set when the addressee is a body rather than an agency (the Legislature). */
    addresseeBody: text("addressee_body"),
    text: text("text").notNull(),
    dueDates: text("due_dates", { mode: "json" }).$type<Partial<Record<"60-day" | "6-month" | "1-year" | "later", string>>>().notNull(),
    /** The most recent assessed status (denormalized from follow_ups for filtering). */
    status: text("status"),
    version: integer("version").notNull().default(1),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [uniqueIndex("recommendations_audit_number_idx").on(t.auditId, t.number), index("recommendations_addressee_idx").on(t.addresseeAgencyId)],
);

export const recommendationFindings = sqliteTable(
  "recommendation_findings",
  {
    recommendationId: text("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.recommendationId, t.findingId] })],
);

export const followUps = sqliteTable(
  "follow_ups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    recommendationId: text("recommendation_id")
      .notNull()
      .references(() => recommendations.id, { onDelete: "cascade" }),
    stage: text("stage", { enum: ["60-day", "6-month", "1-year", "later"] }).notNull(),
    position: integer("position").notNull(),
    date: text("date"),
    response: text("response").notNull(),
    /** Null when the response was recorded without an assessed status. */
    status: text("status"),
    assessedBy: text("assessed_by", { enum: ["auditor", "agency"] }).notNull(),
    /** The auditor's comment on the response. */
    assessment: text("assessment"),
    recordedBy: text("recorded_by").notNull(),
    recordedAt: text("recorded_at").notNull(),
  },
  (t) => [index("follow_ups_recommendation_idx").on(t.recommendationId)],
);
