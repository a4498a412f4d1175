/**
 * Draft bills. Staff edit the structured operations (the input), never the
 * printed text: every rendering, comparison and digest is generated from the
 * stored input against the statute store, so a draft always prints against the
 * law it amends. `version` guards concurrent edits.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const bills = sqliteTable(
  "bills",
  {
    id: text("id").primaryKey(),
    /** "AB 1463", when the bill has a number yet. */
    number: text("number"),
    title: text("title").notNull(),
    house: text("house", { enum: ["Assembly", "Senate"] }).notNull(),
    /** The validated bill input (src/drafting/bill.schema.ts), exactly. */
    input: text("input", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** The audit a draft was started from, if any. */
    auditId: text("audit_id"),
    version: integer("version").notNull().default(1),
    createdBy: text("created_by").notNull(),
    createdAt: text("created_at").notNull(),
    updatedBy: text("updated_by").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("bills_updated_idx").on(t.updatedAt), index("bills_audit_idx").on(t.auditId)],
);
