import { describe, expect, it } from "vitest";
import { checkPolicy } from "../../src/policy-check/assess.js";
import { readPolicyDocument } from "../../src/policy-check/document.js";
import { renderPolicyTemplate as buildPolicySkeleton } from "../../src/policy-check/policy-template.js";
import { skeletonFor } from "../../src/policy-check/template.js";
import { bundledChecklists, checklist } from "./helpers.js";

describe("the model policy (templates/policy/model-policy.md.hbs)", () => {
  it("for every bundled checklist with policy elements, checks as addressed against its own checklist", async () => {
    const withElements = (await bundledChecklists()).filter((c) => c.requirements.some((r) => r.kind === "policy-element"));
    expect(withElements.map((c) => c.id)).toEqual(expect.arrayContaining(["ca-alpr-operator", "ca-alpr-end-user", "ca-body-worn-cameras"]));
    for (const c of withElements) {
      const doc = await readPolicyDocument({ format: "markdown", content: buildPolicySkeleton(c), name: `${c.id}.md` });
      const { results } = checkPolicy(doc, c.requirements);
      expect(results.length, c.id).toBeGreaterThan(0);
      expect(results.filter((r) => r.status !== "addressed").map((r) => `${c.id}.${r.requirementId}: ${r.reasons.join("; ")}`)).toEqual([]);
    }
  });

  it("gives each required element a section with its citation, the statute as quoted guidance and bracketed placeholders", async () => {
    const operator = await checklist("ca-alpr-operator");
    const markdown = buildPolicySkeleton(operator);
    const retention = operator.requirements.find((r) => r.id === "retention")!;
    expect(markdown).toContain(`### ${retention.title}\n\n*${retention.citation}*\n\n> **The law:** ${retention.text}`);
    expect(markdown).toContain("ALPR data is retained for [NUMBER] days from the date of collection, after which it is automatically purged unless");
    for (const r of operator.requirements.filter((x) => x.kind !== "public-process")) expect(markdown, r.id).toContain(r.citation);
  });

  it("lists the fields of a record inside the record's section", async () => {
    const sections = skeletonFor(await checklist("ca-alpr-operator")).sections;
    const record = sections.find((s) => s.requirementId === "access-record")!;
    expect(record.items).toHaveLength(4);
    expect(record.lawParts.map((p) => p.citation)).toEqual(["(1)", "(2)", "(3)", "(4)"].map((n) => `Cal. Civ. Code § 1798.90.52(a)${n}`));
    expect(sections.map((s) => s.requirementId)).not.toContain("access-record-date-time");
  });

  it("is a plain structure a template can render: no Markdown inside the data but the prose", async () => {
    const skeleton = skeletonFor(await checklist("ca-alpr-end-user"));
    expect(skeleton.title).toBe("[AGENCY NAME] — ALPR end-user: usage and privacy policy");
    expect(JSON.parse(JSON.stringify(skeleton))).toEqual(skeleton);
  });

  it("renders a section for every written requirement of checklists without hand-written prose", async () => {
    for (const c of await bundledChecklists()) {
      const markdown = buildPolicySkeleton(c);
      for (const r of c.requirements.filter((x) => ["policy-element", "practice", "prohibition"].includes(x.kind) && x.concepts.some((k) => k.required))) expect(markdown, `${c.id}.${r.id}`).toContain(r.citation);
    }
  });
});
