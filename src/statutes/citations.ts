/**
 * Legal citations: parse, find in running text, and print in one canonical form.
 *
 * Findings, letters and bills cite the law in every style writers use —
 * "Civil Code section 1798.90.51", "Civ. Code, § 1798.90.51, subd. (b)(2)(A)",
 * "subparagraph (G) of paragraph (2) of subdivision (b) of Section 1798.90.51
 * of the Civil Code", "23 V.S.A. § 1607", "RSA 261:75-b, II" — and the service
 * must know they are the same provision. This module is the public face of a
 * pure engine (no I/O, clock or logger):
 *
 * - `citations-codes.ts`: the table of codes (names, aliases, numbering, print form);
 * - `citations-designators.ts`: recognizing code names in text;
 * - `citations-grammar.ts`, `citations-paths.ts`: section numbers, lists, ranges; subdivision paths;
 * - `citations-phrases.ts`, `citations-masks.ts`: locating citation phrases; masking URLs and file names;
 * - `citations-resolve.ts`: deciding each phrase's code (context, defaults, Id.);
 * - `citations-sections.ts`: checking numbers and paths against the code;
 * - `citations-format.ts`, `citations-legislation.ts`: canonical text; bills and session laws;
 * - `citations-types.ts`: shared shapes.
 *
 * `findCitations` returns the agreed shapes plus `codeFrom` on each citation
 * (explicit / context / default / id) and `kind` on each problem;
 * `findCitationsDetailed` adds the bills and session laws found on the way.
 *
 * Spans: a phrase that yields one citation gives it the whole phrase's span
 * ("Section 1798.90.51(b) of the Civil Code"). A phrase that lists several
 * gives each its own section number with its path and range ("1798.90.53" in
 * "Sections 1798.90.51 and 1798.90.53 of the Civil Code"); alternatives from a
 * shared prefix ("paragraphs (1) and (2) of subdivision (a) of Section …")
 * share the phrase's span.
 */
import { designatorsIn } from "./citations-designators.js";
import { scan } from "./citations-resolve.js";
import { codeIdentity, refForCode } from "./citations-sections.js";
import type { CodeRef } from "./citations-designators.js";
import type { Citation, DetailedFindResult, FindResult, FoundLegislation, Legislation } from "./citations-types.js";

export { formatCitation } from "./citations-format.js";
export { formatLegislation } from "./citations-legislation.js";
export type {
  Citation, CitationProblem, CitationProblemKind, CodeSource, DetailedFindResult, FindResult, FoundCitation, FoundLegislation, Legislation,
} from "./citations-types.js";

export type ParseContext = {
  /**
   * Code to use when the text names none: a code key ("civ", "pen", "vsa-23",
   * "minn-stat") or a code name ("Penal Code", "23 V.S.A.").
   */
  defaultCode?: string;
};

/** The code a caller means by a key or a name. */
function resolveDefault(code: string | undefined): CodeRef | undefined {
  if (!code) return undefined;
  const byKey = refForCode(code);
  if (byKey) return byKey;
  const d = designatorsIn(code).find((x) => x.ref && !x.missingTitle);
  return d?.ref;
}

/** The string without surrounding space, wrapping parentheses and trailing punctuation. */
function core(text: string): [number, number] {
  let a = 0;
  let b = text.length;
  for (;;) {
    const before = [a, b];
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /[\s.,;:]/.test(text[b - 1]!)) b--;
    if (text[a] === "(" && text[b - 1] === ")") a++, b--;
    if (before[0] === a && before[1] === b) return [a, b];
  }
}

/**
 * Every citation a string that is one citation phrase makes (a list gives several); [] otherwise.
 *
 * @example
 * parseCitations("Sections 1798.90.51 and 1798.90.53 of the Civil Code").map((c) => c.section)
 * // ["1798.90.51", "1798.90.53"]
 */
export function parseCitations(text: string, context: ParseContext = {}): Citation[] {
  const defaultCode = resolveDefault(context.defaultCode);
  const [a, b] = core(text);
  const attempt = (t: string, from: number, to: number): Citation[] => {
    const res = scan(t, { wholeString: true, ...(defaultCode ? { defaultCode } : {}) });
    if (res.problems.length || res.spans.length !== 1) return [];
    const [s, e] = res.spans[0]!;
    return s <= from && e >= to ? res.citations.map((c) => c.citation) : [];
  };
  const direct = attempt(text, a, b);
  if (direct.length || !/^\d/.test(text.slice(a))) return direct;
  // A bare number ("832.18", "13.824, subd. 3") is a section of the default code.
  return attempt(`§ ${text.slice(a, b)}`, 0, b - a + 2);
}

