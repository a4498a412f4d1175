/**
 * The comparison of two renderings of one section, one provision per line:
 * provisions aligned first (identical ones by patience-style anchors, rewritten
 * and relettered ones by shared words), then only the rows that changed are
 * word-diffed. It gives the side-by-side rows of the comparative print and the
 * inline redline that marks a section as amended (`amendSection`), so a
 * relettered provision reads "~~(D)~~ *(C)* The purposes …" and a removed one is
 * struck whole. A section is mostly unchanged text, so a long section costs
 * about one word diff of it, and a word never matches a far-away provision.
 */
import { diffArrays } from "diff";
import { amendedText, appendRun, markChanges, originalText } from "./amend-marks.js";
import type { Segment } from "./amend.schema.js";

export type RowStatus = "same" | "changed" | "added" | "removed";
/** One provision: the law in force on the left, as proposed on the right; a side is absent when the provision is only on the other. */
export type ComparisonRow = { current?: Segment[]; proposed?: Segment[]; status: RowStatus };
/** Words as printed: a shared word folded into a rewrite counts as struck and as inserted. */
export type ComparisonCounts = { insertedWords: number; deletedWords: number; changedProvisions: number };
export type SectionComparison = { rows: ComparisonRow[]; redline: Segment[]; counts: ComparisonCounts };

/** Share of words two provisions must have in common to count as the same provision rewritten. */
const SIMILAR = 0.3;
/** How far (in provisions, beyond the difference in counts) a provision is looked for from its place in order. */
const BAND = 8;
/** The largest changed block aligned by content (its score table is 8 bytes a cell); a larger one is paired in order. */
const MAX_CELLS = 250_000;
const INDENT = /^\s*/;

const push = appendRun;

/** One side of a marked line: the other side's runs left out and the neighbours they separated joined. */
function side(marks: readonly Segment[], drop: Segment["kind"]): Segment[] {
  const out: Segment[] = [];
  for (const s of marks) if (s.kind !== drop) push(out, s.text, s.kind);
  return out;
}

/**
 * Provisions printed identically and only once in both texts, kept in order
 * (patience diff's anchors, by longest increasing run). Statute provisions are
 * nearly all unique, so this aligns a section in O(n log n), where a plain line
 * diff costs provisions × changed provisions.
 */
function anchors(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  const seen = new Map<string, { inA: number; inB: number; i: number }>();
  a.forEach((line, i) => { const s = seen.get(line); if (s) s.inA++; else seen.set(line, { inA: 1, inB: 0, i }); });
  for (const line of b) { const s = seen.get(line); if (s) s.inB++; }
  const cand: Array<[number, number]> = [];
  b.forEach((line, j) => { const s = seen.get(line); if (s?.inA === 1 && s.inB === 1) cand.push([s.i, j]); });
  const tails: number[] = [];
  const prev = new Int32Array(cand.length);
  cand.forEach(([i], c) => {
    let lo = 0;
    for (let hi = tails.length; lo < hi; ) { const mid = (lo + hi) >> 1; if (cand[tails[mid]!]![0] < i) lo = mid + 1; else hi = mid; }
    prev[c] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = c;
  });
  const out: Array<[number, number]> = [];
  for (let c = tails.length ? tails[tails.length - 1]! : -1; c >= 0; c = prev[c]!) out.push(cand[c]!);
  return out.reverse();
}

