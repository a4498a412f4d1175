/**
 * The shipped checklists: each validates, quotes its statute verbatim (checked
 * against the reference text when it is present, and always against the
 * shipped statute text), and the California ALPR checklists cover every
 * provision the law requires.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { checklistJsonSchema } from "../../src/checklists/checklist.json-schema.js";
import { readBundledChecklists } from "../../src/checklists/checklists.seed.js";
import type { CheckedChecklist } from "../../src/checklists/checklist-source.js";
import { verbatimProblems } from "../../src/checklists/verbatim.js";
import { packageRoot } from "../../src/lib/package-info.js";
import type { ProvisionNode } from "../../src/statutes/provisions.js";
import { versionProvisions } from "../../src/statutes/statute-file.js";
import { REFERENCE_DIR, shippedFiles } from "../statutes/statute-files-reference.js";

let bundled: Array<{ file: string; checked: CheckedChecklist }>;
let trees: (key: string) => ProvisionNode[] | undefined;
beforeAll(async () => {
  bundled = await readBundledChecklists();
  const map = new Map<string, ProvisionNode[]>();
  for (const f of await shippedFiles()) map.set(`${f.jurisdiction}/${f.code}/${f.section}`, f.versions.map((v) => versionProvisions(f, v)).filter((t): t is ProvisionNode => !!t));
  trees = (k) => map.get(k);
});
const byId = (id: string) => bundled.find((b) => b.checked.input.id === id)!.checked.input;
const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

describe("bundled checklists", () => {
  it("ship at least five, each valid and stored under checklists/<jurisdiction>/", () => {
    expect(bundled.length).toBeGreaterThanOrEqual(5);
    for (const { file, checked } of bundled) expect(file).toContain(`/checklists/${checked.input.jurisdiction.toLowerCase()}/`);
    expect(bundled.map((b) => b.checked.input.id)).toEqual(expect.arrayContaining(["ca-alpr-operator", "ca-alpr-end-user"]));
  });

  it("quote the stored statute text verbatim", () => {
    for (const { file, checked } of bundled) expect({ file, problems: verbatimProblems(checked, trees) }).toEqual({ file, problems: [] });
  });

  it("have crosswalk links that resolve to real requirements", () => {
    const known = new Set(bundled.flatMap((b) => b.checked.input.requirements.map((r) => `${b.checked.input.id}.${r.id}`)));
    for (const { checked } of bundled)
      for (const r of checked.input.requirements)
        for (const x of r.crosswalk) expect(known, `${checked.input.id}.${r.id} → ${x.checklist}.${x.requirement}`).toContain(`${x.checklist}.${x.requirement}`);
    const other = bundled.filter((b) => b.checked.input.jurisdiction !== "CA");
    expect(other.length).toBeGreaterThan(0);
    for (const b of other) expect(b.checked.input.requirements.some((r) => r.crosswalk.some((x) => x.checklist.startsWith("ca-alpr")))).toBe(true);
  });

  it("give every requirement evidence, and every policy element detection concepts", () => {
    for (const { checked } of bundled)
      for (const r of checked.input.requirements) {
        expect(r.evidence.length, r.id).toBeGreaterThan(0);
        if (r.kind === "policy-element" && !checked.input.requirements.some((c) => c.parent === r.id)) expect(r.concepts.length, `${checked.input.id}.${r.id}`).toBeGreaterThan(0);
      }
  });

  it("publish the JSON Schema editors use, kept in step with the zod schema", () => {
    const committed = JSON.parse(readFileSync(join(packageRoot, "checklists", "checklist.schema.json"), "utf8"));
    expect(committed).toEqual(JSON.parse(JSON.stringify(checklistJsonSchema())));
  });
});

describe("California ALPR operator checklist", () => {
  const expected = [
    "1798.90.51(a)", "1798.90.51(b)(1)", "1798.90.51(b)(2)",
    ...["A", "B", "C", "D", "E", "F", "G"].map((l) => `1798.90.51(b)(2)(${l})`),
    "1798.90.52(a)", "1798.90.52(a)(1)", "1798.90.52(a)(2)", "1798.90.52(a)(3)", "1798.90.52(a)(4)", "1798.90.52(b)",
    "1798.90.55(a)", "1798.90.55(b)",
  ].map((c) => `Cal. Civ. Code § ${c}`);

  it("covers each provision the law requires, with its canonical citation", () => {
    const citations = byId("ca-alpr-operator").requirements.map((r) => r.citation);
    expect(citations).toEqual(expect.arrayContaining(expected));
  });

  it("nests (b)(2)(A)–(G) under the policy requirement and (a)(1)–(4) under the access record", () => {
    const reqs = byId("ca-alpr-operator").requirements;
    const parentOf = (c: string) => reqs.find((r) => r.id === reqs.find((x) => x.citation === c)!.parent)?.citation;
    expect(parentOf("Cal. Civ. Code § 1798.90.51(b)(2)(G)")).toBe("Cal. Civ. Code § 1798.90.51(b)(2)");
    expect(parentOf("Cal. Civ. Code § 1798.90.52(a)(4)")).toBe("Cal. Civ. Code § 1798.90.52(a)");
  });

  it.runIf(existsSync(REFERENCE_DIR))("quotes words that appear in the reference text of the law", () => {
    const reference = collapse(readFileSync(join(REFERENCE_DIR, "statutes_ca", "civ_1798.90.5-55_SB34_ALPR.txt"), "utf8"));
    for (const id of ["ca-alpr-operator", "ca-alpr-end-user"]) for (const r of byId(id).requirements) expect(reference, `${id}.${r.id}`).toContain(collapse(r.text));
  });

  it("requires both halves of two-part elements, (b)(2)(B) and (b)(2)(G)", () => {
    const reqs = byId("ca-alpr-operator").requirements;
    for (const c of ["Cal. Civ. Code § 1798.90.51(b)(2)(B)", "Cal. Civ. Code § 1798.90.51(b)(2)(G)"]) {
      expect(reqs.find((r) => r.citation === c)!.concepts.filter((x) => x.required).length, c).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("California ALPR end-user checklist", () => {
  it("covers § 1798.90.53 (a), (b)(1) and each of (b)(2)(A)–(G), cross-walked to the operator items", () => {
    const reqs = byId("ca-alpr-end-user").requirements;
    const citations = reqs.map((r) => r.citation);
    for (const c of ["(a)", "(b)(1)", ...["A", "B", "C", "D", "E", "F", "G"].map((l) => `(b)(2)(${l})`)]) expect(citations).toContain(`Cal. Civ. Code § 1798.90.53${c}`);
    const retention = reqs.find((r) => r.citation === "Cal. Civ. Code § 1798.90.53(b)(2)(G)")!;
    expect(retention.crosswalk.map((x) => x.checklist)).toContain("ca-alpr-operator");
  });
});
