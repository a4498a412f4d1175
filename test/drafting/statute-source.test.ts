/** Where a bill's law in force comes from: the statute store (one query, version by date) and the bundled files. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildBill } from "../../src/drafting/assemble.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { bundledStatutes, storedStatutes } from "../../src/drafting/statute-source.js";
import { importStatutes } from "../../src/statutes/statutes.service.js";
import { statutesDir, statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { loadStatuteFiles } from "../../src/statutes/statute-file.js";
import { createTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
// A later version of § 1798.90.55, so the store holds two: test text, not law.
const LATER = "Notwithstanding any other law or regulation:\n(a) Later test text for (a).\n(b) Later test text for (b).";
beforeAll(async () => {
  t = await createTestApp({ seeders: [statutesSeeder] });
  const file = (await loadStatuteFiles(statutesDir)).find((f) => f.code === "civ" && f.section === "1798.90.55")!;
  await importStatutes(t.database.db, [{ ...file, versions: [...file.versions, { ...file.versions[0]!, id: "2030-01-01", operative: "2030-01-01", effective: undefined, asOf: undefined, text: LATER }] }]);
});
afterAll(() => t.close());

const bill = (asOf?: string) =>
  BillInput.parse({ house: "Assembly", authors: ["Ramos"], subject: "personal information", ...(asOf ? { asOf } : {}), operations: [{ op: "amend", code: "civ", section: "1798.90.55", changes: [] }] });
const opening = (lines: { text: string }[][]) => lines[1]!.map((r) => r.text).join("");

describe("storedStatutes", () => {
  it("amends the version in force on the bill's asOf day, else the newest", async () => {
    const old = buildBill(bill("2025-01-01"), await storedStatutes(t.database.db, bill("2025-01-01")));
    expect(opening(old.sections[0]!.lines)).toMatch(/^\(a\) A public agency that operates or intends to operate an ALPR system/);
    const newest = buildBill(bill(), await storedStatutes(t.database.db, bill()));
    expect(opening(newest.sections[0]!.lines)).toBe("(a) Later test text for (a).");
  });

  it("gives nothing for a section the store does not hold, and nothing is asked for a bill that amends none", async () => {
    const lookup = await storedStatutes(t.database.db, { operations: [{ op: "amend", code: "pen", section: "99999", changes: [] }] });
    expect(lookup("pen", "99999")).toBeUndefined();
    expect((await storedStatutes(t.database.db, { operations: [] }))("civ", "1798.90.55")).toBeUndefined();
  });
});

describe("bundledStatutes", () => {
  it("reads the same law in force as the store holds for the bundled files", async () => {
    const input = bill("2025-01-01");
    const fromFiles = buildBill(input, await bundledStatutes(input));
    const fromStore = buildBill(input, await storedStatutes(t.database.db, input));
    expect(fromFiles.sections[0]!.lines).toEqual(fromStore.sections[0]!.lines);
  });
});
