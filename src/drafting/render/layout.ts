/**
 * What the bill's HTML, DOCX and PDF renderers share, so they print the same
 * paragraphs in the same order as the Markdown: where a section's label goes,
 * and which words are placeholders staff must still write.
 */
import { PLACEHOLDER, type BillSection, type Line } from "../assemble.js";

/** The reader's key to the marks, printed above the bill text. */
export const LEGEND = "Matter in italics is new; matter struck out is deleted.";

/** One printed paragraph of a bill section: the bold label that opens it, if any, then its marked runs. */
export type SectionParagraph = { label?: string; runs: Line };

/**
 * A section as printed paragraphs: the label opens the instruction ("SEC. 2.
 * Section … is added …"), or, for an uncodified section with no instruction,
 * its first line of text.
 *
 * @example
 * sectionParagraphs({ label: "SEC. 3.", op: "uncodified", instruction: "", lines: [[{ text: "Privacy matters.", kind: "same" }]] })
 * // [{ label: "SEC. 3.", runs: [{ text: "Privacy matters.", kind: "same" }] }]
 */
export function sectionParagraphs(section: BillSection): SectionParagraph[] {
  const [first, ...rest] = section.lines;
  const body = rest.map((runs) => ({ runs }));
  if (section.instruction) {
    return [{ label: section.label, runs: [{ text: section.instruction, kind: "same" }] }, ...(first ? [{ runs: first }] : []), ...body];
  }
  return [{ label: section.label, runs: first ?? [] }, ...body];
}

/**
 * Moves the spaces at the edges of inserted and struck runs out of them, so
 * print marks only words (the Word revisions keep the spaces: accepting a
 * deletion must remove its space too).
 *
 * @example
 * spacesOutside([{ text: "all ", kind: "deleted" }])
 * // [{ text: "all", kind: "deleted" }, { text: " ", kind: "same" }]
 */
export function spacesOutside(line: Line): Line {
  return line.flatMap((seg) => {
    if (seg.kind === "same") return [seg];
    const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(seg.text)!;
    const out: Line = [];
    if (lead) out.push({ text: lead, kind: "same" });
    if (core) out.push({ text: core, kind: seg.kind });
    if (trail) out.push({ text: trail, kind: "same" });
    return out;
  });
}

/**
 * Wraps the words of a run in a mark, keeping the spaces at its edges outside
 * the mark ("[-old-] {+new+}", "~~old~~ *new*"): a mark around a space is
 * invisible at best and breaks Markdown emphasis at worst.
 *
 * @example markWords(" all ", (w) => `~~${w}~~`) // " ~~all~~ "
 */
export function markWords(text: string, wrap: (words: string) => string): string {
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return core === "" ? text : `${lead}${wrap(core!)}${trail}`;
}

/**
 * Splits text into plain pieces and "[DESCRIBE …]" placeholders, in order.
 *
 * @example
 * splitPlaceholders("Existing law [DESCRIBE EXISTING LAW].")
 * // [{ text: "Existing law ", placeholder: false }, { text: "[DESCRIBE EXISTING LAW]", placeholder: true }, { text: ".", placeholder: false }]
 */
export function splitPlaceholders(text: string): { text: string; placeholder: boolean }[] {
  const pieces: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  // A fresh regex: matchAll starts from the shared global regex's lastIndex, which other callers may have moved.
  for (const m of text.matchAll(new RegExp(PLACEHOLDER.source, "g"))) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index), placeholder: false });
    pieces.push({ text: m[0], placeholder: true });
    at = m.index + m[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), placeholder: false });
  return pieces;
}