function wordSet(line: string): Set<string> {
  return new Set(line.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size + b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const w of small) if (large.has(w)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/**
 * The best-total alignment of old and new provisions by shared words, in order.
 * A relettering changes every later label, so each of those lines differs; by
 * content each provision still sits opposite its old text when a new one was
 * slipped in before it. Only pairs near their place in order are scored, so the
 * cost grows with the block, not its square.
 */
function similarPairs(removed: string[], added: string[]): Array<[number, number]> {
  const k = removed.length;
  const m = added.length;
  const a = removed.map(wordSet);
  const b = added.map(wordSet);
  if (k === m && a.every((s, i) => similarity(s, b[i]!) >= SIMILAR)) return a.map((_, i) => [i, i]);
  if ((k + 1) * (m + 1) > MAX_CELLS) return [];
  const band = (Math.abs(k - m) + BAND) * k;
  const score = new Float64Array((k + 1) * (m + 1));
  const at = (i: number, j: number) => i * (m + 1) + j;
  for (let i = 1; i <= k; i++) {
    for (let j = 1; j <= m; j++) {
      const s = Math.abs(j * k - i * m) <= band ? similarity(a[i - 1]!, b[j - 1]!) : 0;
      score[at(i, j)] = Math.max(score[at(i - 1, j)]!, score[at(i, j - 1)]!, s >= SIMILAR ? score[at(i - 1, j - 1)]! + s : 0);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = k, j = m; i > 0 && j > 0; ) {
    if (score[at(i, j)] === score[at(i - 1, j)]) i--;
    else if (score[at(i, j)] === score[at(i, j - 1)]) j--;
    else pairs.push([--i, --j]);
  }
  return pairs.reverse();
}

/** A row: a provision of the current text, of the proposed text, or of both. */
type Pair = [string | undefined, string | undefined];

/** Pairs the removed and added provisions of one changed block into rows, keeping the order of both texts. */
function pairBlock(removed: string[], added: string[]): Pair[] {
  const k = removed.length;
  const m = added.length;
  const pairs = k > 1 || m > 1 ? similarPairs(removed, added) : [];
  // Between two pairs, as many old provisions as new ones are rewrites in place; otherwise each side stands alone.
  const out: Pair[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [k, m] as [number, number]]) {
    if (pi - i === pj - j) for (; i < pi; i++, j++) out.push([removed[i], added[j]]);
    for (; i < pi; i++) out.push([removed[i], undefined]);
    for (; j < pj; j++) out.push([undefined, added[j]]);
    if (pi < k) out.push([removed[i++], added[j++]]);
  }
  return out;
}

/**
 * Marks one rewritten provision word by word. Indentation is compared on its own
 * (a relettered provision may change level), and since jsdiff's word diff keeps
 * only one side's spacing, a line whose marks would not give back both texts
 * exactly is shown as struck and reinserted whole.
 */
function markLine(before: string, after: string): Segment[] {
  const bi = INDENT.exec(before)![0];
  const ai = INDENT.exec(after)![0];
  const [bl, al] = [LABELS.exec(before.slice(bi.length))?.[0] ?? "", LABELS.exec(after.slice(ai.length))?.[0] ?? ""];
  const [b, a] = [before.slice(bi.length + bl.length), after.slice(ai.length + al.length)];
  let body = markChanges(b, a);
  if (originalText(body) !== b || amendedText(body) !== a) body = [{ text: b, kind: "deleted" }, { text: a, kind: "inserted" }];
  const out: Segment[] = [];
  if (bi === ai) push(out, bi, "same");
  else { push(out, bi, "deleted"); push(out, ai, "inserted"); }
  for (const s of markLabels(bl, al)) push(out, s.text, s.kind);
  for (const s of body) push(out, s.text, s.kind);
  return out;
}

/** The labels that open a provision's line: "(b) (1) ". */
const LABELS = /^(?:\([0-9A-Za-z]{1,6}\)[ \t]*)+/;

/**
 * A provision's labels marked whole, as a bill reletters them: "~~(D)~~ *(C)*",
 * never "(~~D~~*C*)". Labels are compared one by one when both lines have as
 * many; otherwise the old ones are struck and the new ones inserted.
 */
function markLabels(before: string, after: string): Segment[] {
  const tokens = (s: string) => s.match(/\([0-9A-Za-z]{1,6}\)|[ \t]+/g) ?? [];
  const [b, a] = [tokens(before), tokens(after)];
  const out: Segment[] = [];
  if (b.length !== a.length) {
    push(out, before, "deleted");
    push(out, after, "inserted");
    return out;
  }
  b.forEach((t, i) => {
    if (t === a[i]) push(out, t, "same");
    else {
      push(out, t, "deleted");
      push(out, a[i]!, "inserted");
    }
  });
  return out;
}

function countWords(marks: readonly Segment[], kind: Segment["kind"]): number {
  let n = 0;
  for (const s of marks) if (s.kind === kind) n += s.text.match(/\S+/g)?.length ?? 0;
  return n;
}

/** The rows of the side-by-side view: provisions matched across the texts, or standing on one side. */
function alignLines(a: string[], b: string[]): Pair[] {
  const out: Pair[] = [];
  // Between two anchors, lines repeated in the text may still match: only then is a line diff needed.
  const gap = (ga: string[], gb: string[]) => {
    const inA = new Set(ga);
    const changes = gb.some((l) => inA.has(l)) ? diffArrays(ga, gb) : [{ removed: true, added: false, value: ga }, { removed: false, added: true, value: gb }];
    let removed: string[] = [];
    let added: string[] = [];
    for (const change of [...changes, { removed: false, added: false, value: [] as string[] }]) {
      if (change.removed) removed.push(...change.value);
      else if (change.added) added.push(...change.value);
      else {
        out.push(...pairBlock(removed, added), ...change.value.map((l): Pair => [l, l]));
        [removed, added] = [[], []];
      }
    }
  };
  let i = 0;
  let j = 0;
  for (const [ai, bj] of [...anchors(a, b), [a.length, b.length]]) {
    gap(a.slice(i, ai), b.slice(j, bj));
    if (ai < a.length) out.push([a[ai], b[bj]]);
    [i, j] = [ai + 1, bj + 1];
  }
  return out;
}

/**
 * Compares two renderings of a section, one provision per line.
 *
 * @example
 * const cmp = compareSection("(a) Keep records.\n(b) Report.", "(a) Keep all records.\n(b) Report.");
 * cmp.rows.map((r) => r.status) // ["changed", "same"]
 * cmp.redline // [{ text: "(a) Keep ", kind: "same" }, { text: "all ", kind: "inserted" }, { text: "records.\n(b) Report.", kind: "same" }]
 * cmp.counts // { insertedWords: 1, deletedWords: 0, changedProvisions: 1 }
 */
export function compareSection(current: string, proposed: string): SectionComparison {
  const rows: ComparisonRow[] = [];
  const redline: Segment[] = [];
  let seenCurrent = false;
  let seenProposed = false;
  const lines = (text: string) => (text === "" ? [] : text.split("\n"));
  for (const [before, after] of alignLines(lines(current), lines(proposed))) {
    // The line break before a provision belongs to whichever text already has a provision above it.
    const breakBefore = before !== undefined && seenCurrent;
    const breakAfter = after !== undefined && seenProposed;
    if (breakBefore || breakAfter) push(redline, "\n", breakBefore ? (breakAfter ? "same" : "deleted") : "inserted");
    seenCurrent ||= before !== undefined;
    seenProposed ||= after !== undefined;
    if (before !== undefined && before === after) {
      rows.push({ current: [{ text: before, kind: "same" }], proposed: [{ text: after, kind: "same" }], status: "same" });
      push(redline, before, "same");
    } else if (before !== undefined && after !== undefined) {
      const marks = markLine(before, after);
      rows.push({ current: side(marks, "inserted"), proposed: side(marks, "deleted"), status: "changed" });
      for (const s of marks) push(redline, s.text, s.kind);
    } else if (before !== undefined) {
      rows.push({ current: [{ text: before, kind: "deleted" }], status: "removed" });
      push(redline, before, "deleted");
    } else if (after !== undefined) {
      rows.push({ proposed: [{ text: after, kind: "inserted" }], status: "added" });
      push(redline, after, "inserted");
    }
  }
  const changedProvisions = rows.filter((r) => r.status !== "same").length;
  return { rows, redline, counts: { insertedWords: countWords(redline, "inserted"), deletedWords: countWords(redline, "deleted"), changedProvisions } };
}

