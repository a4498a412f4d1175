/**
 * Statutes as versioned provision trees. A section row names the provision
 * (jurisdiction, code, section); each version row holds the text in force for
 * a period and its parsed tree, so "the text in force on date D" is a query and
 * findings and bills can cite the exact version they relied on.
 */
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { ProvisionNode } from "../../statutes/provisions.js";

export const statuteSections = sqliteTable(
  "statute_sections",
  {
    /** `CA/civ/1798.90.51` */
    id: text("id").primaryKey(),
    jurisdiction: text("jurisdiction").notNull(),
    code: text("code").notNull(),
    codeName: text("code_name").notNull(),
    section: text("section").notNull(),
    heading: text("heading"),
    scheme: text("scheme").notNull(),
  },
  (t) => [uniqueIndex("statute_sections_cite_idx").on(t.jurisdiction, t.code, t.section)],
);

export const statuteVersions = sqliteTable(
  "statute_versions",
  {
    /** `CA/civ/1798.90.51@2016-01-01` */
    id: text("id").primaryKey(),
    sectionId: text("section_id")
      .notNull()
      .references(() => statuteSections.id),
    version: text("version").notNull(),
    /** First day in force (operative, else effective, else as-of); null when undated. */
    startsOn: text("starts_on"),
    /** Day the next version starts (exclusive); null while current. */
    endsOn: text("ends_on"),
    effective: text("effective"),
    operative: text("operative"),
    asOf: text("as_of"),
    enactedBy: text("enacted_by"),
    history: text("history"),
    sourceUrl: text("source_url").notNull(),
    complete: integer("complete", { mode: "boolean" }).notNull(),
    omissions: text("omissions", { mode: "json" }).$type<string[]>(),
    notes: text("notes", { mode: "json" }).$type<string[]>(),
    text: text("text"),
    tree: text("tree", { mode: "json" }).$type<ProvisionNode>(),
  },
  (t) => [uniqueIndex("statute_versions_section_version_idx").on(t.sectionId, t.version), index("statute_versions_dates_idx").on(t.sectionId, t.startsOn)],
);
