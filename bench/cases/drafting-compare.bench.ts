/**
 * Comparative print: compareSection (side-by-side rows + inline redline) on a
 * section of ~1k, 5k and 20k words built from real California Civil Code text,
 * one provision per line, with 10 word edits per 1,000 words spread through it.
 * The baseline is one jsdiff diffWords over the same two texts; compareSection
 * should stay within a small factor of it (ratio of medians ≤ 2) and grow
 * linearly (flat µs per word). Also: the same 5k section with every provision
 * rewritten (the pairing's worst case), and markChanges over the whole text for
 * reference — what a redline without line alignment would cost.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { diffWords } from "diff";
import { markChanges } from "../../src/drafting/amend-marks.js";
import { compareSection } from "../../src/drafting/compare.js";
import { listFiles } from "../../src/lib/hash.js";
import { packagePath } from "../../src/lib/package-info.js";
import { validateStatuteFile } from "../../src/statutes/statute-file.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

/** Sentences are added to a provision until it reaches this many words: ~50 on average, ~100 provisions in 5k words. */
const WORDS_PER_PROVISION = 40;
const EDITS_PER_1K = 10;

/** A deterministic generator, so every run measures the same texts. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function sentences(): Promise<string[]> {
  const root = packagePath("statutes");
  const files = await listFiles(packagePath("statutes", "ca", "civ"), [".yaml"]);
  const texts = files.flatMap((f) => validateStatuteFile(relative(root, f), readFileSync(f, "utf8")).versions.map((v) => v.text ?? ""));
  return texts.join("\n").replace(/\([a-zA-Z0-9]+\)\s*/g, "").split(/(?<=[.:;])\s+/).map((s) => s.trim()).filter((s) => s.split(" ").length >= 4);
}

/** ~`words` words as numbered provisions, sentences taken in a varying order so provisions differ. */
function section(pool: string[], words: number): string[][] {
  const lines: string[][] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const line = [`(${i + 1})`];
    for (let k = 0; line.length < WORDS_PER_PROVISION; k++) line.push(...pool[(i * 7 + k * 3) % pool.length]!.split(" "));
    lines.push(line);
    n += line.length;
  }
  return lines;
}

/** Replacements, insertions and deletions, one per stretch of the text, never touching a provision's label. */
function edited(lines: string[][], edits: number, seed = 7): string[][] {
  const next = random(seed);
  const out = lines.map((l) => [...l]);
  const total = out.reduce((n, l) => n + l.length, 0);
  const places = Array.from({ length: edits }, (_, e) => Math.floor(((e + 0.25 + 0.5 * next()) * total) / edits)).reverse();
  places.forEach((place, e) => {
    // Latest place first, so an edit never shifts a place still to come.
    let line = 0;
    for (; line < out.length - 1 && place >= out[line]!.length; line++) place -= out[line]!.length;
    const words = out[line]!;
    const i = Math.max(1, Math.min(place, words.length - 1));
    if (e % 3 === 0) words[i] = ["operator", "agency", "sixty", "shall", "retained"][e % 5]!;
    else if (e % 3 === 1) words.splice(i, 0, ["not", "reasonable", "each year"][e % 3]!);
    else if (words.length > 2) words.splice(i, 1);
  });
  return out;
}

const join = (lines: string[][]) => lines.map((l) => l.join(" ")).join("\n");
const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(0.95 * samples.length) - 1]!;

/** The baselines get fewer runs where they take seconds (a rewrite is Myers' worst case). */
async function measure(label: string, before: string, after: string, runs: number, baseRuns = runs): Promise<BenchRow> {
  const ours = await timeRuns(runs, () => compareSection(before, after), 5);
  const base = await timeRuns(baseRuns, () => diffWords(before, after), Math.min(5, baseRuns - 1));
  const whole = summarize(await timeRuns(Math.min(baseRuns, 5), () => markChanges(before, after), 1));
  const words = before.split(/\s+/).length;
  const cmp = compareSection(before, after);
  return {
    input: label,
    words,
    provisions: before.split("\n").length,
    "changed rows": cmp.counts.changedProvisions,
    "compare median ms": summarize(ours).median,
    "compare p95 ms": p95(ours),
    "diffWords median ms": summarize(base).median,
    "diffWords p95 ms": p95(base),
    ratio: (summarize(ours).median / summarize(base).median).toFixed(2),
    "compare µs/word": ((summarize(ours).median * 1000) / words).toFixed(2),
    "whole-text markChanges ms": whole.median,
  };
}

export const draftingCompareCase: BenchCase = {
  name: "drafting-compare",
  description:
    "compareSection on a 1k/5k/20k-word section (one provision per line, 10 word edits per 1k words) vs one jsdiff diffWords on the same texts: ratio of medians, target ≤ 2, flat µs/word. Plus every provision rewritten (5k), and whole-text markChanges for reference.",
  async run() {
    const pool = await sentences();
    const rows: BenchRow[] = [];
    for (const words of [1_000, 5_000, 20_000]) {
      const base = section(pool, words);
      const edits = (words / 1000) * EDITS_PER_1K;
      rows.push(await measure(`${edits} edits`, join(base), join(edited(base, edits)), words >= 20_000 ? 30 : 100));
    }
    const base = section(pool, 5_000);
    const rewritten = base.map((l, i) => [l[0]!, ...l.slice(1).reverse().slice(0, 20 + (i % 15))]);
    rows.push(await measure("every provision rewritten", join(base), join(rewritten), 30, 3));
    return rows;
  },
};
