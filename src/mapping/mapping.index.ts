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
import { featureWeight, phraseStems } from "./mapping.lexicon.js";
import { checklistDomains, findTwins, requirementCitation, titleKeys } from "./mapping.index-parts.js";
import { mayMatch, prefilterOf, type Prefilter } from "./mapping.prefilter.js";
import { RowBuilder, rowOf } from "./mapping.rows.js";
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
  /** Concept patterns by id; each compiled (with its prefilter) on first use: a catalog has many, a finding needs few. */
  patterns: { source: string; re: RegExp | null | undefined; prefilter: Prefilter | undefined }[];
  /** Memo: does a pattern also match neutral domain description (so it says little)? */
  genericPattern: Map<number, boolean>;
  /** Per requirement: divide lexical scores by this (longer requirements match more words by chance). */
  lengthNorm: Float64Array;
  /** Share of the catalog's requirements in each subject domain: the base rate when a finding names none. */
  domainShare: Map<string, number>;
};

/**
 * The weight of feature `f` in requirement `i` (0 when absent): a binary search in its row.
 *
 * @example
 * weightOf(index, i, "@retain") // 4 for a retention requirement, 0 for one about training
 */
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

/**
 * Runs concept pattern `p` on a text: first its prefilter on the lower-cased
 * text (`plain`), then the expression, both prepared on first use. Null when
 * it does not match (or does not compile).
 *
 * @example
 * runPattern(index, 3, text, text.toLowerCase())?.[0] // "kept plate scans for five years"
 */
export function runPattern(index: MappingIndex, p: number, text: string, plain: string): RegExpExecArray | null {
  const pattern = index.patterns[p]!;
  if (pattern.prefilter === undefined) pattern.prefilter = prefilterOf(pattern.source);
  if (!mayMatch(pattern.prefilter, plain)) return null;
  return patternOf(index, p)?.exec(text) ?? null;
}

/**
 * A concept pattern, compiled on first use; null if it does not compile.
 *
 * @example
 * patternOf(index, 0)?.test("password-protected") // true for a password pattern
 */
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

/**
 * The inverse document frequency of a feature (0 when no requirement has it).
 *
 * @example
 * idfOf(index, "custodian") > idfOf(index, "polic") // rare words weigh more
 */
export function idfOf(index: MappingIndex, f: string): number {
  const id = index.ids.get(f);
  return id === undefined ? 0 : index.idf[id]!;
}

type Row = { featureIds: Int32Array; featureWeights: Float32Array };

/** Document frequencies → idf, and the postings in one flat array per field (CSR layout). */
function postingsOf(rows: Row[], features: number, n: number) {
  const df = new Int32Array(features);
  for (const { featureIds } of rows) for (let k = 0; k < featureIds.length; k++) df[featureIds[k]!]!++;
  const idf = new Float64Array(features);
  for (let id = 0; id < features; id++) idf[id] = df[id] ? Math.log(1 + n / df[id]!) : 0;
  const offsets = new Int32Array(features + 1);
  for (let id = 0; id < features; id++) offsets[id + 1] = offsets[id]! + df[id]!;
  const postIdx = new Int32Array(offsets[features]!);
  const postW = new Float32Array(postIdx.length);
  const fill = offsets.slice(0, features);
  rows.forEach(({ featureIds, featureWeights }, i) => {
    for (let k = 0; k < featureIds.length; k++) {
      const at = fill[featureIds[k]!]!++;
      postIdx[at] = i;
      postW[at] = featureWeights[k]!;
    }
  });
  return { idf, offsets, postIdx, postW };
}

/** Parent and child links, by global id or by a key of the same checklist. */
function linkTree(entries: IndexedRequirement[]): void {
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.req.requirementId, i));
  entries.forEach((e, i) => {
    const p = e.req.parent;
    const at = p ? (byId.get(p) ?? byId.get(`${e.req.checklistId}.${p}`)) : undefined;
    if (at === undefined || at === i) return;
    e.parent = at;
    entries[at]!.children.push(i);
  });
}

function sectionsOf(entries: IndexedRequirement[]): Map<string, number[]> {
  const bySection = new Map<string, number[]>();
  entries.forEach((e, i) => {
    if (!e.section) return;
    const list = bySection.get(e.section);
    if (list) list.push(i);
    else bySection.set(e.section, [i]);
  });
  return bySection;
}

/** Longer requirements match more words by chance: scores are divided by (weighted length / average)^0.2. */
function lengthNorms(rows: Row[], idf: Float64Array, names: string[]): Float64Array {
  const idfWeighted = Float64Array.from(names, (f, id) => idf[id]! * featureWeight(f));
  const mass = rows.map(({ featureIds, featureWeights }) => {
    let sum = 0;
    for (let k = 0; k < featureIds.length; k++) sum += featureWeights[k]! * idfWeighted[featureIds[k]!]!;
    return sum;
  });
  const average = mass.reduce((a, b) => a + b, 0) / (mass.length || 1) || 1;
  return Float64Array.from(mass, (m) => Math.pow(Math.max(m, 1e-9) / average, 0.2));
}

/** Memoizes a pure string function for the length of one build. */
function memo<T>(fn: (s: string) => T): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) cache.set(s, (v = fn(s)));
    return v;
  };
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
  const rowBuilder = new RowBuilder();
  const rows = requirements.map((r) => rowOf(r, rowBuilder));
  const ids = rowBuilder.ids;
  const names = [...ids.keys()];
  const { idf, offsets, postIdx, postW } = postingsOf(rows, names.length, Math.max(requirements.length, 1));

  const patterns: MappingIndex["patterns"] = [];
  const patternId = memo((source) => patterns.push({ source, re: undefined, prefilter: undefined }) - 1);
  const stemsOf = memo(phraseStems);
  const keysOf = memo((title) => titleKeys(rowBuilder.featuresOf(title, names)));
  const domains = checklistDomains(requirements, rows, ids);
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
        phrases: concept.terms.map((t) => ({ stems: stemsOf(t), words: t })).filter((p) => p.stems.length >= 2),
        patterns: concept.patterns.map(patternId),
      })),
      twins: [],
      domains: domains.get(r.checklistId) ?? [],
      featureIds: rows[i]!.featureIds,
      featureWeights: rows[i]!.featureWeights,
      titleKeys: keysOf(r.title),
    };
  });
  linkTree(entries);
  findTwins(entries);
  const domainShare = new Map<string, number>();
  for (const e of entries) for (const t of e.domains) domainShare.set(t, (domainShare.get(t) ?? 0) + 1 / entries.length);
  return { entries, ids, idf, offsets, postIdx, postW, bySection: sectionsOf(entries), patterns, genericPattern: new Map(), lengthNorm: lengthNorms(rows, idf, names), domainShare };
}
