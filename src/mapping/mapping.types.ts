/**
 * Shapes shared by the finding mapper's modules; `mapping.engine.ts` re-exports
 * the public ones.
 */

/** A requirement as the mapper reads it (a catalog row, or a checklist file's requirement). */
export type MappableRequirement = {
  /** Global id: `<checklist>.<requirement>`. */
  requirementId: string;
  checklistId: string;
  title: string;
  /** Canonical citation, e.g. "Cal. Civ. Code § 1798.90.51(b)(2)(G)". */
  citation: string;
  text: string;
  summary: string;
  kind: string;
  /** Global id of the parent requirement (a bare requirement key of the same checklist is accepted too). */
  parent: string | null;
  concepts: { id: string; description: string; required: boolean; terms: string[]; patterns: string[] }[];
};

/** One suggested requirement, with the reasons a reader can check. */
export type Suggestion = {
  requirementId: string;
  citation: string;
  title: string;
  /** 0–1, calibrated: ≥ 0.5 means "very likely the one violated". */
  confidence: number;
  reasons: string[];
};

export type SuggestOptions = {
  /** Only this checklist's requirements. */
  checklist?: string;
  /** How many suggestions (default 5, at most 50). */
  limit?: number;
};

export type SuggestResult = {
  suggestions: Suggestion[];
  deficiency: { describesDeficiency: boolean; cues: string[] };
};
