/**
 * Generated documents and service settings. A document row keeps the template
 * name and version, the output format and a snapshot of the exact data it was
 * rendered from, so any letter can be reproduced later; the hash of the bytes
 * lets a reproduction be checked.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const documents = sqliteTable(
  "documents",
  {
    id: text("id").primaryKey(),
    template: text("template").notNull(),
    templateVersion: text("template_version").notNull(),
    format: text("format", { enum: ["markdown", "html", "docx", "pdf"] }).notNull(),
    filename: text("filename").notNull(),
    /** The validated data the template rendered, exactly. */
    data: text("data", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** Where the data came from, e.g. { audit: "2019-118", agency: "fresno-police-department" }. */
    source: text("source", { mode: "json" }).$type<Record<string, string>>(),
    sha256: text("sha256").notNull(),
    bytes: integer("bytes").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
  },
  (t) => [index("documents_template_idx").on(t.template, t.createdAt)],
);

/** Small service-wide settings (the letter sender), one JSON value per key, with optimistic concurrency. */
export const settings = sqliteTable("settings", {
  key: text("key").primaryKey(),
  value: text("value", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  version: integer("version").notNull().default(1),
  updatedBy: text("updated_by").notNull(),
  updatedAt: text("updated_at").notNull(),
});
