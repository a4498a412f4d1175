/**
 * Inline text for the PDF renderer: styled runs laid out with pdfkit's
 * `continued` text, in the fourteen standard fonts only (no font files to
 * ship or embed), so every run's text is first spelled in their WinAnsi
 * encoding (`toWinAnsi`). pdfkit carries a continued call's options into the
 * next call, so every run states its link, underline and strike explicitly.
 */
import type PDFDocument from "pdfkit";
import type { Run } from "./types.js";

export type Doc = InstanceType<typeof PDFDocument>;
export type Box = { x: number; width: number; size: number; bold?: boolean; italic?: boolean; align?: "left" | "center" | "right" };

/** The standard font for a run's style. */
export function fontFor(bold: boolean, italic: boolean, code = false): string {
  if (code) return bold ? "Courier-Bold" : "Courier";
  return bold ? (italic ? "Times-BoldItalic" : "Times-Bold") : italic ? "Times-Italic" : "Times-Roman";
}

/** Soft line breaks are spaces on paper, as in the browser. */
/** Characters the standard fonts' WinAnsi (Windows-1252) encoding has beyond Latin-1. */
const WIN_ANSI_EXTRA = "ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜";
const ENCODABLE = new RegExp(`^[\\n\\t\\x20-\\x7e\\xa0-\\xff${WIN_ANSI_EXTRA}]$`, "u");
/** Common characters outside WinAnsi, spelled with ones inside it. */
const SUBSTITUTES: Record<string, string> = {
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "—", "\u2032": "'", "\u2033": '"', "\u201b": "'", "\u201f": '"',
  "\u2264": "<=", "\u2265": ">=", "\u2260": "!=", "\u2192": "->", "\u2190": "<-", "\u2044": "/", "\u2116": "No.", "\u2023": "•", "\u25cf": "•",
  "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", // letters Unicode does not decompose to a base letter
  "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
};

function substitute(ch: string): string {
  if (ch in SUBSTITUTES) return SUBSTITUTES[ch]!;
  if (/\s/u.test(ch)) return " "; // thin, narrow and other Unicode spaces
  // Compatibility forms and accented letters fall back to their base letters ("ﬁ" → "fi", "ő" → "o").
  const base = Array.from(ch.normalize("NFKD").replace(/\p{M}/gu, ""), (c) => (ENCODABLE.test(c) ? c : (SUBSTITUTES[c] ?? ""))).join("");
  return base || "?";
}

/**
 * Text the standard fonts can draw: pdfkit writes any other character as a
 * broken code (or a blank glyph), so it is replaced by its nearest WinAnsi spelling, else "?".
 *
 * @example toWinAnsi("Section 1798.90.51 ≤ 60 days — Łódź") // "Section 1798.90.51 <= 60 days — Lódz" (ó is in WinAnsi; Ł and ź are not)
 */
export function toWinAnsi(text: string): string {
  if (/^[\x20-\x7e\n\t]*$/.test(text)) return text; // plain ASCII, nearly every run
  return Array.from(text.normalize("NFC"), (ch) => (ENCODABLE.test(ch) ? ch : substitute(ch))).join("");
}

function textOf(run: Run): string {
  return run.lineBreak ? "\n" : toWinAnsi(run.text.replace(/[ \t]*\r?\n[ \t]*/g, " "));
}

/** Splits runs at hard line breaks: pdfkit drops a lone "\n" between continued fragments. */
function lines(runs: readonly Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const run of runs) {
    if (run.lineBreak) out.push([]);
    else out.at(-1)!.push(run);
  }
  return out;
}

/** Writes runs as one paragraph at the current y, wrapping within the box; the cursor ends below it. */
export function writeRuns(doc: Doc, runs: readonly Run[], box: Box): void {
  for (const line of lines(runs)) {
    const list = line.length > 0 ? line : [{ text: " " }];
    list.forEach((run, i) => {
      doc.font(fontFor(Boolean(box.bold || run.bold), Boolean(box.italic || run.italic), run.code)).fontSize(run.code ? box.size - 1 : box.size);
      const options = {
        width: box.width, align: box.align ?? "left", continued: i < list.length - 1,
        link: run.link ?? null, underline: Boolean(run.link), strike: Boolean(run.strike),
      } as PDFKit.Mixins.TextOptions;
      if (i === 0) doc.text(textOf(run), box.x, doc.y, options);
      else doc.text(textOf(run), options);
    });
  }
  doc.x = box.x;
}

/** Height the runs would take in the box (measured in the box's base font; close enough for layout decisions). */
export function heightOfRuns(doc: Doc, runs: readonly Run[], box: Box): number {
  doc.font(fontFor(Boolean(box.bold), Boolean(box.italic))).fontSize(box.size);
  return doc.heightOfString(runs.map(textOf).join("") || " ", { width: box.width });
}

/** Natural single-line width and longest-word width of runs, for sizing table columns. */
export function widthsOfRuns(doc: Doc, runs: readonly Run[], box: Pick<Box, "size" | "bold">): { max: number; min: number } {
  doc.font(fontFor(Boolean(box.bold), false)).fontSize(box.size);
  const text = runs.map(textOf).join("");
  const lines = text.split("\n");
  const max = Math.max(0, ...lines.map((l) => doc.widthOfString(l)));
  const min = Math.max(0, ...text.split(/\s+/).map((w) => doc.widthOfString(w)));
  return { max, min };
}
