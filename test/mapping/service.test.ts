/**
 * The mapper's service over a real database: the index is built from the
 * current catalog, reused while the catalog is unchanged and rebuilt when a
 * checklist version is imported.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readChecklist } from "../../src/checklists/checklist-source.js";
import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { importChecklist } from "../../src/checklists/checklists.service.js";
import { NotFoundError } from "../../src/lib/errors.js";
import { getMappingIndex, loadMappableRequirements, suggestForText } from "../../src/mapping/mapping.service.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp, type TestApp } from "../support/app.js";
import { miniChecklistYaml } from "../support/fixtures.js";

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ seeders: [statutesSeeder, createChecklistsSeeder()] });
});
afterEach(() => t.close());

describe("mapping service", () => {
  it("maps a finding against the seeded catalog", async () => {
    const { suggestions, deficiency } = await suggestForText(t.database.db, "The sheriff shared its ALPR data with ICE and with agencies in other states.", { limit: 3 });
    expect(deficiency.describesDeficiency).toBe(true);
    expect(suggestions[0]).toMatchObject({ requirementId: "ca-alpr-operator.sharing-public-agencies-only", citation: "Cal. Civ. Code § 1798.90.55(b)" });
    expect(suggestions[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("loads only current requirements, with global parent ids", async () => {
    const rows = await loadMappableRequirements(t.database.db);
    expect(rows.find((r) => r.requirementId === "ca-alpr-operator.retention")).toMatchObject({ parent: "ca-alpr-operator.policy-elements", kind: "policy-element" });
    expect(new Set(rows.map((r) => r.requirementId)).size).toBe(rows.length);
  });

  it("reuses the index while the catalog is unchanged", async () => {
    const first = await getMappingIndex(t.database.db);
    expect(await getMappingIndex(t.database.db)).toBe(first);
  });

  it("rebuilds the index when a checklist is imported", async () => {
    const before = await getMappingIndex(t.database.db);
    await importChecklist(t.database.db, readChecklist(miniChecklistYaml()), { actor: "test" }, t.clock);
    const after = await getMappingIndex(t.database.db);
    expect(after).not.toBe(before);
    expect(after.entries.some((e) => e.req.requirementId === "test-alpr.retention")).toBe(true);
    const { suggestions } = await suggestForText(t.database.db, "The county kept plate scans for five years.", { checklist: "test-alpr" });
    expect(suggestions[0]?.requirementId).toBe("test-alpr.retention");
  });

  it("refuses a checklist that is not in the catalog", async () => {
    await expect(suggestForText(t.database.db, "Kept for five years.", { checklist: "no-such-checklist" })).rejects.toThrow(NotFoundError);
  });
});
