/**
 * The prebuilt structure the finding mapper searches: an inverted index from
 * features (word stems and `@topic` features) to weighted requirements, the
 * requirements' parsed citations, compiled concept patterns with their
 * prefilters, the parent/child tree, parallel provisions ("twins", e.g. the
 * operator's and the end-user's identical retention element) and each
 * checklist's subject domain. Built once per catalog version; pure.
 *
 * Features are interned as integers and the postings stored as flat typed
 * arrays, so a catalog of 10,000 requirements builds in well under a second
 * and a finding is scored by walking a few short arrays.
 */
import { featuresOf, featureWeight, phraseStems } from "./mapping.lexicon.js";
import { checklistDomains, findTwins, requirementCitation, titleKeys } from "./mapping.index-parts.js";
import { prefilterOf, type Prefilter } from "./mapping.prefilter.js";
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
  /** Parallel provisions in other checklists (same path and kind, nearly the same words). */
  twins: number[];
  /** Domain topics of the requirement's checklist ("@alpr"…). */
  domains: string[];
  /** The requirement's features (sorted ids) and their weights: its row of the index. */
  featureIds: Int32Array;
  featureWeights: Float32Array;
  /** What the requirement is about: the topic features of its title (else its title's content stems). */
  titleKeys: string[];
};

export type MappingIndex = {
  entries: IndexedRequirement[];
  /** Feature → id; `idf[id]`; postings of feature `id` are `postIdx/postW[offsets[id] … offsets[id + 1]]`. */
  ids: Map<string, number>;
  idf: Float64Array;
  offsets: Int32Array;
  postIdx: Int32Array;
  postW: Float32Array;
  bySection: Map<string, number[]>;
  /** Concept patterns by id; each compiled on first use (a catalog has many, a finding needs few). */
  patterns: { source: string; re: RegExp | null | undefined; prefilter: Prefilter }[];
  /** Memo: does a pattern also match neutral domain description (so it says little)? */
  genericPattern: Map<number, boolean>;
  /** Per requirement: divide lexical scores by this (longer requirements match more words by chance). */
  lengthNorm: Float64Array;
};

const FIELD_WEIGHTS = { title: 2.5, text: 1.5, summary: 1.0, requiredTerms: 1.5, findingTerms: 2.0, description: 0.6 } as const;
const MAX_FEATURE_WEIGHT = 4;

/** Interns features and accumulates one requirement's weights without allocating per requirement. */
class RowBuilder {
  readonly ids = new Map<string, number>();
  private readonly cache = new Map<string, Int32Array>();
  private scratch = new Float64Array(1024);
  private touched: number[] = [];

  private idOf(f: string): number {
    let id = this.ids.get(f);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(f, id);
      if (id >= this.scratch.length) {
        const bigger = new Float64Array(this.scratch.length * 2);
        bigger.set(this.scratch);
        this.scratch = bigger;
      }
    }
    return id;
  }

  add(text: string, weight: number): void {
    let row = this.cache.get(text);
    if (!row) {
      const features = featuresOf(text);
      row = new Int32Array(features.size);
      let k = 0;
      for (const f of features) row[k++] = this.idOf(f);
      this.cache.set(text, row);
    }
    const scratch = this.scratch;
    for (let k = 0; k < row.length; k++) {
      const id = row[k]!;
      const v = scratch[id]!;
      if (v === 0) this.touched.push(id);
      scratch[id] = Math.min(MAX_FEATURE_WEIGHT, v + weight);
    }
  }

  /** The features of a text already added (by name). */
  featuresOf(text: string, names: string[]): string[] {
    return [...(this.cache.get(text) ?? [])].map((id) => names[id]!);
  }

  take(): { featureIds: Int32Array; featureWeights: Float32Array } {
    const featureIds = Int32Array.from(this.touched).sort();
    const featureWeights = new Float32Array(featureIds.length);
    const scratch = this.scratch;
    for (let k = 0; k < featureIds.length; k++) {
      const id = featureIds[k]!;
      featureWeights[k] = scratch[id]!;
      scratch[id] = 0;
    }
    this.touched = [];
    return { featureIds, featureWeights };
  }
}

function rowOf(r: MappableRequirement, rows: RowBuilder) {
  rows.add(r.title, FIELD_WEIGHTS.title);
  rows.add(r.text, FIELD_WEIGHTS.text);
  rows.add(r.summary, FIELD_WEIGHTS.summary);
  for (const c of r.concepts) {
    rows.add(c.terms.join(" ; "), c.required ? FIELD_WEIGHTS.requiredTerms : FIELD_WEIGHTS.findingTerms);
    rows.add(c.description, FIELD_WEIGHTS.description);
  }
  return rows.take();
}

