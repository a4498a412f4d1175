/**
 * Pieces of the mapping index that describe requirements rather than words:
 * their citations (read fast, since catalog citations are canonical), their
 * parallel provisions, the subject domain of each checklist and what each
 * requirement's title says it is about. Pure.
 */
import { lookupCode, parseCitation } from "../statutes/citations.js";
import type { Citation } from "../statutes/citations-types.js";
import { analyzeText, featureWeight, DOMAIN_TOPICS } from "./mapping.lexicon.js";
import type { IndexedRequirement } from "./mapping.index.js";
import type { MappableRequirement } from "./mapping.types.js";

const CANONICAL = /^(.+?)\s+§\s+([0-9][0-9A-Za-z.:-]*?)((?:\([0-9A-Za-z]+\))*)(?:,\s*subd\.\s*([0-9A-Za-z]+)((?:\([0-9A-Za-z]+\))*))?$/;

function groups(t: string | undefined): string[] {
  return [...(t ?? "").matchAll(/\(([0-9A-Za-z]+)\)/g)].map((g) => g[1]!);
}

/**
 * A requirement's citation. Catalog citations are canonical ("Cal. Civ. Code §
 * 1798.90.51(b)(2)(G)", "Minn. Stat. § 13.824, subd. 2(a)"), so they are split
 * directly and only the code name goes through the citation engine (once per
 * code); anything else takes the full parser.
 *
 * @example
 * requirementCitation("Minn. Stat. § 13.824, subd. 2(a)", new Map())
 * // { jurisdiction: "MN", code: "minn-stat", section: "13.824", path: ["2", "a"] }
 */
export function requirementCitation(
  citation: string,
  codes: Map<string, { jurisdiction: string; code: string } | null>,
): Pick<Citation, "jurisdiction" | "code" | "section" | "path"> | null {
  const m = CANONICAL.exec(citation.trim());
  if (m) {
    const [, prefix, section, tail, subd, subTail] = m;
    if (!codes.has(prefix!)) codes.set(prefix!, lookupCode(prefix!));
    const code = codes.get(prefix!);
    if (code) return { jurisdiction: code.jurisdiction, code: code.code, section: section!, path: subd ? [subd, ...groups(subTail)] : groups(tail) };
  }
  return parseCitation(citation);
}

/** What a title says the requirement is about (given the title's features): its topic features, else its content stems. */
export function titleKeys(titleFeatures: Iterable<string>): string[] {
  const features = [...titleFeatures].filter((f) => featureWeight(f) === 1);
  const topics = features.filter((f) => f.startsWith("@"));
  return topics.length ? topics : features;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

/** Pairs parallel provisions: same jurisdiction, path and kind, another checklist and section, and mostly the same words in title and text. */
export function findTwins(entries: IndexedRequirement[]): void {
  const byKey = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.section || e.path.length === 0) return;
    const key = `${e.jurisdiction}|${e.path.join("/")}|${e.req.kind}`;
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  for (const members of byKey.values()) {
    if (members.length < 2 || members.length > 40) continue;
    const words = members.map((i) => new Set(analyzeText(`${entries[i]!.req.title} ${entries[i]!.req.text}`).stems));
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        const ea = entries[members[a]!]!;
        const eb = entries[members[b]!]!;
        if (ea.req.checklistId === eb.req.checklistId || ea.section === eb.section) continue;
        if (jaccard(words[a]!, words[b]!) >= 0.6) {
          ea.twins.push(members[b]!);
          eb.twins.push(members[a]!);
        }
      }
  }
}

/** The domain topics each checklist is about: those present in at least 30% of its requirements. */
export function checklistDomains(reqs: MappableRequirement[], rows: { featureIds: Int32Array }[], ids: Map<string, number>): Map<string, string[]> {
  const topicIds = DOMAIN_TOPICS.map((t) => ids.get(t));
  const counts = new Map<string, { n: number; topics: number[] }>();
  reqs.forEach((r, i) => {
    const c = counts.get(r.checklistId) ?? { n: 0, topics: DOMAIN_TOPICS.map(() => 0) };
    c.n++;
    const row = rows[i]!.featureIds;
    topicIds.forEach((id, k) => {
      if (id !== undefined && row.includes(id)) c.topics[k]!++;
    });
    counts.set(r.checklistId, c);
  });
  const out = new Map<string, string[]>();
  for (const [id, c] of counts) out.set(id, DOMAIN_TOPICS.filter((_, k) => c.topics[k]! / c.n >= 0.3));
  return out;
}
