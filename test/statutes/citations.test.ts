/**
 * Citation engine: the forms the team listed, 88 real strings from the reference
 * documents, problems for malformed citations, no false positives on prose,
 * offsets, context carry-over, round trips and a performance budget.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  findCitations, findCitationsDetailed, findLegislation, formatCitation, lookupCode, parseCitation, parseCitations, parseLegislation,
  type Citation,
} from "../../src/statutes/citations.js";
import { PROSE_CASES, REFERENCE_CASES } from "./citations-reference-table.js";

const REF = "/work/shared/reference";
const haveRef = existsSync(REF);
const read = (file: string) => readFileSync(join(REF, file), "utf8");

const civ = (section: string, path: string[] = [], extra: Partial<Citation> = {}): Citation => ({ jurisdiction: "CA", code: "civ", codeName: "Civil Code", section, path, ...extra });

/** The forms listed in the brief: input, canonical form, expected structure (subset). */
const FORMS: Array<[string, string, Partial<Citation>?]> = [
  ["Civil Code section 1798.90.51", "Cal. Civ. Code § 1798.90.51", civ("1798.90.51")],
  ["Civ. Code, § 1798.90.51, subd. (b)(2)(A)", "Cal. Civ. Code § 1798.90.51(b)(2)(A)", civ("1798.90.51", ["b", "2", "A"])],
  ["Cal. Civ. Code § 1798.90.51(b)(2)(A)", "Cal. Civ. Code § 1798.90.51(b)(2)(A)", civ("1798.90.51", ["b", "2", "A"])],
  ["Section 1798.90.51(b) of the Civil Code", "Cal. Civ. Code § 1798.90.51(b)", civ("1798.90.51", ["b"])],
  ["subdivision (b) of Section 1798.90.51", "Cal. Civ. Code § 1798.90.51(b)", civ("1798.90.51", ["b"])],
  ["sections 1798.90.5 to 1798.90.55, inclusive", "Cal. Civ. Code §§ 1798.90.5–1798.90.55", civ("1798.90.5", [], { rangeEnd: { section: "1798.90.55", path: [] } })],
  ["1798.90.52(a)(4)", "Cal. Civ. Code § 1798.90.52(a)(4)", civ("1798.90.52", ["a", "4"])],
  ["Penal Code 832.18", "Cal. Penal Code § 832.18", { jurisdiction: "CA", code: "pen", codeName: "Penal Code", section: "832.18", path: [] }],
  ["Gov. Code § 7071", "Cal. Gov. Code § 7071", { jurisdiction: "CA", code: "gov", codeName: "Government Code", section: "7071" }],
  ["23 V.S.A. § 1607", "Vt. Stat. Ann. tit. 23, § 1607", { jurisdiction: "VT", code: "vsa-23", section: "1607", path: [] }],
  ["Minn. Stat. § 13.824", "Minn. Stat. § 13.824", { jurisdiction: "MN", code: "minn-stat", section: "13.824", path: [] }],
  ["Utah Code § 41-6a-2003", "Utah Code Ann. § 41-6a-2003", { jurisdiction: "UT", code: "utah-code", section: "41-6a-2003" }],
  ["N.H. RSA 261:75-b", "N.H. Rev. Stat. Ann. § 261:75-b", { jurisdiction: "NH", code: "rsa", section: "261:75-b" }],
  ["Cal. Civil Code §1798.90.51", "Cal. Civ. Code § 1798.90.51", civ("1798.90.51")],
  ["CA Civ Code 1798.90.51", "Cal. Civ. Code § 1798.90.51", civ("1798.90.51")],
  ["California Civil Code Section 1798.90.51(b)(2)", "Cal. Civ. Code § 1798.90.51(b)(2)", civ("1798.90.51", ["b", "2"])],
  ["§§ 1798.90.5–1798.90.55", "Cal. Civ. Code §§ 1798.90.5–1798.90.55", { rangeEnd: { section: "1798.90.55", path: [] } }],
  ["§§ 1798.90.5-1798.90.55", "Cal. Civ. Code §§ 1798.90.5–1798.90.55"],
  ["§§ 1798.90.5 through 1798.90.55", "Cal. Civ. Code §§ 1798.90.5–1798.90.55"],
  ["§§ 1798.90.5 to 1798.90.55, inclusive", "Cal. Civ. Code §§ 1798.90.5–1798.90.55"],
  ["paragraph (2) of subdivision (b) of Section 1798.90.51", "Cal. Civ. Code § 1798.90.51(b)(2)", civ("1798.90.51", ["b", "2"])],
  ["subparagraph (G) of paragraph (2) of subdivision (b) of Section 1798.90.51 of the Civil Code", "Cal. Civ. Code § 1798.90.51(b)(2)(G)", civ("1798.90.51", ["b", "2", "G"])],
  ["Section 1798.90.51, subdivision (b)(2)(G)", "Cal. Civ. Code § 1798.90.51(b)(2)(G)", civ("1798.90.51", ["b", "2", "G"])],
  ["Vehicle Code section 2413", "Cal. Veh. Code § 2413", { code: "veh", codeName: "Vehicle Code", section: "2413" }],
  ["Veh. Code § 2413", "Cal. Veh. Code § 2413", { code: "veh" }],
  ["Gov't Code § 7071", "Cal. Gov. Code § 7071", { code: "gov" }],
  ["Government Code Sections 7070 to 7075, inclusive", "Cal. Gov. Code §§ 7070–7075", { code: "gov", section: "7070", rangeEnd: { section: "7075", path: [] } }],
  ["Pen. Code, § 832.18, subd. (b)(1)", "Cal. Penal Code § 832.18(b)(1)", { code: "pen", path: ["b", "1"] }],
  ["Vt. Stat. Ann. tit. 23, § 1607", "Vt. Stat. Ann. tit. 23, § 1607", { code: "vsa-23" }],
  ["23 V.S.A. §§ 1607-1608", "Vt. Stat. Ann. tit. 23, §§ 1607–1608", { section: "1607", rangeEnd: { section: "1608", path: [] } }],
  ["Minn. Stat. § 13.824, subd. 3", "Minn. Stat. § 13.824, subd. 3", { code: "minn-stat", path: ["3"] }],
  ["Minnesota Statutes, section 13.824, subdivision 2", "Minn. Stat. § 13.824, subd. 2", { code: "minn-stat", path: ["2"] }],
  ["Utah Code Ann. § 41-6a-2003(2)(a)", "Utah Code Ann. § 41-6a-2003(2)(a)", { path: ["2", "a"] }],
  ["RSA 261:75-b, II", "N.H. Rev. Stat. Ann. § 261:75-b, II", { code: "rsa", path: ["II"] }],
  ["Md. Code Ann., Pub. Safety § 3-509", "Md. Code Ann., Pub. Safety § 3-509", { jurisdiction: "MD", code: "md-pub-safety", section: "3-509" }],
  ["Ark. Code Ann. § 12-12-1803", "Ark. Code Ann. § 12-12-1803", { jurisdiction: "AR", code: "ark-code", section: "12-12-1803" }],
  ["625 ILCS 5/2-130", "625 Ill. Comp. Stat. 5/2-130", { jurisdiction: "IL", code: "ilcs", section: "5/2-130", title: "625" }],
  ["18 U.S.C. § 2721", "18 U.S.C. § 2721", { jurisdiction: "US", code: "usc-18", section: "2721" }],
  ["42 U.S.C. 1983", "42 U.S.C. § 1983", { jurisdiction: "US", code: "usc-42", section: "1983" }],
  // More everyday variants.
  ["CAL. CIV. CODE § 1798.90.51", "Cal. Civ. Code § 1798.90.51"],
  ["Civ.Code §1798.90.51", "Cal. Civ. Code § 1798.90.51"],
  ["section 1798.90.51(b)(2)(G) of the California Civil Code", "Cal. Civ. Code § 1798.90.51(b)(2)(G)"],
  ["Civil Code § 1798.90.51(b)(2)(A)-(G)", "Cal. Civ. Code § 1798.90.51(b)(2)(A)–(G)", { path: ["b", "2", "A"], rangeEnd: { section: "1798.90.51", path: ["b", "2", "G"] } }],
  ["Civil Code section 1798.90.51, subdivision (b), paragraph (2)", "Cal. Civ. Code § 1798.90.51(b)(2)"],
  ["Cal. Civ. Code Ann. § 1798.90.51 (West 2024)", "Cal. Civ. Code § 1798.90.51"],
  ["PC 832.18", "Cal. Penal Code § 832.18"],
  ["Welf. & Inst. Code § 5150", "Cal. Welf. & Inst. Code § 5150", { code: "welf-inst" }],
  ["Code Civ. Proc., § 1094.5", "Cal. Civ. Proc. Code § 1094.5", { code: "civ-proc" }],
  ["Cal. Code Regs. tit. 11, § 999.224", "Cal. Code Regs. tit. 11, § 999.224", { code: "ccr-11" }],
  ["Cal. Const., art. I, § 1", "Cal. Const. art. I, § 1", { code: "cal-const", title: "art. I", section: "1" }],
  ["Title 18, United States Code, Section 2721", "18 U.S.C. § 2721"],
  ["18 U.S.C. §§ 2721-2725", "18 U.S.C. §§ 2721–2725"],
  ["28 C.F.R. § 23.20", "28 C.F.R. § 23.20", { code: "cfr-28" }],
  ["Minnesota Statutes 2022, section 13.824", "Minn. Stat. § 13.824"],
  ["A.C.A. § 12-12-1803", "Ark. Code Ann. § 12-12-1803"],
  ["Annotated Code of Maryland, Public Safety Article, § 3-509", "Md. Code Ann., Pub. Safety § 3-509"],
  ["Fla. Stat. § 316.0777", "Fla. Stat. § 316.0777", { jurisdiction: "FL", code: "fla-stat" }],
  ["RSA 261:75-b, I-VI", "N.H. Rev. Stat. Ann. § 261:75-b, I–VI", { path: ["I"], rangeEnd: { section: "261:75-b", path: ["VI"] } }],
  ["Civil Code § 1798.90.51(b)(1)-(2)(B)", "Cal. Civ. Code § 1798.90.51(b)(1)–(2)(B)", { path: ["b", "1"], rangeEnd: { section: "1798.90.51", path: ["b", "2", "B"] } }],
  ["Civil Code §§ 1798.90.51-.53", "Cal. Civ. Code §§ 1798.90.51–1798.90.53"],
  ["Minn. Stat. § 13.824, subd. 2(b)", "Minn. Stat. § 13.824, subd. 2(b)", { path: ["2", "b"] }],
  ["Utah Code Ann. § 41-6a-2004(1)(c)(ii)", "Utah Code Ann. § 41-6a-2004(1)(c)(ii)", { path: ["1", "c", "ii"] }],
];

