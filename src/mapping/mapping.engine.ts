/**
 * The finding mapper: which statutory requirement does a finding describe a
 * violation of? Auditors, reporters, lawyers and advocates write "kept plate
 * scans for five years", "shared with ICE", "no one audits who searches the
 * database"; the engine ranks the catalog's requirements by how well each
 * explains the text and says why, in words an auditor can judge.
 *
 * Pure: no database, clock or logger. The pieces:
 * - `mapping.vocabulary.ts`, `mapping.lexicon.ts`: synonyms as data; stems and topic features;
 * - `mapping.deficiency.ts`: whether the text describes a deficiency, and of what kind;
 * - `mapping.index.ts` (with `mapping.rows.ts`, `mapping.index-parts.ts`,
 *   `mapping.prefilter.ts`): the prebuilt inverted index (`buildMappingIndex`);
 * - `mapping.citations.ts`, `mapping.score.ts`: the signals and the ranking;
 * - this file: merging parallel provisions, calibrated confidence, reasons.
 */
import { citationSignals, maskSpans } from "./mapping.citations.js";
import { detectDeficiency, type Deficiency } from "./mapping.deficiency.js";
import type { MappingIndex } from "./mapping.index.js";
import { TOPIC_LABELS, analyzeText, jurisdictionsOf, type Analysis } from "./mapping.lexicon.js";
import { explainMatch, scoreRequirements, type Scored } from "./mapping.score.js";
import type { SuggestOptions, SuggestResult, Suggestion } from "./mapping.types.js";

export { buildMappingIndex, type MappingIndex } from "./mapping.index.js";
export type { MappableRequirement, Suggestion, SuggestOptions, SuggestResult } from "./mapping.types.js";

/** Confidence never reaches this without deficiency language: "very likely violated" needs a violation. */
const NO_DEFICIENCY_CAP = 0.4;

/**
 * Calibrated confidence. For the first suggestion: how strong its evidence is
 * and how far it leads the runner-up (a cited provision counts as strong
 * evidence); for the others: their share of the first one's score, kept below
 * the "very likely" line. Text without deficiency language is capped, since a
 * requirement cannot be "very likely violated" by a passage that reports no
 * violation.
 */
function confidenceOf(score: number, first: number, runnerUp: number, d: Deficiency, cited: boolean): number {
  const strength = 1 - Math.exp(-score / 9);
  let c: number;
  if (score >= first) {
    const lead = score <= 0 ? 0 : Math.min(1, (score - runnerUp) / score + 0.45);
    c = strength * lead;
    if (cited) c = Math.max(c, 0.6 * strength + 0.3);
  } else c = Math.min(0.45, strength * 0.5 * (score / first) ** 2);
  c *= d.describesDeficiency ? Math.min(1, 0.75 + d.strength / 4) : NO_DEFICIENCY_CAP / 0.9;
  if (!d.describesDeficiency) c = Math.min(c, NO_DEFICIENCY_CAP);
  return Math.round(Math.max(0, Math.min(0.99, c)) * 100) / 100;
}

function reasonsFor(index: MappingIndex, s: Scored, analysis: Analysis, d: Deficiency, twins: string[]): string[] {
  const reasons: string[] = [];
  if (s.citation) reasons.push(s.citation.reason);
  const matched = explainMatch(index, s, analysis);
  const words = matched.filter((m) => !m.startsWith("@")).slice(0, 6);
  const topics = matched.filter((m) => m.startsWith("@")).slice(0, 3).map((m) => TOPIC_LABELS[m] ?? m.slice(1));
  if (words.length) reasons.push(`matches: ${words.join(", ")}`);
  if (topics.length) reasons.push(`about: ${topics.join("; ")}`);
  if (s.kindNote) reasons.push(s.kindNote);
  const e = index.entries[s.index]!;
  if (e.children.length && !d.wholePolicy) reasons.push("covers several elements; a more specific one may fit better");
  if (e.children.length && d.wholePolicy) reasons.push("the finding faults the policy as a whole");
  for (const t of twins) reasons.push(`the same duty applies under ${t}`);
  if (!d.describesDeficiency) reasons.push("no deficiency language found");
  return reasons;
}

/**
 * Ranks the catalog's requirements for a finding and explains each suggestion.
 * Parallel provisions (the operator's and the end-user's identical duties) are
 * shown once, the better-scoring first, with the other named in the reasons.
 *
 * @example
 * const index = buildMappingIndex(requirements);
 * const { suggestions, deficiency } = suggestRequirements(index, "The county kept plate scans for five years.");
 * suggestions[0]?.citation // "Cal. Civ. Code § 1798.90.51(b)(2)(G)"
 * deficiency.describesDeficiency // true
 */
export function suggestRequirements(index: MappingIndex, text: string, opts: SuggestOptions = {}): SuggestResult {
  const limit = Math.min(Math.max(Math.trunc(opts.limit ?? 5), 1), 50);
  const d = detectDeficiency(text);
  const deficiency = { describesDeficiency: d.describesDeficiency, cues: d.cues };
  if (!text.trim() || index.entries.length === 0) return { suggestions: [], deficiency };
  const cites = citationSignals(index, text);
  const analysis = analyzeText(maskSpans(text, cites.spans));
  analysis.jurisdictions = jurisdictionsOf(text);
  const scored = scoreRequirements(index, analysis, text, d, cites.hits, opts.checklist ? { checklist: opts.checklist } : {}).filter((s) => s.score > 0);

  const shown: { s: Scored; twins: string[] }[] = [];
  const merged = new Set<number>();
  for (const s of scored) {
    if (merged.has(s.index)) continue;
    const twins = index.entries[s.index]!.twins.filter((t) => !merged.has(t));
    for (const t of twins) merged.add(t);
    shown.push({ s, twins: twins.map((t) => index.entries[t]!.req.citation) });
    if (shown.length === limit + 1) break;
  }
  const suggestions: Suggestion[] = shown.slice(0, limit).map(({ s, twins }, k) => {
    const e = index.entries[s.index]!;
    const next = shown[k + 1]?.s.score ?? 0;
    return {
      requirementId: e.req.requirementId,
      citation: e.req.citation,
      title: e.req.title,
      confidence: confidenceOf(s.score, shown[0]!.s.score, next, d, Boolean(s.citation && s.citation.strength >= 0.75)),
      reasons: reasonsFor(index, s, analysis, d, twins),
    };
  });
  return { suggestions, deficiency };
}
