/**
 * Citation finding over real prose: findCitations on the bundled statute and
 * checklist text replicated to 12.5k, 25k, 50k and 100k words (growth should be
 * linear), against a single regex pass for "§"/"section" on the same text as
 * the baseline, plus hostile inputs that must stay linear.
 */
import { readFileSync } from "node:fs";
import { findCitations } from "../../src/statutes/citations.js";
import { listFiles } from "../../src/lib/hash.js";
import { packagePath } from "../../src/lib/package-info.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

export const citationsCase: BenchCase = {
  name: "citations",
  description: "findCitations over 12.5k–100k words of statute and checklist text vs one regex pass for section markers (ratio of medians); hostile inputs at 10× size.",
  async run() {
    const files = [...(await listFiles(packagePath("statutes"), [".yaml"])), ...(await listFiles(packagePath("checklists"), [".yaml"]))];
    const unit = files.map((f) => readFileSync(f, "utf8")).join("\n\n");
    const words = (s: string) => s.split(/\s+/).length;
    const rows: BenchRow[] = [];
    for (const target of [12_500, 25_000, 50_000, 100_000]) {
      let doc = unit;
      while (words(doc) < target) doc += `\n\n${unit}`;
      const ours = summarize(await timeRuns(10, () => findCitations(doc), 2));
      const base = summarize(await timeRuns(10, () => doc.match(/§+\s*\d|\bsections?\s+\d/gi)?.length, 2));
      rows.push({ input: `${target.toLocaleString()} words`, citations: findCitations(doc).citations.length, "median ms": ours.median, "regex pass ms": base.median, ratio: (ours.median / base.median).toFixed(1) });
    }
    for (const [name, bad] of [["'section 1, ' × 20k", "section 1, ".repeat(20_000)], ["'(' × 100k", "(".repeat(100_000)], ["digits × 200k", "1".repeat(200_000)]] as const) {
      rows.push({ input: name, citations: findCitations(bad).citations.length, "median ms": summarize(await timeRuns(3, () => findCitations(bad), 1)).median });
    }
    return rows;
  },
};
