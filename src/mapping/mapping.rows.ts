/**
 * Rows of the mapping index: each requirement's features with weights by
 * field. Features are interned as integers and accumulated in one reusable
 * scratch array, and each distinct string is analyzed once per build (catalogs
 * repeat concept terms and descriptions), which keeps a 10,000-requirement
 * build fast. Pure.
 */
import { featuresOf } from "./mapping.lexicon.js";
import type { MappableRequirement } from "./mapping.types.js";

const FIELD_WEIGHTS = { title: 2.5, text: 1.5, summary: 1.0, requiredTerms: 1.5, findingTerms: 2.0, description: 0.6 } as const;
const MAX_FEATURE_WEIGHT = 4;

/** Interns features and accumulates one requirement's weights without allocating per requirement. */
export class RowBuilder {
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

/**
 * A requirement's row of the index: every field's features, weighted by the
 * field they occur in (title and violation vocabulary count most).
 *
 * @example
 * const rows = new RowBuilder();
 * const { featureIds, featureWeights } = rowOf(requirement, rows);
 */
export function rowOf(r: MappableRequirement, rows: RowBuilder) {
  rows.add(r.title, FIELD_WEIGHTS.title);
  rows.add(r.text, FIELD_WEIGHTS.text);
  rows.add(r.summary, FIELD_WEIGHTS.summary);
  for (const c of r.concepts) {
    rows.add(c.terms.join(" ; "), c.required ? FIELD_WEIGHTS.requiredTerms : FIELD_WEIGHTS.findingTerms);
    rows.add(c.description, FIELD_WEIGHTS.description);
  }
  return rows.take();
}

