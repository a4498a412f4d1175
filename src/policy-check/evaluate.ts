/**
 * How well the policy check agrees with labels made by hand (the way the State
 * Auditor read policies). Two numbers matter: exact agreement, and — because
 * telling an agency it complies when it does not is the costly error — the
 * share of elements labelled missing or partial that the check did NOT report
 * as addressed.
 */
import type { ElementStatus, PolicyCheckResult } from "./policy-check.schema.js";

export type ConfusionMatrix = Record<ElementStatus, Record<ElementStatus, number>>;

export interface LabeledPolicy {
  policy: string;
  /** Element status by citation, e.g. `{ "1798.90.51(b)(2)(G)": "partial" }` (the part after "§ " is enough). */
  labels: Record<string, ElementStatus>;
}

export interface Evaluation {
  /** Exact agreement over every labelled element. */
  accuracy: number;
  n: number;
  /** Rows: label; columns: predicted. */
  confusion: ConfusionMatrix;
  /** Of the elements labelled missing or partial, the share not reported as addressed (1 when there are none). */
  missingOrPartialNotAddressed: number;
  /** Agreement per label key. */
  perElement: Record<string, { n: number; correct: number }>;
  disagreements: { policy: string; element: string; label: ElementStatus; predicted: ElementStatus | "not checked" }[];
}

const STATUSES: ElementStatus[] = ["addressed", "partial", "missing"];

/** "Cal. Civ. Code § 1798.90.51(b)(2)(G)" and "1798.90.51(b)(2)(G)" name the same element. */
export function sameElement(citation: string, key: string): boolean {
  const bare = (s: string) => s.replace(/^.*§+\s*/, "").replace(/\s+/g, "");
  return bare(citation) === bare(key);
}

/**
 * Compares check results with labels.
 *
 * @example
 * const e = evaluatePolicyChecks([{ policy: "daly-city", labels, result: checkPolicy(doc, requirements) }]);
 * e.accuracy // 0.89
 * e.confusion.partial.addressed // partial elements wrongly reported as addressed
 */
export function evaluatePolicyChecks(runs: (LabeledPolicy & { result: PolicyCheckResult })[]): Evaluation {
  const confusion = Object.fromEntries(STATUSES.map((l) => [l, Object.fromEntries(STATUSES.map((p) => [p, 0]))])) as ConfusionMatrix;
  const perElement: Evaluation["perElement"] = {};
  const disagreements: Evaluation["disagreements"] = [];
  let n = 0;
  let correct = 0;
  let weak = 0;
  let weakKept = 0;
  for (const run of runs) {
    for (const [key, label] of Object.entries(run.labels)) {
      const predicted = run.result.results.find((r) => sameElement(r.citation, key))?.status;
      n++;
      const row = (perElement[key] ??= { n: 0, correct: 0 });
      row.n++;
      if (label !== "addressed") {
        weak++;
        if (predicted !== "addressed") weakKept++;
      }
      if (!predicted) {
        disagreements.push({ policy: run.policy, element: key, label, predicted: "not checked" });
        continue;
      }
      confusion[label][predicted]++;
      if (predicted === label) {
        correct++;
        row.correct++;
      } else disagreements.push({ policy: run.policy, element: key, label, predicted });
    }
  }
  return { accuracy: n ? correct / n : 0, n, confusion, missingOrPartialNotAddressed: weak ? weakKept / weak : 1, perElement, disagreements };
}