describe("parseCitation: the listed forms", () => {
  it.each(FORMS)("%s → %s", (input, canonical, structure) => {
    const c = parseCitation(input);
    expect(c).not.toBeNull();
    expect(formatCitation(c!)).toBe(canonical);
    if (structure) expect(c).toMatchObject(structure);
  });

  it("gives a list one citation per section (parseCitations), the first from parseCitation", () => {
    expect(parseCitations("Civil Code Sections 1798.90.51 and 1798.90.53").map(formatCitation)).toEqual(["Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.53"]);
    expect(parseCitations("§§ 1798.90.51, 1798.90.52").map((c) => c.section)).toEqual(["1798.90.51", "1798.90.52"]);
    expect(parseCitations("paragraphs (1) and (2) of subdivision (a) of Section 1798.90.52").map((c) => c.path)).toEqual([["a", "1"], ["a", "2"]]);
    expect(parseCitations("Civil Code § 1798.90.51(a) and (b)").map((c) => c.path)).toEqual([["a"], ["b"]]);
    expect(parseCitations("Civ. Code, §§ 1798.90.51, 1798.90.53, subd. (b)(2)").map(formatCitation)).toEqual(["Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.53(b)(2)"]);
    expect(parseCitation("Sections 1798.90.51 and 1798.90.53 of the Civil Code")?.section).toBe("1798.90.51");
  });

  it("takes a default code for bare sections", () => {
    expect(parseCitation("§ 1607(a)", { defaultCode: "vsa-23" })).toMatchObject({ code: "vsa-23", section: "1607", path: ["a"] });
    expect(parseCitation("section 12", { defaultCode: "Penal Code" })).toMatchObject({ code: "pen", section: "12" });
    expect(parseCitation("832.18", { defaultCode: "pen" })).toMatchObject({ code: "pen", section: "832.18" });
    expect(parseCitation("§ 1607")).toBeNull();
  });

  it("does not read bills, session laws or prose as code sections", () => {
    for (const s of ["SB 34", "Senate Bill 34", "SB 34 (Hill, Chapter 532, Statutes of 2015)", "Stats. 2015, ch. 532", "Policy 462.4", "$2,500", "Gov't Code"]) {
      expect(parseCitation(s), s).toBeNull();
    }
  });

  it("parses bills and session laws separately", () => {
    expect(parseLegislation("SB 34 (Hill, Chapter 532, Statutes of 2015)")).toEqual({ kind: "bill", chamber: "SB", number: "34", author: "Hill", chapter: "532", chapterYear: "2015" });
    expect(parseLegislation("Senate Bill No. 210")).toEqual({ kind: "bill", chamber: "SB", number: "210" });
    expect(parseLegislation("Stats. 2021, ch. 406")).toEqual({ kind: "session-law", year: "2021", chapter: "406" });
    const text = "SB 34 (Hill, Chapter 532, Statutes of 2015) added Civil Code sections 1798.90.5 to 1798.90.55, inclusive.";
    expect(findLegislation(text).map((l) => l.canonical)).toEqual(["SB 34 (2015), Stats. 2015, ch. 532"]);
    expect(findCitations(text).citations.map((c) => c.canonical)).toEqual(["Cal. Civ. Code §§ 1798.90.5–1798.90.55"]);
    expect(findCitations("SB 34 and AB 1076 (Kiley, 2021) died.")).toEqual({ citations: [], problems: [] });
    expect(findCitationsDetailed("SB 34 and AB 1076 (Kiley, 2021) died.").legislation.map((l) => l.canonical)).toEqual(["SB 34", "AB 1076 (2021)"]);
  });

  it("looks up a code by name alone", () => {
    expect(lookupCode("Gov't Code")).toEqual({ jurisdiction: "CA", code: "gov", codeName: "Government Code" });
    expect(lookupCode("23 V.S.A.")).toMatchObject({ code: "vsa-23" });
    expect(lookupCode("Foo Code")).toBeNull();
  });
});

