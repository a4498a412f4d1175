/**
 * Ranking: how well each requirement explains a finding. The signals are the
 * ones a person weighs — the provision cited, the requirement's own words and
 * detection concepts (with synonyms), whether the finding is about what the
 * agency did or what its policy lacks, the subject and the state the finding is
 * about — combined into one score per requirement. The most specific provision
 * is preferred over its parent unless the finding faults the policy as a whole.
 * Pure and deterministic.
 */
import type { CitationHit } from "./mapping.citations.js";
import type { Deficiency } from "./mapping.deficiency.js";
import { idfOf, patternOf, runPattern, weightOf, type MappingIndex } from "./mapping.index.js";
import { BACKGROUND_TEXT, DOMAIN_TOPICS, analyzeText, containsRun, featureWeight, type Analysis } from "./mapping.lexicon.js";

export type Scored = {
  index: number;
  score: number;
  citation: CitationHit | undefined;
  /** Phrase, pattern and focus matches, with their contributions (lexical ones are added by {@link explainMatch}). */
  extras: [string, number][];
  kindNote: string | null;
};

const CANDIDATES = 200;
const CITATION_WEIGHT = 9;
const PATTERN_WEIGHT = 2.2;
const PHRASE_WEIGHT = 0.5;
const FOCUS_WEIGHT = 0.6;
const PROHIBITED_BONUS = 5;

/** Whether a pattern also matches neutral description of the subject ("cameras", "license plate"): such a match says little. */
function isGeneric(index: MappingIndex, p: number): boolean {
  let g = index.genericPattern.get(p);
  if (g === undefined) {
    g = patternOf(index, p)?.test(BACKGROUND_TEXT) ?? false;
    index.genericPattern.set(p, g);
  }
  return g;
}

/** Lexical accumulation over the inverted index: idf × feature weight, length-normalized. */
function lexicalScores(index: MappingIndex, analysis: Analysis): { acc: Float64Array; touched: number[] } {
  const acc = new Float64Array(index.entries.length);
  const touched: number[] = [];
  const { offsets, postIdx, postW } = index;
  for (const f of analysis.features) {
    const id = index.ids.get(f);
    if (id === undefined) continue;
    const idf = index.idf[id]! * featureWeight(f);
    for (let k = offsets[id]!, end = offsets[id + 1]!; k < end; k++) {
      const i = postIdx[k]!;
      if (acc[i] === 0) touched.push(i);
      acc[i] += idf * postW[k]!;
    }
  }
  for (const i of touched) acc[i] /= index.lengthNorm[i]!;
  return { acc, touched };
}

/** The finding's words that the requirement shares, best first (for reasons). */
export function explainMatch(index: MappingIndex, s: Scored, analysis: Analysis): string[] {
  const parts: [string, number][] = [...s.extras];
  for (const f of analysis.features) {
    const w = weightOf(index, s.index, f);
    if (w > 0 && featureWeight(f) >= 0.4) parts.push([f, (idfOf(index, f) * featureWeight(f) * w) / index.lengthNorm[s.index]!]);
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const [f] of parts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    if (!f.startsWith("@") && featureWeight(f) < 0.4) continue;
    const label = f.startsWith("@") ? f : surfaceOf(f, analysis);
    if (seen.has(label)) continue;
    seen.add(label);
    out.push(label);
  }
  return out;
}

