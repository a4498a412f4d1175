/**
 * Measures the finding mapper against labeled findings: how often the right
 * provision comes first or in the first three, and how often a passage that
 * describes no violation still gets a confident suggestion. Pure: the caller
 * reads the cases (e.g. `test/fixtures/mapping/*.jsonl`) and passes them in.
 *
 * A suggestion is right when its citation is the label's provision, or when one
 * is a path-prefix of the other at subdivision depth or below (label
 * `1798.90.52(a)`, suggestion `§ 1798.90.52(a)(4)`). The operator's and the
 * end-user's parallel provisions (§ 1798.90.51 and § 1798.90.53) at the same
 * path count as the same.
 */
import { parseCitation } from "../statutes/citations.js";
import type { Citation } from "../statutes/citations-types.js";
import { suggestRequirements, type MappingIndex } from "./mapping.engine.js";

export type EvaluationCase = { text: string; label: string | null; id?: string; source?: string };

export type Evaluation = {
  /** Share of labeled cases whose first suggestion is right. */
  top1: number;
  /** Share of labeled cases with a right suggestion among the first three. */
  top3: number;
  /** Labeled cases. */
  n: number;
  /** Share of no-violation cases whose first suggestion has confidence ≥ 0.5. */
  falseAlarmRate: number;
  nNoViolation: number;
  /** Labeled cases whose first suggestion was wrong: label → what came first, with counts. */
  confusions: { label: string; suggested: string; count: number }[];
};

/** Sections that impose the same duties on different actors, compared as one. */
const PARALLEL_SECTIONS: Record<string, string> = { "CA/civ/1798.90.53": "CA/civ/1798.90.51" };

function keyOf(c: Citation): { section: string; path: string[] } {
  const section = `${c.jurisdiction}/${c.code}/${c.section}`;
  return { section: PARALLEL_SECTIONS[section] ?? section, path: c.path };
}

/**
 * Whether a suggested citation answers a label.
 *
 * @example
 * citationMatchesLabel("Cal. Civ. Code § 1798.90.53(b)(2)(G)", "1798.90.51(b)(2)(G)") // true
 * citationMatchesLabel("Cal. Civ. Code § 1798.90.52(a)(4)", "1798.90.52(a)")         // true
 * citationMatchesLabel("Cal. Civ. Code § 1798.90.51", "1798.90.51(a)")               // false
 */
export function citationMatchesLabel(citation: string, label: string): boolean {
  const a = parseCitation(citation);
  const b = parseCitation(label, { defaultCode: "civ" });
  if (!a || !b) return false;
  const x = keyOf(a);
  const y = keyOf(b);
  if (x.section !== y.section) return false;
  const [short, long] = x.path.length <= y.path.length ? [x.path, y.path] : [y.path, x.path];
  if (short.length === 0) return long.length === 0;
  return short.every((p, i) => p === long[i]);
}

function shortLabel(citation: string): string {
  return citation.replace(/^Cal\. Civ\. Code § /, "");
}

/**
 * Runs every case through the mapper and scores the rankings.
 *
 * @example
 * const result = evaluateMapping(index, cases);
 * result.top1 // 0.8
 */
export function evaluateMapping(index: MappingIndex, cases: EvaluationCase[]): Evaluation {
  let n = 0;
  let top1 = 0;
  let top3 = 0;
  let nNoViolation = 0;
  let falseAlarms = 0;
  const confusions = new Map<string, number>();
  for (const c of cases) {
    const { suggestions } = suggestRequirements(index, c.text, { limit: 3 });
    if (c.label === null) {
      nNoViolation++;
      if ((suggestions[0]?.confidence ?? 0) >= 0.5) falseAlarms++;
      continue;
    }
    n++;
    const right = suggestions.map((s) => citationMatchesLabel(s.citation, c.label!));
    if (right[0]) top1++;
    else {
      const key = `${c.label}\u0000${suggestions[0] ? shortLabel(suggestions[0].citation) : "(none)"}`;
      confusions.set(key, (confusions.get(key) ?? 0) + 1);
    }
    if (right.some(Boolean)) top3++;
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);
  return {
    top1: ratio(top1, n),
    top3: ratio(top3, n),
    n,
    falseAlarmRate: ratio(falseAlarms, nNoViolation),
    nNoViolation,
    confusions: [...confusions]
      .map(([k, count]) => {
        const [label, suggested] = k.split("\u0000") as [string, string];
        return { label, suggested, count };
      })
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label) || a.suggested.localeCompare(b.suggested)),
  };
}
