/** Every table, re-exported for drizzle's relational queries and for drizzle-kit. */
export * from "./system.js";
export * from "./statutes.js";
export * from "./checklists.js";
export * from "./audits.js";
export * from "./policy-checks.js";
export * from "./documents.js";
export * from "./bills.js";