describe("real citations from the reference documents", () => {
  it("has at least 60 of them", () => expect(REFERENCE_CASES.length).toBeGreaterThanOrEqual(60));

  it.each(REFERENCE_CASES.map((c) => [`${c.file}: ${c.text}`, c] as const))("%s", (_, c) => {
    if (haveRef) expect(read(c.file)).toContain(c.text);
    const got = parseCitations(c.text, c.context ? { defaultCode: c.context } : {});
    expect(got.map(formatCitation)).toEqual(c.canonical);
    if (c.first) expect(got[0]).toMatchObject(c.first);
  });
});

describe("problems: reported, never dropped", () => {
  const cases: Array<[string, string]> = [
    ["§ 1798.90.51(b)(2", "unbalanced"],
    ["Foo Code § 12", "unknown-code"],
    ["Texas Penal Code § 12.01", "unknown-code"],
    ["Civil Code section", "missing-section"],
    ["Under Civil Code section, the operator must act.", "missing-section"],
    ["§ 1798.90.51(b)(2)(7)", "bad-nesting"],
    ["Utah Code Ann. § 41-6a-2003(a)(2)", "bad-nesting"],
    ["§ 4521", "missing-code"],
    ["U.S.C. § 2721", "missing-title"],
    ["Id. § 5", "dangling-id"],
    ["Civil Code § 12-34-56", "bad-section"],
    ["Minn. Stat. § 1607", "bad-section"],
    ["Oakland Municipal Code § 9.64.010", "unknown-code"],
  ];
  it.each(cases)("%s → %s", (text, kind) => {
    expect(findCitations(text).problems.length).toBeGreaterThan(0);
    const { citations, problems } = findCitationsDetailed(text);
    expect(citations).toEqual([]);
    expect(problems.map((p) => p.kind)).toContain(kind);
    for (const p of problems) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      expect(p.message.length).toBeGreaterThan(20);
    }
    expect(parseCitation(text)).toBeNull();
  });

  it("reports a section that follows an unrecognized code instead of guessing", () => {
    const { citations, problems } = findCitationsDetailed("OAKLAND MUNICIPAL CODE CHAPTER 9.64\n§ 9.64.010. Definitions.");
    expect(citations).toEqual([]);
    expect(problems).toMatchObject([{ text: "§ 9.64.010", kind: "unknown-code" }]);
  });
});

