/**
 * The prebuilt structure the finding mapper searches: an inverted index from
 * features (word stems and `@topic` features) to weighted requirements, the
 * requirements' parsed citations, compiled concept patterns, the
 * parent/child tree, parallel provisions ("twins", e.g. the operator's and the
 * end-user's identical retention element) and each checklist's subject
 * domain. Built once per catalog version; pure.
 */
import { parseCitation } from "../statutes/citations.js";
import { analyzeText, featureWeight, phraseStems, DOMAIN_TOPICS } from "./mapping.lexicon.js";
import type { MappableRequirement } from "./mapping.types.js";

export type IndexedConcept = {
  id: string;
  required: boolean;
  /** Multi-word terms as stem runs, with their original words for reasons. */
  phrases: { stems: string[]; words: string }[];
  /** Indexes into `MappingIndex.patterns`. */
  patterns: number[];
};

export type IndexedRequirement = {
  req: MappableRequirement;
  /** `jurisdiction/code/section` of the citation, e.g. "CA/civ/1798.90.51"; null if it does not parse. */
  section: string | null;
  path: string[];
  jurisdiction: string | null;
  parent: number;
  children: number[];
  concepts: IndexedConcept[];
  /** Sum of idf-weighted feature weights, for length normalization. */
  mass: number;
  /** Parallel provisions in other checklists (same path and kind, nearly the same words). */
  twins: number[];
  /** Domain topics of the requirement's checklist ("@alpr"…). */
  domains: string[];
  /** Feature → weight (the requirement's row of the inverted index). */
  weights: Map<string, number>;
  /** What the requirement is about: the topic features of its title (else its title's content stems). */
  titleKeys: string[];
};

export type MappingIndex = {
  entries: IndexedRequirement[];
  postings: Map<string, { idx: number[]; w: number[] }>;
  idf: Map<string, number>;
  bySection: Map<string, number[]>;
  patterns: { source: string; re: RegExp }[];
  /** Memo: does a pattern also match neutral domain description (so it says little)? */
  genericPattern: Map<number, boolean>;
  averageMass: number;
};

const FIELD_WEIGHTS = { title: 2.5, text: 1.5, summary: 1.0, requiredTerms: 1.5, findingTerms: 2.0, description: 0.6 } as const;
const MAX_FEATURE_WEIGHT = 4;

function featureWeights(r: MappableRequirement): Map<string, number> {
  const w = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const f of analyzeText(text).features) w.set(f, Math.min(MAX_FEATURE_WEIGHT, (w.get(f) ?? 0) + weight));
  };
  add(r.title, FIELD_WEIGHTS.title);
  add(r.text, FIELD_WEIGHTS.text);
  add(r.summary, FIELD_WEIGHTS.summary);
  for (const c of r.concepts) {
    add(c.terms.join(" ; "), c.required ? FIELD_WEIGHTS.requiredTerms : FIELD_WEIGHTS.findingTerms);
    add(c.description, FIELD_WEIGHTS.description);
  }
  return w;
}

function titleKeys(title: string): string[] {
  const features = [...analyzeText(title).features].filter((f) => featureWeight(f) === 1);
  const topics = features.filter((f) => f.startsWith("@"));
  return topics.length ? topics : features;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / (a.size + b.size - both || 1);
}

/** Pairs parallel provisions: same path and kind, other checklist, ≥ 70% shared words. */
function findTwins(entries: IndexedRequirement[]): void {
  const groups = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.section || e.path.length === 0) return;
    const key = `${e.jurisdiction}|${e.path.join("/")}|${e.req.kind}`;
    const list = groups.get(key);
    if (list) list.push(i);
    else groups.set(key, [i]);
  });
  for (const members of groups.values()) {
    if (members.length < 2 || members.length > 40) continue;
    const words = members.map((i) => new Set(analyzeText(entries[i]!.req.text).stems));
    for (let a = 0; a < members.length; a++)
      for (let b = a + 1; b < members.length; b++) {
        const ea = entries[members[a]!]!;
        const eb = entries[members[b]!]!;
        if (ea.req.checklistId === eb.req.checklistId || ea.section === eb.section) continue;
        if (jaccard(words[a]!, words[b]!) >= 0.7) {
          ea.twins.push(members[b]!);
          eb.twins.push(members[a]!);
        }
      }
  }
}

