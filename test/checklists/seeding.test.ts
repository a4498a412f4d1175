import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { getChecklist, getRequirement } from "../../src/checklists/checklists.service.js";
import { runSeeders } from "../../src/db/seed.js";
import { fixedClock } from "../../src/lib/clock.js";
import { createLogger } from "../../src/lib/logger.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp } from "../support/app.js";
import { miniChecklistYaml } from "../support/fixtures.js";

const dir = mkdtempSync(join(tmpdir(), "oversight-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("seeding bundled checklists", () => {
  it("imports once, skips unchanged files on restart, and versions a changed file without losing the old one", async () => {
    mkdirSync(join(dir, "ca"), { recursive: true });
    const file = join(dir, "ca", "test-alpr.yaml");
    writeFileSync(file, miniChecklistYaml());
    const t = await createTestApp({ seeders: [statutesSeeder] });
    const seeder = createChecklistsSeeder(dir);
    const ctx = { db: t.database.db, log: createLogger("silent"), clock: fixedClock("2026-02-01T00:00:00Z") };
    expect((await runSeeders([seeder], ctx))[0]!.ran).toBe(true);
    expect((await runSeeders([seeder], ctx))[0]!.ran).toBe(false);

    writeFileSync(file, miniChecklistYaml({ version: "2026.2", title: "Revised" }));
    const report = await runSeeders([seeder], ctx);
    expect(report[0]!.summary).toContain("test-alpr v2");
    const current = await getChecklist(t.database.db, "test-alpr");
    expect(current.version).toMatchObject({ seq: 2, status: "current" });
    const old = await getChecklist(t.database.db, "test-alpr", "1");
    expect(old.version).toMatchObject({ seq: 1, status: "superseded" });
    expect(old.requirements.map((r) => r.requirementId)).toEqual(["test-alpr.policy-elements", "test-alpr.retention"]);
    // Something pointing at version 1's requirement still resolves to it.
    const pinned = await getRequirement(t.database.db, "test-alpr.retention", "1");
    expect(pinned.checklistVersionId).toBe(old.version.id);
    t.close();
  });
});