/** The finding's own word for a stem ("retain" → "retained"). */
function surfaceOf(stem: string, analysis: Analysis): string {
  if (!/^[\p{L}\p{N}'’ -]+$/u.test(stem)) return stem;
  return analysis.lower.match(new RegExp(`\\b${stem}[\\p{L}]*`, "u"))?.[0] ?? stem;
}

/**
 * The finding's condition against the requirement's kind: what a policy lacks
 * points at policy elements; what an agency did, at practices and prohibitions;
 * no policy at all, at the duty to have and publish one.
 */
function kindFactor(kind: string, d: Deficiency, sharing: boolean): { factor: number; note: string | null } {
  if (d.noPolicy) return kind === "policy-element" ? { factor: 0.8, note: null } : { factor: 1.1, note: null };
  if (d.policyGap) return kind === "policy-element" ? { factor: 1.3, note: "the finding is about what the policy lacks, and this is a required policy element" } : { factor: 0.85, note: null };
  if (d.prohibitedPractice && kind === "prohibition" && sharing) return { factor: 1.45, note: `describes a practice the law prohibits: ${d.prohibitedPractice}` };
  if (d.misuse && !d.policyGap) {
    if (kind === "practice") return { factor: 1.3, note: "the finding describes a use the law does not allow, and this provision governs use" };
    if (kind === "policy-element") return { factor: 0.85, note: null };
  }
  if (d.practice && !d.noPolicy) {
    if (kind === "prohibition" || kind === "practice") return { factor: 1.12, note: "the finding is about what the agency did, and this provision governs practice" };
    if (kind === "record-keeping") return { factor: 1.05, note: null };
  }
  return { factor: 1, note: null };
}

/** The requirements worth a closer look: the best by words, the cited ones, and the children of both. */
function candidatesOf(index: MappingIndex, acc: Float64Array, touched: number[], cites: Map<number, CitationHit>, only: (i: number) => boolean): number[] {
  const candidates = touched.filter(only).sort((a, b) => acc[b]! - acc[a]! || a - b).slice(0, CANDIDATES);
  const chosen = new Set(candidates);
  const add = (i: number) => {
    if (only(i) && !chosen.has(i)) chosen.add(i), candidates.push(i);
  };
  for (const i of cites.keys()) add(i);
  for (const i of [...candidates]) for (const c of index.entries[i]!.children) add(c);
  return candidates;
}

/** What the deficiency is about: the words around its cues and the topics the cues name. */
function focusOf(d: Deficiency): string[] {
  const focus = [...analyzeText(d.focus.join(" ; ")).features].filter((f) => featureWeight(f) > 0.2);
  for (const t of d.topics) if (!focus.includes(t)) focus.push(t);
  if (d.noPolicy) focus.push("@policy", "@publish");
  return focus;
}

/** Evidence from the requirement's detection concepts: multi-word terms and patterns found in the finding. */
function conceptEvidence(index: MappingIndex, i: number, analysis: Analysis, stemSet: Set<string>, match: (p: number) => RegExpExecArray | null, extras: [string, number][]): number {
  let score = 0;
  for (const c of index.entries[i]!.concepts) {
    // Violation vocabulary (concepts that are not required) speaks more directly to a finding.
    const weight = c.required ? 1 : 1.25;
    for (const p of c.phrases) {
      if (!stemSet.has(p.stems[0]!) || !containsRun(analysis.stems, p.stems)) continue;
      const v = PHRASE_WEIGHT * weight * p.stems.reduce((sum, st) => sum + (idfOf(index, st) || 1), 0);
      score += v;
      extras.push([p.words, v]);
    }
    for (const p of c.patterns) {
      const m = match(p);
      if (!m) continue;
      const v = PATTERN_WEIGHT * weight * (isGeneric(index, p) ? 0.25 : 1);
      score += v;
      extras.push([m[0].trim().slice(0, 60), v]);
      break;
    }
  }
  return score;
}

/** The subject (ALPR, body cameras…) and the state the finding names, against the requirement's. */
function contextFactor(index: MappingIndex, i: number, analysis: Analysis, findingDomains: readonly string[]): number {
  const e = index.entries[i]!;
  let factor = 1;
  if (findingDomains.length) factor *= e.domains.some((t) => findingDomains.includes(t)) ? 1 : e.domains.length ? 0.35 : 0.8;
  // A finding that names no subject is most likely about the subject most of the catalog is about.
  else factor *= 0.9 + 0.2 * Math.max(0, ...e.domains.map((t) => index.domainShare.get(t) ?? 0));
  if (analysis.jurisdictions.size && e.jurisdiction) factor *= analysis.jurisdictions.has(e.jurisdiction) ? 1.15 : 0.8;
  return factor;
}

/**
 * Scores the requirements that could explain a finding, best first (parallel provisions not yet merged).
 *
 * @example
 * scoreRequirements(index, analyzeText(t), t, detectDeficiency(t), citationSignals(index, t).hits, {})[0]?.index
 */
export function scoreRequirements(index: MappingIndex, analysis: Analysis, text: string, d: Deficiency, cites: Map<number, CitationHit>, opts: { checklist?: string }): Scored[] {
  const only = opts.checklist ? (i: number) => index.entries[i]!.req.checklistId === opts.checklist : () => true;
  const { acc, touched } = lexicalScores(index, analysis);
  const findingDomains: readonly string[] = DOMAIN_TOPICS.filter((t) => analysis.features.has(t));
  const focus = focusOf(d);
  const plain = text.toLowerCase().replace(/\s+/g, " ");
  const stemSet = new Set(analysis.stems);
  const hits = new Map<number, RegExpExecArray | null>();
  const match = (p: number) => {
    if (!hits.has(p)) hits.set(p, runPattern(index, p, text, plain));
    return hits.get(p)!;
  };
  const out: Scored[] = [];
  for (const i of candidatesOf(index, acc, touched, cites, only)) {
    const e = index.entries[i]!;
    const extras: [string, number][] = [];
    let score = acc[i]! + conceptEvidence(index, i, analysis, stemSet, match, extras);
    for (const f of focus) {
      const w = weightOf(index, i, f);
      if (w === 0) continue;
      const v = FOCUS_WEIGHT * featureWeight(f) * idfOf(index, f) * w;
      score += v;
      extras.push([f, v]);
    }
    const sharing = weightOf(index, i, "@share") > 0;
    if (d.prohibitedPractice && e.req.kind === "prohibition" && sharing && weightOf(index, i, "@outside-recipient") > 0) score += PROHIBITED_BONUS;
    score *= titleCoverage(index, i, analysis);
    const cite = cites.get(i);
    if (cite) score += CITATION_WEIGHT * cite.strength;
    const { factor, note } = kindFactor(e.req.kind, d, sharing);
    score *= factor * contextFactor(index, i, analysis, findingDomains);
    out.push({ index: i, score, citation: cite, extras, kindNote: note });
  }
  preferSpecific(index, out, d);
  return out.sort((a, b) => b.score - a.score || a.index - b.index);
}

/**
 * How much of what the requirement is about (the topics of its title) the
 * finding mentions: a requirement on "selling, sharing or transferring" fits a
 * finding about purposes alone less well than one on purposes.
 */
function titleCoverage(index: MappingIndex, i: number, analysis: Analysis): number {
  const e = index.entries[i]!;
  const keys = e.titleKeys;
  if (keys.length === 0) return 1;
  let covered = 0;
  for (const k of keys) if (analysis.features.has(k)) covered++;
  return 0.75 + 0.25 * (covered / keys.length);
}

/** A parent yields to a child that explains the finding nearly as well, unless the finding faults the whole policy. */
function preferSpecific(index: MappingIndex, scored: Scored[], d: Deficiency): void {
  const byIndex = new Map(scored.map((s) => [s.index, s]));
  for (const s of scored) {
    const e = index.entries[s.index]!;
    if (e.children.length === 0) continue;
    if (d.wholePolicy) {
      s.score *= 1.25;
      continue;
    }
    const best = Math.max(0, ...e.children.map((c) => byIndex.get(c)?.score ?? 0));
    if (best >= 0.9 * s.score) s.score *= 0.75;
  }
}
