/**
 * A letter as a PDF for mailing and the public record, with nothing to
 * install: pdfkit's built-in standard fonts (Times for text, Helvetica for the
 * letterhead mark, Courier for code), letter paper, 1in margins. It lays out
 * the same mdast as the HTML and DOCX: letterhead on page 1, headings,
 * paragraphs with inline bold/italic/strike, lists, indented statutory quotes,
 * tables (`pdf-table.ts`), and "Page X of Y" on every page.
 */
import type { Nodes, Root } from "mdast";
import { drawTable } from "./pdf-table.js";
import { INCH, letterPage } from "./pdf-page.js";
import { toWinAnsi, writeRuns, type Doc } from "./pdf-text.js";
import { fitLogo, flattenRuns, letterheadLines, plainText, type Letterhead, type RenderOptions, type Run } from "./types.js";

const BODY = 12;
const HEADING_SIZES = [16, 14, 12.5, 12, 12, 12];
/** Where a block sits: its left indent, its type size, and whether it is inside a quote (indented on the right too). */
type Ctx = { indent: number; size: number; quote: boolean };

function letterhead(doc: Doc, head: Letterhead): void {
  const width = doc.page.width - INCH * 2;
  if (head.logo) {
    const size = fitLogo(head.logo, 135, 54); // points: at most 1.9 × 0.75 in
    doc.image(Buffer.from(head.logo.bytes), INCH + (width - size.width) / 2, doc.y, size);
    doc.y += size.height + 6;
  }
  if (head.logoText) doc.font("Helvetica-Bold").fontSize(10).text(toWinAnsi(head.logoText), INCH, doc.y, { width, align: "center", characterSpacing: 2 });
  doc.font("Times-Bold").fontSize(16).text(toWinAnsi(head.office), INCH, doc.y, { width, align: "center" });
  doc.font("Times-Roman").fontSize(10);
  for (const line of letterheadLines(head)) doc.text(toWinAnsi(line), INCH, doc.y, { width, align: "center" });
  doc.moveDown(0.3);
  doc.lineWidth(1.5).moveTo(INCH, doc.y).lineTo(doc.page.width - INCH, doc.y).stroke();
  doc.moveDown(1.2);
}

function box(doc: Doc, ctx: Ctx, extra = 0) {
  const x = doc.page.margins.left + ctx.indent + extra;
  return { x, width: doc.page.width - doc.page.margins.right - x - (ctx.quote ? 36 : 0), size: ctx.size };
}

function paragraph(doc: Doc, runs: Run[], ctx: Ctx): void {
  writeRuns(doc, runs, box(doc, ctx));
  doc.moveDown(0.5);
}

function list(doc: Doc, node: Extract<Nodes, { type: "list" }>, ctx: Ctx): void {
  const start = node.start ?? 1;
  node.children.forEach((item, i) => {
    const marker = node.ordered ? `${start + i}.` : ["\u2022", "\u2013", "\u00b7"][(ctx.indent / 18) % 3]!;
    const inner: Ctx = { ...ctx, indent: ctx.indent + 18 };
    item.children.forEach((child, j) => {
      if (j === 0 && child.type === "paragraph") {
        const b = box(doc, inner);
        const y = doc.y;
        doc.font("Times-Roman").fontSize(ctx.size).text(marker, b.x - 18, y, { width: 16, lineBreak: false });
        doc.y = y;
        writeRuns(doc, flattenRuns(child.children), b);
        doc.moveDown(0.25);
      } else block(doc, child, inner);
    });
  });
  doc.moveDown(0.25);
}

function quote(doc: Doc, node: Extract<Nodes, { type: "blockquote" }>, ctx: Ctx): void {
  const inner: Ctx = { indent: ctx.indent + 36, size: ctx.size - 1, quote: true };
  const page = doc.bufferedPageRange().count;
  const top = doc.y;
  for (const child of node.children) block(doc, child, inner);
  doc.y -= doc.currentLineHeight() * 0.5; // the last paragraph's gap belongs after the bar
  if (doc.bufferedPageRange().count === page) {
    const x = doc.page.margins.left + ctx.indent + 28;
    doc.save().lineWidth(2).strokeColor("#666666").moveTo(x, top).lineTo(x, doc.y).stroke().restore();
  }
  doc.moveDown(0.5);
}

function block(doc: Doc, node: Nodes, ctx: Ctx): void {
  switch (node.type) {
    case "heading": {
      const size = HEADING_SIZES[node.depth - 1]!;
      if (doc.y > doc.page.height - doc.page.margins.bottom - size * 4) doc.addPage();
      doc.moveDown(0.4);
      writeRuns(doc, flattenRuns(node.children), { ...box(doc, ctx), size, bold: true, italic: node.depth >= 4 });
      doc.moveDown(0.3);
      return;
    }
    case "paragraph":
      return paragraph(doc, flattenRuns(node.children), ctx);
    case "blockquote":
      return quote(doc, node, ctx);
    case "list":
      return list(doc, node, ctx);
    case "table":
      return drawTable(doc, node);
    case "code":
      return paragraph(doc, node.value.split("\n").flatMap((text, i): Run[] => [...(i ? [{ text: "", lineBreak: true }] : []), { text, code: true }]), ctx);
    case "thematicBreak": {
      const b = box(doc, ctx);
      doc.moveDown(0.3).lineWidth(0.5).moveTo(b.x, doc.y).lineTo(b.x + b.width, doc.y).stroke().moveDown(0.7);
      return;
    }
    case "html":
    case "definition":
      return;
    default: {
      const text = plainText(node); // footnotes, images: their words, not their form
      if (text) paragraph(doc, [{ text }], ctx);
    }
  }
}

/**
 * Renders a parsed letter to PDF bytes (letter size, 1in margins, standard fonts only).
 * @example
 * const bytes = await renderPdf(parseLetter("# Finding 1\n\n> Statute text."), { title: "Finding letter" });
 * new TextDecoder().decode(bytes.subarray(0, 5)) // "%PDF-"
 */
export function renderPdf(tree: Root, opts: RenderOptions): Promise<Uint8Array> {
  const { doc, finish } = letterPage({ Title: opts.title, Author: opts.letterhead?.office ?? "Oversight" });
  if (opts.letterhead) letterhead(doc, opts.letterhead);
  const ctx: Ctx = { indent: 0, size: BODY, quote: false };
  for (const node of tree.children) block(doc, node, ctx);
  return finish();
}