describe("no false positives on prose", () => {
  it.each(PROSE_CASES.map((c) => [c.text, c] as const))("%s", (_, c) => {
    if (haveRef) expect(read(c.file)).toContain(c.text);
    expect(findCitations(c.text)).toMatchObject({ citations: [], problems: [] });
    // Even after a passage that named a code.
    const after = findCitations(`Civil Code § 1798.90.51 applies.\n${c.text}`);
    expect(after.citations.map((x) => x.text)).toEqual(["Civil Code § 1798.90.51"]);
    expect(after.problems).toEqual([]);
  });

  it("ignores dates, money, phone numbers, policy numbers and internal references", () => {
    const text = "In subdivision (a) the agency must act. See section 3 of this policy. Call (650) 522-7700 by January 1, 2016; fines up to $2,500 per 1,000 scans. Policy 462.4 and SOP 205.5.1 apply; General Order 10/12; subdivision (b) of this section.";
    expect(findCitations(text)).toMatchObject({ citations: [], problems: [] });
    expect(findCitations(`Civil Code § 1798.90.51.\n\n${text}`).citations).toHaveLength(1);
  });

  it("ignores URLs and file names that contain section numbers", () => {
    const text = "https://california.public.law/codes/ca_civ_code_section_1798.90.51 and civ_1798.90.5-55_SB34_ALPR.txt and lawCode=CIV&section=1798.90.52";
    expect(findCitations(text)).toMatchObject({ citations: [], problems: [] });
  });
});

