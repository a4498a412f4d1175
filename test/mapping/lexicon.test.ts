/**
 * The mapper's text machinery: stems, words, topic features, the phrase rules'
 * trigger words and the regex prefilters (both must never hide a real match),
 * and the fast reading of catalog citations.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { requirementCitation } from "../../src/mapping/mapping.index-parts.js";
import { analyzeText, phraseRules, stemWord, wordsOf } from "../../src/mapping/mapping.lexicon.js";
import { mayMatch, prefilterOf } from "../../src/mapping/mapping.prefilter.js";
import type { MappableRequirement } from "../../src/mapping/mapping.engine.js";
import { parseCitation } from "../../src/statutes/citations.js";
import { readCases, shippedCatalog } from "./mapping-support.js";

let requirements: MappableRequirement[];
let corpus: string[];
beforeAll(async () => {
  ({ requirements } = await shippedCatalog());
  corpus = [
    ...["2019-118", "held-out-style", "held-out-late", "held-out-final", "held-out-untuned"].flatMap(readCases).map((c) => c.text),
    ...requirements.flatMap((r) => [r.title, r.text, r.summary, ...r.concepts.flatMap((c) => [c.description, ...c.terms])]),
  ];
});

describe("stemWord and wordsOf", () => {
  it.each([
    ["shared", "sharing"],
    ["searches", "search"],
    ["retained", "retaining"],
    ["policies", "policy"],
    ["logged", "logs"],
  ])("%s and %s share a stem", (a, b) => {
    expect(stemWord(a)).toBe(stemWord(b));
  });

  it("keeps hyphenated words whole and split, and trims quotes", () => {
    expect(wordsOf("Out-of-state agencies' 'access'")).toEqual(["out-of-state", "out", "of", "state", "agencies", "access"]);
  });
});

describe("analyzeText", () => {
  it.each([
    ["The county kept plate scans for five years.", "@retain"],
    ["Data was never purged.", "@retain"],
    ["The sheriff sold the reads to a data broker.", "@share"],
    ["Shared with agencies in other states.", "@outside-recipient"],
    ["Nobody audits who searches the database.", "@audit"],
    ["Officers ran searches without a case number.", "@purpose"],
    ["The city council never held a public hearing.", "@public-meeting"],
    ["The camera misread the plate.", "@accuracy"],
    ["Default passwords left the server exposed.", "@security"],
  ])("gives %j the topic %s", (text, topic) => {
    expect(analyzeText(text).features.has(topic)).toBe(true);
  });

  it("does not read names and attributions as duties", () => {
    expect(analyzeText("The county gave the Department of Homeland Security access.").features.has("@security")).toBe(false);
    expect(analyzeText("A state audit found the sheriff shared data widely.").features.has("@audit")).toBe(false);
  });
});

describe("phrase rule triggers", () => {
  it("are necessary: every match of a rule's expression contains one of its trigger words", () => {
    for (const rule of phraseRules()) {
      for (const text of corpus) {
        const lower = text.toLowerCase().replace(/\s+/g, " ");
        if (!rule.re.test(lower)) continue;
        const words = new Set(wordsOf(lower));
        expect({ rule: rule.re.source, text, triggered: rule.triggers.some((t) => words.has(t)) }).toMatchObject({ triggered: true });
      }
    }
  });
});

describe("prefilterOf", () => {
  it.each([
    ["\\b(login|password)s?\\b", ["login", "password"]],
    ["\\b\\d+\\s*(days?|years?)\\b", ["day", "year"]],
    ["\\bCJIS\\b", ["cjis"]],
    ["\\b\\d{1,3}(,\\d{3})*\\b", null],
    ["(?<=no )policy|audit(?!or)", ["policy", "audit"]],
  ] as const)("%s needs %j", (source, expected) => {
    expect(prefilterOf(source)).toEqual(expected);
  });

  it("never rules out a text a catalog pattern matches", () => {
    const patterns = [...new Set(requirements.flatMap((r) => r.concepts.flatMap((c) => c.patterns)))];
    for (const source of patterns) {
      const re = new RegExp(source, "iu");
      const prefilter = prefilterOf(source);
      for (const text of corpus) if (re.test(text)) expect({ source, text, ok: mayMatch(prefilter, text.toLowerCase().replace(/\s+/g, " ")) }).toMatchObject({ ok: true });
    }
  });
});

describe("requirementCitation", () => {
  it("reads every shipped requirement's citation as the citation engine does", () => {
    const codes = new Map();
    for (const r of requirements) {
      const full = parseCitation(r.citation)!;
      expect(requirementCitation(r.citation, codes)).toMatchObject({ jurisdiction: full.jurisdiction, code: full.code, section: full.section, path: full.path });
    }
  });
});
