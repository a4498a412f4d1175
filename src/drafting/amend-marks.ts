/**
 * The marked text of a section as amended: the law in force with struck words
 * shown where they were and new words where they go, as a comparative print
 * shows them. A word diff alone interleaves a rewritten sentence with the odd
 * shared word ("the", "ALPR information"); short shared runs inside a change are
 * folded into it, so a replaced provision reads as the old words struck, then the
 * new words inserted.
 *
 * The diff keeps spaces as tokens of their own (diffWordsWithSpace): plain
 * diffWords hands the space before words appended to a provision to the
 * unchanged run, so the marks no longer spell the law in force and the
 * comparative print had to strike and reinsert the whole provision.
 */
import { diffWordsWithSpace } from "diff";
import type { Segment } from "./amend.schema.js";

/** Appends a run, joining it to the last one when they are of one kind; empty runs are dropped. */
export function appendRun(out: Segment[], text: string, kind: Segment["kind"]): void {
  if (text === "") return;
  const last = out[out.length - 1];
  if (last && last.kind === kind) last.text += text;
  else out.push({ text, kind });
}

const push = (out: Segment[], seg: Segment): void => appendRun(out, seg.text, seg.kind);

/** Merges each run of changes into one deleted then one inserted segment. */
function coalesce(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = "";
  let ins = "";
  const flush = () => {
    push(out, { text: del, kind: "deleted" });
    push(out, { text: ins, kind: "inserted" });
    del = ins = "";
  };
  for (const s of segments) {
    if (s.kind === "same") { flush(); push(out, s); }
    else if (s.kind === "deleted") del += s.text;
    else ins += s.text;
  }
  flush();
  return out;
}

/** Folds a shared run into the changes around it when it is shorter than the change on either side and stays on one line. */
function absorb(segments: Segment[]): Segment[] {
  const out = segments.map((s) => ({ ...s }));
  const changed = (i: number, step: number) => {
    let n = 0;
    for (let j = i + step; j >= 0 && j < out.length && out[j]!.kind !== "same"; j += step) n += out[j]!.text.length;
    return n;
  };
  for (let i = 1; i < out.length - 1; i++) {
    const s = out[i]!;
    if (s.kind !== "same" || s.text.includes("\n")) continue;
    const left = changed(i, -1);
    const right = changed(i, 1);
    if (left > 0 && right > 0 && s.text.trim().length <= Math.min(left, right)) {
      out.splice(i, 1, { text: s.text, kind: "deleted" }, { text: s.text, kind: "inserted" });
    }
  }
  return coalesce(out);
}

/**
 * Marks the differences between two renderings of a section.
 *
 * @example
 * markChanges("(a) Keep records.", "(a) Keep all records.")
 * // [{ text: "(a) Keep ", kind: "same" }, { text: "all ", kind: "inserted" }, { text: "records.", kind: "same" }]
 */
export function markChanges(before: string, after: string): Segment[] {
  const parts: Segment[] = diffWordsWithSpace(before, after).map((c) => ({ text: c.value, kind: c.added ? "inserted" : c.removed ? "deleted" : "same" }));
  // Absorbing one run can make the change beside the next run long enough to absorb it too.
  let marks = coalesce(parts);
  for (let n = -1; n !== marks.length; ) { n = marks.length; marks = absorb(marks); }
  return marks;
}

/** The text of the marked section as amended (deleted runs left out). */
export function amendedText(marks: readonly Segment[]): string {
  return marks.filter((m) => m.kind !== "deleted").map((m) => m.text).join("");
}

/** The text of the law in force (inserted runs left out). */
export function originalText(marks: readonly Segment[]): string {
  return marks.filter((m) => m.kind !== "inserted").map((m) => m.text).join("");
}
