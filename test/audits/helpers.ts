import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";

/** A fresh app on a fresh database with the bundled statutes and checklists (no example audit). */
export async function auditApp(opts: { url?: string; now?: string } = {}): Promise<TestApp & { call: (method: string, path: string, body?: unknown, headers?: Record<string, string>) => ReturnType<typeof requestJson> }> {
  const t = await createTestApp({ seeders: [statutesSeeder, createChecklistsSeeder()], ...opts });
  return { ...t, call: (method, path, body, headers = {}) => requestJson(t.app, method, path, body, { "x-oversight-user": "auditor.lee", ...headers }) };
}

export const fresno = { name: "Fresno Police Department", kind: "public-agency", level: "city", state: "CA", parent: "City of Fresno", aliases: ["Fresno PD"] };
export const audit = { reportNumber: "2026-901", title: "ALPR follow-up review", office: "California State Auditor", releaseDate: "2025-09-15", status: "draft", checklists: [{ id: "ca-alpr-operator" }] };