describe("findCitations", () => {
  it("returns the agreed shapes (plus codeFrom and kind)", () => {
    const text = "Civ. Code, § 1798.90.51, subd. (b)(2)(A); Foo Code § 12";
    expect(findCitations(text)).toEqual({
      citations: [{ text: "Civ. Code, § 1798.90.51, subd. (b)(2)(A)", start: 0, end: 40, canonical: "Cal. Civ. Code § 1798.90.51(b)(2)(A)", citation: civ("1798.90.51", ["b", "2", "A"]), codeFrom: "explicit" }],
      problems: [{ text: "Foo Code § 12", start: 42, end: 55, message: expect.stringContaining("Foo Code"), kind: "unknown-code" }],
    });
  });

  it("gives offsets into the original text", () => {
    const text = "Under Civil Code section 1798.90.51, operators must post a policy (Civ. Code, § 1798.90.51, subd. (b)(1)); see also 23 V.S.A. §§ 1607-1608.";
    const { citations } = findCitations(text);
    expect(citations.map((c) => c.text)).toEqual(["Civil Code section 1798.90.51", "Civ. Code, § 1798.90.51, subd. (b)(1)", "23 V.S.A. §§ 1607-1608"]);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it.each([
    ["Civ. Code § 1798.90.51(b)(2)(G) and (F)", ["Cal. Civ. Code § 1798.90.51(b)(2)(G)", "Cal. Civ. Code § 1798.90.51(b)(2)(F)"]],
    ["Cal. Civ. Code § 1798.90.51(a), (b)(1), and (2)", ["Cal. Civ. Code § 1798.90.51(a)", "Cal. Civ. Code § 1798.90.51(b)(1)", "Cal. Civ. Code § 1798.90.51(b)(2)"]],
    ["§ 1798.90.51(a) and (b)", ["Cal. Civ. Code § 1798.90.51(a)", "Cal. Civ. Code § 1798.90.51(b)"]],
    ["Gov. Code, § 7071, subd. (d)(1) and (3)", ["Cal. Gov. Code § 7071(d)(1)", "Cal. Gov. Code § 7071(d)(3)"]],
    ["Minn. Stat. § 13.824, subd. 2(a) and (b)", ["Minn. Stat. § 13.824, subd. 2(a)", "Minn. Stat. § 13.824, subd. 2(b)"]],
  ])("reads a path written short after another as continuing it: %s", (text, canonicals) => {
    const { citations, problems } = findCitations(text);
    expect(problems).toEqual([]);
    expect(citations.map((c) => c.canonical)).toEqual(canonicals);
  });

  it.each([
    ["subdivision (b)(2)(G) of Civil Code section 1798.90.51", "Cal. Civ. Code § 1798.90.51(b)(2)(G)"],
    ["paragraph (2) of subdivision (b) of the Civil Code, section 1798.90.51", "Cal. Civ. Code § 1798.90.51(b)(2)"],
    ["subdivision (b) of Cal. Civ. Code § 1798.90.55", "Cal. Civ. Code § 1798.90.55(b)"],
    ["Cal. Civ. Code § 1798.90.51, subsection (b)", "Cal. Civ. Code § 1798.90.51(b)"],
  ])("reads the subdivision when the code is named before the section, or called a subsection: %s", (text, canonical) => {
    const { citations, problems } = findCitations(text);
    expect(problems).toEqual([]);
    expect(citations.map((c) => [c.text, c.canonical])).toEqual([[text, canonical]]);
  });

  it("gives each item of a list its own span", () => {
    const text = "Sections 1798.90.51 and 1798.90.53 of the Civil Code; Gov. Code §§ 7071, subd. (b), (d)(2); 7072, subd. (a).";
    const { citations } = findCitations(text);
    expect(citations.map((c) => [c.text, c.canonical])).toEqual([
      ["1798.90.51", "Cal. Civ. Code § 1798.90.51"],
      ["1798.90.53", "Cal. Civ. Code § 1798.90.53"],
      ["7071, subd. (b)", "Cal. Gov. Code § 7071(b)"],
      ["(d)(2)", "Cal. Gov. Code § 7071(d)(2)"],
      ["7072, subd. (a)", "Cal. Gov. Code § 7072(a)"],
    ]);
    for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("carries the code named earlier to bare sections", () => {
    const text = "Government Code section 7070 defines terms. Section 7071 requires approval, and § 7072(a) an annual report.";
    expect(findCitationsDetailed(text).citations.map((c) => [c.canonical, c.codeFrom])).toEqual([
      ["Cal. Gov. Code § 7070", "explicit"],
      ["Cal. Gov. Code § 7071", "context"],
      ["Cal. Gov. Code § 7072(a)", "context"],
    ]);
    const vt = "23 V.S.A. § 1607 governs ALPR.\nOfficers are certified under 20 V.S.A. § 2358.\n§ 1608 covers preservation.";
    expect(findCitations(vt).citations.map((c) => c.canonical)).toEqual(["Vt. Stat. Ann. tit. 23, § 1607", "Vt. Stat. Ann. tit. 20, § 2358", "Vt. Stat. Ann. tit. 23, § 1608"]);
  });

  it("defaults a bare 1798.x section to the Civil Code and expands Utah/Arkansas short forms", () => {
    const text = "The Civil Code governs ALPR. Under section 1798.90.51, operators adopt a policy; § 1798.90.52(a) requires a log.";
    expect(findCitations(text).citations.map((c) => c.canonical)).toEqual(["Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.52(a)"]);
    const ar = "Ark. Code Ann. §§ 12-12-1801 to -1808. COMPLETENESS: §§ 1804, 1805 FULL.";
    expect(findCitations(ar).citations.map((c) => c.citation.section)).toEqual(["12-12-1801", "12-12-1804", "12-12-1805"]);
  });

  it("resolves Id. and Ibid. to the previous citation", () => {
    const text = "Civil Code § 1798.90.51. Id. § 1798.90.52. (Id., subd. (b).) (Ibid.)";
    expect(findCitationsDetailed(text).citations.map((c) => [c.text, c.canonical, c.codeFrom])).toEqual([
      ["Civil Code § 1798.90.51", "Cal. Civ. Code § 1798.90.51", "explicit"],
      ["Id. § 1798.90.52", "Cal. Civ. Code § 1798.90.52", "id"],
      ["Id., subd. (b)", "Cal. Civ. Code § 1798.90.52(b)", "id"],
      ["Ibid.", "Cal. Civ. Code § 1798.90.52(b)", "id"],
    ]);
  });

  it("reads Legislative Counsel's titles", () => {
    const text = "An act to amend Sections 1798.29 and 1798.82 of, and to add Title 1.81.23 (commencing with Section 1798.90.5) to Part 4 of Division 3 of, the Civil Code, relating to personal information. SECTION 1. Section 15009 is added to the Government Code, to read:";
    expect(findCitations(text).citations.map((c) => [c.text, c.canonical])).toEqual([
      ["1798.29", "Cal. Civ. Code § 1798.29"],
      ["1798.82", "Cal. Civ. Code § 1798.82"],
      ["Section 1798.90.5", "Cal. Civ. Code § 1798.90.5"],
      ["Section 15009", "Cal. Gov. Code § 15009"],
    ]);
  });
});

describe.skipIf(!haveRef)("over the reference documents", () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) (statSync(join(d, f)).isDirectory() ? walk(join(d, f)) : files.push(join(d, f)));
  };
  if (haveRef) walk(REF);

  it("every span is exact and every canonical form parses back to the same citation", () => {
    let n = 0;
    for (const f of files) {
      const text = readFileSync(f, "utf8");
      const { citations, problems, legislation } = findCitationsDetailed(text);
      for (const x of [...citations, ...problems, ...legislation]) expect(text.slice(x.start, x.end), f).toBe(x.text);
      for (const c of citations) {
        expect(parseCitation(c.canonical), c.canonical).toEqual(c.citation);
        expect(formatCitation(parseCitation(c.canonical)!)).toBe(c.canonical);
        n++;
      }
    }
    expect(n).toBeGreaterThan(400);
  });

  it("finds no problems and no unexpected codes in the agency policies", () => {
    const allowed = /^(?:Cal\. Civ\. Code § 1798|Cal\. Gov\. Code § (?:34090|6255)|Minn\. Stat\. § |Fla\. Stat\. § )/;
    for (const f of files.filter((p) => p.includes("/policies/"))) {
      const { citations, problems } = findCitations(readFileSync(f, "utf8"));
      expect(problems, f).toEqual([]);
      for (const c of citations) expect(c.canonical, `${f}: ${c.text}`).toMatch(allowed);
    }
  });
});

describe("hostile input", () => {
  // Speed is measured in `npm run bench -- citations`; here only that these finish and find nothing false.
  it.each(["section 1, ".repeat(2000), "subdivision (a) of ".repeat(1000), "1".repeat(20_000), "1798.90.51-".repeat(1000), "Code ".repeat(4000), "(".repeat(10_000)])("reads hostile input #%# without a citation it cannot support", (bad) => {
    const { citations } = findCitations(bad);
    for (const c of citations) expect(bad.slice(c.start, c.end)).toBe(c.text);
  });
});
