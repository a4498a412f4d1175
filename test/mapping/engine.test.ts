/**
 * The finding mapper's ranking, through its public surface
 * (`buildMappingIndex`, `suggestRequirements`) over the shipped catalog.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildMappingIndex, suggestRequirements, type MappableRequirement, type MappingIndex } from "../../src/mapping/mapping.engine.js";
import { sameDuty, shippedCatalog, short } from "./mapping-support.js";

let index: MappingIndex;
let requirements: MappableRequirement[];
beforeAll(async () => {
  ({ index, requirements } = await shippedCatalog());
});
const top = (text: string, opts = {}) => suggestRequirements(index, text, opts).suggestions[0];

describe("suggestRequirements: a cited provision wins", () => {
  it.each([
    ["Our review found the department in violation of Civil Code section 1798.90.51, subdivision (b)(2)(A).", "1798.90.51(b)(2)(A)"],
    ["The sheriff's practices do not comply with Civ. Code, § 1798.90.55, subd. (b).", "1798.90.55(b)"],
    ["See subparagraph (E) of paragraph (2) of subdivision (b) of Section 1798.90.51 of the Civil Code.", "1798.90.51(b)(2)(E)"],
    ["Contrary to § 1798.90.52(a)(4), the agency's records do not show why data was accessed.", "1798.90.52(a)(4)"],
  ])("%s → %s", (text, expected) => {
    const s = top(text);
    expect(short(s?.citation)).toBe(expected);
    expect(s?.reasons.some((r) => r.startsWith("cites "))).toBe(true);
  });

  it("reads a citation of a parent provision as support for its children", () => {
    const s = top("Under § 1798.90.51(b)(2), the policy had to say how long plate data would be retained; it says nothing about destroying data.");
    expect(sameDuty(s?.citation, "1798.90.51(b)(2)(G)")).toBe(true);
    expect(s?.reasons.join(" ")).toMatch(/cites Cal\. Civ\. Code § 1798\.90\.51\(b\)\(2\), which contains this provision/);
  });
});

describe("suggestRequirements: the words people use", () => {
  it.each([
    ["The county kept plate scans for five years.", "1798.90.51(b)(2)(G)"],
    ["License plate data is retained indefinitely and never purged.", "1798.90.51(b)(2)(G)"],
    ["The police department shared its license plate reader data with ICE.", "1798.90.55(b)"],
    ["The sheriff sold plate reads to a private company that works for repossession agents.", "1798.90.55(b)"],
    ["The city's Flock cameras were searchable by police in Texas and Georgia.", "1798.90.55(b)"],
    ["No one audits who searches the database.", "1798.90.51(b)(2)(C)"],
    ["Officers ran searches without entering a case number or a stated reason.", "1798.90.52(a)(4)"],
    ["The department had no written policy for its license plate readers.", "1798.90.51(b)(1)"],
    ["The license plate reader policy was not posted on the department's website.", "1798.90.51(b)(1)"],
    ["The policy doesn't list who may access the plate database, and officers get no training.", "1798.90.51(b)(2)(B)"],
    ["The city council never discussed the Flock cameras before they were installed, and there was no public hearing.", "1798.90.55(a)"],
    ["A misread plate led deputies to stop Denise Green at gunpoint.", "1798.90.51(b)(2)(F)"],
    ["Weak passwords left the ALPR server unsecured and the plate data exposed online.", "1798.90.51(a)"],
    ["An officer used the plate database to track his ex-girlfriend's car.", "1798.90.52(b)"],
    ["The policy does not name the official responsible for the system.", "1798.90.51(b)(2)(E)"],
  ])("%s → %s", (text, expected) => {
    const s = top(text);
    expect({ text, got: short(s?.citation) }).toEqual({ text, got: sameDuty(s?.citation, expected) ? short(s?.citation) : expected + " (expected)" });
  });

  it("explains a match in the finding's own words", () => {
    const s = top("The county kept plate scans for five years.");
    expect(s?.reasons.find((r) => r.startsWith("matches:"))).toMatch(/kept/);
  });

  it("says when a finding describes a practice the law prohibits", () => {
    const s = top("The sheriff shared plate data with a private company.");
    expect(s?.reasons).toContain("describes a practice the law prohibits: sharing with a private entity");
  });
});

describe("suggestRequirements: the most specific provision", () => {
  it("prefers a policy element over the list that contains it", () => {
    const s = top("The policy does not state how long ALPR data will be retained or when it will be destroyed.");
    expect(sameDuty(s?.citation, "1798.90.51(b)(2)(G)")).toBe(true);
  });

  it("chooses the whole list when the finding faults the policy as a whole", () => {
    const s = top("The department's ALPR policy lacks most of the required elements.");
    expect(sameDuty(s?.citation, "1798.90.51(b)(2)")).toBe(true);
    expect(s?.reasons).toContain("the finding faults the policy as a whole");
  });

  it("shows the operator's and the end-user's identical duty once, naming the other", () => {
    const { suggestions } = suggestRequirements(index, "The policy does not say how long data is kept.", { limit: 10 });
    const paths = suggestions.map((s) => short(s.citation).replace("1798.90.53", "1798.90.51"));
    expect(new Set(paths).size).toBe(paths.length);
    expect(suggestions[0]!.reasons.some((r) => /^the same duty applies under Cal\. Civ\. Code § 1798\.90\.5[13]\(b\)\(2\)\(G\)$/.test(r))).toBe(true);
  });
});

describe("suggestRequirements: calibrated confidence", () => {
  it.each([
    "The department's policy states that ALPR data is retained for 60 days and then purged.",
    "ALPR cameras read plates of passing vehicles and compare them to hot lists.",
    "Department members shall not use, or allow others to use the equipment or database records for any unauthorized purpose (Civil Code § 1798.90.51; Civil Code § 1798.90.53).",
    "The sheriff's office said it has never shared data with ICE.",
    "Critics worry the data could be misused to track immigrants.",
    "The council held two public hearings before approving the contract.",
  ])("stays below 0.5 for text that describes no violation: %s", (text) => {
    const { suggestions, deficiency } = suggestRequirements(index, text);
    expect(deficiency.describesDeficiency).toBe(false);
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.confidence).toBeLessThan(0.5);
    expect(suggestions[0]!.reasons).toContain("no deficiency language found");
  });

  it.each([
    "The Sacramento County Sheriff's Office shared its ALPR data with 1,119 entities, including out-of-state agencies.",
    "The county kept plate scans for five years and never purged them.",
    "None of the agencies had audited searches of the ALPR images by their staff.",
    "The department violated Civil Code section 1798.90.55(b) by sharing plate data with federal immigration authorities.",
  ])("reaches 0.5 for a clear finding: %s", (text) => {
    expect(top(text)?.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it("keeps every confidence between 0 and 1 and the ranking in order", () => {
    const { suggestions } = suggestRequirements(index, "No one audits who searches the database.", { limit: 10 });
    for (const s of suggestions) expect(s.confidence).toBeGreaterThanOrEqual(0), expect(s.confidence).toBeLessThanOrEqual(1);
    expect(suggestions[0]!.confidence).toBe(Math.max(...suggestions.map((s) => s.confidence)));
  });
});

describe("suggestRequirements: options and edge cases", () => {
  it("searches only the named checklist", () => {
    const { suggestions } = suggestRequirements(index, "The county kept plate scans for five years.", { checklist: "ca-alpr-end-user", limit: 10 });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) expect(s.requirementId.startsWith("ca-alpr-end-user.")).toBe(true);
  });

  it("returns at most `limit` suggestions", () => {
    expect(suggestRequirements(index, "The agency shared data and kept it for years.", { limit: 2 }).suggestions).toHaveLength(2);
  });

  it("returns nothing for blank text and for an empty catalog", () => {
    expect(suggestRequirements(index, "   ").suggestions).toEqual([]);
    expect(suggestRequirements(buildMappingIndex([]), "The county kept plate scans for five years.").suggestions).toEqual([]);
  });

  it("gives the same answer every time, and from a rebuilt index", () => {
    const text = "Officers ran searches without a case number, and nobody audits the logs.";
    const first = suggestRequirements(index, text, { limit: 10 });
    expect(suggestRequirements(index, text, { limit: 10 })).toEqual(first);
    expect(suggestRequirements(buildMappingIndex(requirements), text, { limit: 10 })).toEqual(first);
  });

  it("ranks a catalog whose citations do not parse by words alone", () => {
    const odd = requirements.filter((r) => r.checklistId === "ca-alpr-operator").map((r) => ({ ...r, citation: `Internal rule ${r.requirementId}` }));
    const s = suggestRequirements(buildMappingIndex(odd), "The county kept plate scans for five years.").suggestions[0];
    expect(s?.requirementId).toBe("ca-alpr-operator.retention");
  });
});