/**
 * Parse a string that is one citation into its canonical structure; null when it
 * is not one (prose, a bill number, an unknown code, a malformed path). For a
 * list ("Sections 1798.90.51 and 1798.90.53") the first is returned; use
 * {@link parseCitations} for all.
 *
 * @example
 * parseCitation("Civ. Code, § 1798.90.51, subd. (b)(2)(A)")
 * // { jurisdiction: "CA", code: "civ", codeName: "Civil Code", section: "1798.90.51", path: ["b", "2", "A"] }
 * parseCitation("§ 1607(a)", { defaultCode: "vsa-23" })?.code // "vsa-23"
 * parseCitation("SB 34") // null
 */
export function parseCitation(text: string, context: ParseContext = {}): Citation | null {
  return parseCitations(text, context)[0] ?? null;
}

/**
 * All citations in a text, with [start, end) offsets into it, plus problems for
 * citation-like phrases that cannot be resolved (unknown code, missing number,
 * unbalanced or mis-nested subdivisions). A section that names no code takes the
 * code named earlier in the same text; "Id." and "Ibid." repeat the last citation.
 * `codeFrom` says which happened; `kind` classifies each problem.
 *
 * @example
 * const { citations } = findCitations("Under Civil Code section 1798.90.51, and § 1798.90.52(a), operators …");
 * citations.map((c) => c.canonical)
 * // ["Cal. Civ. Code § 1798.90.51", "Cal. Civ. Code § 1798.90.52(a)"]
 */
export function findCitations(text: string): FindResult {
  const { citations, problems } = scan(text);
  return { citations, problems };
}

/**
 * Like {@link findCitations}, plus the bills and session laws in the text, in one pass.
 *
 * @example
 * const r = findCitationsDetailed("Government Code section 7070 … Section 7071 … SB 34 … Foo Code § 12");
 * r.citations.map((c) => c.codeFrom) // ["explicit", "context"]
 * r.problems[0]?.kind // "unknown-code"
 * r.legislation[0]?.canonical // "SB 34"
 */
export function findCitationsDetailed(text: string): DetailedFindResult {
  const { citations, problems, legislation } = scan(text);
  return { citations, problems, legislation };
}

/**
 * Bills and session laws in a text ("SB 34", "Senate Bill No. 210",
 * "Stats. 2015, ch. 532"), outside URLs; never code sections.
 *
 * @example
 * findLegislation("SB 34 (Hill, Chapter 532, Statutes of 2015)")[0]?.canonical // "SB 34 (2015), Stats. 2015, ch. 532"
 */
export function findLegislation(text: string): FoundLegislation[] {
  return scan(text).legislation;
}

/**
 * The code a name refers to, without a section: "Gov't Code", "Minn. Stat.", "23 V.S.A.".
 *
 * @example
 * lookupCode("Gov't Code") // { jurisdiction: "CA", code: "gov", codeName: "Government Code" }
 */
export function lookupCode(name: string): { jurisdiction: string; code: string; codeName: string } | null {
  const [a, b] = core(name);
  const d = designatorsIn(name).find((x) => x.start <= a && x.end >= b);
  if (!d?.ref || d.missingTitle) return null;
  const { code, codeName } = codeIdentity(d.ref);
  return { jurisdiction: d.ref.spec.jurisdiction, code, codeName };
}

/**
 * A bill or session-law reference that makes up the whole string; null otherwise.
 *
 * @example
 * parseLegislation("SB 34 (Hill, Chapter 532, Statutes of 2015)")
 * // { kind: "bill", chamber: "SB", number: "34", author: "Hill", chapter: "532", chapterYear: "2015" }
 */
export function parseLegislation(text: string): Legislation | null {
  const [a, b] = core(text);
  const found = scan(text).legislation.find((l) => l.start <= a && l.end >= b);
  return found?.legislation ?? null;
}
