/**
 * Checklists and their requirements. A checklist keeps every version it has
 * had: importing a changed file adds a version and marks the previous one
 * superseded, so findings that cite an older version still resolve. Requirements
 * belong to a checklist version; their global id (`<checklist>.<requirement>`)
 * is stable across versions.
 */
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { ChecklistInput, Crosswalk, DetectionConcept } from "../../checklists/checklist.schema.js";

export const checklists = sqliteTable("checklists", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  jurisdiction: text("jurisdiction").notNull(),
  appliesTo: text("applies_to").notNull(),
  /** The version served by default; null only while the first import is in flight. */
  currentVersionId: integer("current_version_id"),
  createdAt: text("created_at").notNull(),
});

export const checklistVersions = sqliteTable(
  "checklist_versions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    checklistId: text("checklist_id")
      .notNull()
      .references(() => checklists.id),
    /** 1, 2, 3… in import order. */
    seq: integer("seq").notNull(),
    /** The file's own version label ("2026.1"). */
    label: text("label").notNull(),
    asOf: text("as_of").notNull(),
    status: text("status", { enum: ["current", "superseded", "withdrawn"] }).notNull(),
    contentHash: text("content_hash").notNull(),
    /** The validated input, kept whole so any version can be exported exactly. */
    source: text("source", { mode: "json" }).$type<ChecklistInput>().notNull(),
    importedAt: text("imported_at").notNull(),
    importedBy: text("imported_by").notNull(),
  },
  (t) => [uniqueIndex("checklist_versions_seq_idx").on(t.checklistId, t.seq), index("checklist_versions_hash_idx").on(t.checklistId, t.contentHash)],
);

export const requirements = sqliteTable(
  "requirements",
  {
    /** Integer key: the FTS5 index's content rowid. */
    rowId: integer("row_id").primaryKey({ autoIncrement: true }),
    /** Global, stable across versions: `ca-alpr-operator.retention`. */
    requirementId: text("requirement_id").notNull(),
    checklistId: text("checklist_id").notNull(),
    checklistVersionId: integer("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    /** 1 while the version is current; search filters on it without a join. */
    isCurrent: integer("is_current", { mode: "boolean" }).notNull(),
    position: integer("position").notNull(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    /** Canonical citation string. */
    citation: text("citation").notNull(),
    /** Statute section id (`CA/civ/1798.90.51`) and provision path (`b/2/G`) the citation resolves to. */
    sectionId: text("section_id"),
    path: text("path").notNull().default(""),
    text: text("text").notNull(),
    summary: text("summary").notNull(),
    kind: text("kind").notNull(),
    parent: text("parent"),
    evidence: text("evidence", { mode: "json" }).$type<string[]>().notNull(),
    concepts: text("concepts", { mode: "json" }).$type<DetectionConcept[]>().notNull(),
    /** Concept terms flattened for the full-text index. */
    terms: text("terms").notNull().default(""),
    effective: text("effective"),
    expires: text("expires"),
    crosswalk: text("crosswalk", { mode: "json" }).$type<Crosswalk[]>().notNull(),
    /** One FTS token naming the checklist ("x" + hex of its id), indexed so a checklist filter is a lookup. */
    tag: text("tag").generatedAlwaysAs(sql`'x' || hex(checklist_id)`, { mode: "virtual" }),
  },
  (t) => [
    uniqueIndex("requirements_version_key_idx").on(t.checklistVersionId, t.key),
    index("requirements_current_idx").on(t.requirementId, t.isCurrent),
    index("requirements_citation_idx").on(t.sectionId, t.path),
  ],
);

