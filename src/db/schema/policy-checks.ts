/**
 * Policy-check runs: which document (by hash), against which checklist
 * version, for which agency, and the per-requirement results with evidence.
 * Stored whole so two runs can be compared later (what became addressed,
 * what regressed) even after the checklist changes.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { PolicyCheckResult } from "../../policy-check/policy-check.schema.js";
import { agencies } from "./audits.js";
import { checklistVersions } from "./checklists.js";

export const policyChecks = sqliteTable(
  "policy_checks",
  {
    id: text("id").primaryKey(),
    checklistId: text("checklist_id").notNull(),
    checklistVersionId: integer("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    agencyId: text("agency_id").references(() => agencies.id),
    documentName: text("document_name"),
    documentFormat: text("document_format").notNull(),
    /** SHA-256 of the document as uploaded: the same file checked twice has the same hash. */
    documentHash: text("document_hash").notNull(),
    documentBytes: integer("document_bytes").notNull(),
    wordCount: integer("word_count").notNull(),
    summary: text("summary", { mode: "json" }).$type<PolicyCheckResult["summary"]>().notNull(),
    results: text("results", { mode: "json" }).$type<PolicyCheckResult["results"]>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("policy_checks_agency_idx").on(t.agencyId, t.createdAt), index("policy_checks_hash_idx").on(t.documentHash)],
);