/** The weight of feature `f` in requirement `i` (0 when absent): a binary search in its row. */
export function weightOf(index: MappingIndex, i: number, f: string): number {
  const id = index.ids.get(f);
  if (id === undefined) return 0;
  const { featureIds, featureWeights } = index.entries[i]!;
  let lo = 0;
  let hi = featureIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = featureIds[mid]!;
    if (v === id) return featureWeights[mid]!;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** A concept pattern, compiled on first use; null if it does not compile. */
export function patternOf(index: MappingIndex, p: number): RegExp | null {
  const pattern = index.patterns[p]!;
  if (pattern.re === undefined) {
    try {
      pattern.re = new RegExp(pattern.source, "iu");
    } catch {
      pattern.re = null;
    }
  }
  return pattern.re;
}

/** The inverse document frequency of a feature (0 when no requirement has it). */
export function idfOf(index: MappingIndex, f: string): number {
  const id = index.ids.get(f);
  return id === undefined ? 0 : index.idf[id]!;
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
  let T = performance.now(); const lap = (n: string) => { if (process.env.LAP) console.log(n, (performance.now() - T).toFixed(0)); T = performance.now(); };
  const rowBuilder = new RowBuilder();
  const rows = requirements.map((r) => rowOf(r, rowBuilder));
  lap('rows');
  const ids = rowBuilder.ids;
  const names = [...ids.keys()];

  const df = new Int32Array(names.length);
  for (const { featureIds } of rows) for (let k = 0; k < featureIds.length; k++) df[featureIds[k]!]!++;
  const n = Math.max(requirements.length, 1);
  const idf = new Float64Array(names.length);
  for (let id = 0; id < names.length; id++) idf[id] = df[id] ? Math.log(1 + n / df[id]!) : 0;
  const offsets = new Int32Array(names.length + 1);
  for (let id = 0; id < names.length; id++) offsets[id + 1] = offsets[id]! + df[id]!;
  const postIdx = new Int32Array(offsets[names.length]!);
  const postW = new Float32Array(postIdx.length);
  const fill = offsets.slice(0, names.length);
  for (let i = 0; i < rows.length; i++) {
    const { featureIds, featureWeights } = rows[i]!;
    for (let k = 0; k < featureIds.length; k++) {
      const at = fill[featureIds[k]!]!++;
      postIdx[at] = i;
      postW[at] = featureWeights[k]!;
    }
  }

  lap('postings');
  const patternIds = new Map<string, number>();
  const patterns: MappingIndex["patterns"] = [];
  const patternId = (source: string): number => {
    let id = patternIds.get(source);
    if (id === undefined) {
      id = patterns.push({ source, re: undefined, prefilter: prefilterOf(source) }) - 1;
      patternIds.set(source, id);
    }
    return id;
  };

  const domains = checklistDomains(requirements, rows, ids);
  const phraseCache = new Map<string, string[]>();
  const stemsOf = (term: string) => {
    let stems = phraseCache.get(term);
    if (!stems) phraseCache.set(term, (stems = phraseStems(term)));
    return stems;
  };
  const titleCache = new Map<string, string[]>();
  const codes = new Map<string, { jurisdiction: string; code: string } | null>();
  const entries: IndexedRequirement[] = requirements.map((r, i) => {
    const c = requirementCitation(r.citation, codes);
    return {
      req: r,
      section: c ? `${c.jurisdiction}/${c.code}/${c.section}` : null,
      path: c?.path ?? [],
      jurisdiction: c?.jurisdiction ?? null,
      parent: -1,
      children: [],
      concepts: r.concepts.map((concept) => ({
        id: concept.id,
        required: concept.required,
        phrases: concept.terms.flatMap((t) => {
          const stems = stemsOf(t);
          return stems.length >= 2 ? [{ stems, words: t }] : [];
        }),
        patterns: concept.patterns.map(patternId),
      })),
      twins: [],
      domains: domains.get(r.checklistId) ?? [],
      featureIds: rows[i]!.featureIds,
      featureWeights: rows[i]!.featureWeights,
      titleKeys: titleCache.get(r.title) ?? titleCache.set(r.title, titleKeys(rowBuilder.featuresOf(r.title, names))).get(r.title)!,
    };
  });

  lap('entries');
  const byId = new Map<string, number>();
  requirements.forEach((r, i) => byId.set(r.requirementId, i));
  entries.forEach((e, i) => {
    const p = e.req.parent;
    const at = p ? (byId.get(p) ?? byId.get(`${e.req.checklistId}.${p}`)) : undefined;
    if (at === undefined || at === i) return;
    e.parent = at;
    entries[at]!.children.push(i);
  });
  findTwins(entries);

  const bySection = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.section) return;
    const list = bySection.get(e.section);
    if (list) list.push(i);
    else bySection.set(e.section, [i]);
  });

  lap('tree');
  const idfWeighted = new Float64Array(names.length);
  for (let id = 0; id < names.length; id++) idfWeighted[id] = idf[id]! * featureWeight(names[id]!);
  const mass = rows.map(({ featureIds, featureWeights }) => {
    let sum = 0;
    for (let k = 0; k < featureIds.length; k++) sum += featureWeights[k]! * idfWeighted[featureIds[k]!]!;
    return sum;
  });
  const averageMass = mass.reduce((a, b) => a + b, 0) / n || 1;
  const lengthNorm = Float64Array.from(mass, (m) => Math.pow(Math.max(m, 1e-9) / averageMass, 0.2));
  lap('mass');
  return { entries, ids, idf, offsets, postIdx, postW, bySection, patterns, genericPattern: new Map(), lengthNorm };
}