/** The domain topics a checklist is about: those present in at least 30% of its requirements. */
function checklistDomains(reqs: MappableRequirement[], features: Map<string, number>[]): Map<string, string[]> {
  const counts = new Map<string, { n: number; topics: Map<string, number> }>();
  reqs.forEach((r, i) => {
    const c = counts.get(r.checklistId) ?? { n: 0, topics: new Map<string, number>() };
    c.n++;
    for (const t of DOMAIN_TOPICS) if (features[i]!.has(t)) c.topics.set(t, (c.topics.get(t) ?? 0) + 1);
    counts.set(r.checklistId, c);
  });
  const out = new Map<string, string[]>();
  for (const [id, c] of counts) out.set(id, [...c.topics].filter(([, n]) => n / c.n >= 0.3).map(([t]) => t));
  return out;
}

/**
 * Builds the search structure for a catalog. Requirements whose citation does
 * not parse still take part, by their words alone.
 *
 * @example
 * const index = buildMappingIndex(requirements);
 * suggestRequirements(index, "The sheriff kept plate scans for five years.").suggestions[0]?.citation
 */
export function buildMappingIndex(requirements: MappableRequirement[]): MappingIndex {
  const patternIds = new Map<string, number>();
  const patterns: MappingIndex["patterns"] = [];
  const byId = new Map<string, number>();
  requirements.forEach((r, i) => byId.set(r.requirementId, i));
  const features = requirements.map(featureWeights);

  const df = new Map<string, number>();
  for (const f of features) for (const k of f.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  const n = Math.max(requirements.length, 1);
  const idf = new Map<string, number>();
  for (const [k, d] of df) idf.set(k, Math.log(1 + n / d));

  const domains = checklistDomains(requirements, features);
  const entries: IndexedRequirement[] = requirements.map((r, i) => {
    const c = parseCitation(r.citation);
    const concepts = r.concepts.map((concept) => ({
      id: concept.id,
      required: concept.required,
      phrases: concept.terms.map((t) => ({ stems: phraseStems(t), words: t })).filter((p) => p.stems.length >= 2),
      patterns: concept.patterns.flatMap((source) => {
        let id = patternIds.get(source);
        if (id === undefined) {
          let re: RegExp;
          try {
            re = new RegExp(source, "iu");
          } catch {
            return [];
          }
          id = patterns.push({ source, re }) - 1;
          patternIds.set(source, id);
        }
        return [id];
      }),
    }));
    let mass = 0;
    for (const [k, w] of features[i]!) mass += w * idf.get(k)!;
    return {
      req: r,
      section: c ? `${c.jurisdiction}/${c.code}/${c.section}` : null,
      path: c?.path ?? [],
      jurisdiction: c?.jurisdiction ?? null,
      parent: -1,
      children: [],
      concepts,
      mass,
      twins: [],
      domains: domains.get(r.checklistId) ?? [],
      weights: features[i]!,
      titleKeys: titleKeys(r.title),
    };
  });
  entries.forEach((e, i) => {
    const p = e.req.parent;
    if (!p) return;
    const at = byId.get(p) ?? byId.get(`${e.req.checklistId}.${p}`);
    if (at === undefined || at === i) return;
    e.parent = at;
    entries[at]!.children.push(i);
  });
  findTwins(entries);

  const postings = new Map<string, { idx: number[]; w: number[] }>();
  features.forEach((f, i) => {
    for (const [k, w] of f) {
      const list = postings.get(k) ?? { idx: [], w: [] };
      list.idx.push(i);
      list.w.push(w);
      postings.set(k, list);
    }
  });
  const bySection = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.section) return;
    const list = bySection.get(e.section);
    if (list) list.push(i);
    else bySection.set(e.section, [i]);
  });
  const averageMass = entries.reduce((s, e) => s + e.mass, 0) / n || 1;
  return { entries, postings, idf, bySection, patterns, genericPattern: new Map(), averageMass };
}
