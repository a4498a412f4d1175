/**
 * The citation signal: a finding that cites a provision is strong evidence
 * that the provision is the one at issue. Citations are found with the
 * project's citation engine, so "Civ. Code, § 1798.90.51, subd. (b)(2)(G)",
 * "subparagraph (G) of paragraph (2) of subdivision (b) of Section 1798.90.51"
 * and "§ 1798.90.51(b)(2)(G)" all count. A cited parent supports its children
 * and a cited child its ancestors, by statute section and path prefix. Pure.
 */
import { findCitations, formatCitation } from "../statutes/citations.js";
import type { MappingIndex } from "./mapping.index.js";

export type CitationHit = {
  /** 0–1: 1 for the provision itself. */
  strength: number;
  reason: string;
};

function isPrefix(short: string[], long: string[]): boolean {
  return short.length <= long.length && short.every((p, i) => p === long[i]);
}

/**
 * How strongly the text's citations point at each requirement (by index), and
 * where the citations are in the text (their words — "Civil Code", "section",
 * numbers — are not evidence of a topic).
 *
 * @example
 * citationSignals(index, "in violation of Civil Code section 1798.90.55(b)").hits
 * // Map { 17 => { strength: 1, reason: "cites Cal. Civ. Code § 1798.90.55(b)" } }
 */
export function citationSignals(index: MappingIndex, text: string): { hits: Map<number, CitationHit>; spans: [number, number][] } {
  const hits = new Map<number, CitationHit>();
  if (!/\d/.test(text)) return { hits, spans: [] };
  const { citations } = findCitations(text);
  for (const found of citations) {
    const c = found.citation;
    if (c.etSeq || c.rangeEnd) continue;
    const section = `${c.jurisdiction}/${c.code}/${c.section}`;
    const cited = formatCitation(c);
    for (const i of index.bySection.get(section) ?? []) {
      const path = index.entries[i]!.path;
      let hit: CitationHit | undefined;
      if (c.path.length === 0) hit = { strength: 0.35, reason: `cites ${cited}, the section this provision belongs to` };
      else if (isPrefix(c.path, path) && c.path.length === path.length) hit = { strength: 1, reason: `cites ${cited}` };
      else if (isPrefix(c.path, path)) hit = { strength: 0.55, reason: `cites ${cited}, which contains this provision` };
      else if (isPrefix(path, c.path)) hit = { strength: path.length === 0 ? 0.3 : 0.75, reason: `cites ${cited}, part of this provision` };
      if (hit && (!hits.has(i) || hits.get(i)!.strength < hit.strength)) hits.set(i, hit);
    }
  }
  return { hits, spans: citations.map((c) => [c.start, c.end]) };
}

/**
 * The text with the given spans blanked out (same length, so offsets still hold).
 *
 * @example
 * maskSpans("see § 1798.90.51 now", [[4, 16]]) // "see              now"
 */
export function maskSpans(text: string, spans: [number, number][]): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + " ".repeat(b - a) + out.slice(b);
  return out;
}
