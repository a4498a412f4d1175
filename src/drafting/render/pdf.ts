/**
 * The bill as a PDF for circulation and the record, laid out like the printed
 * California bill: centred heading block, the digest, then the bill text with
 * inserted words in italics and struck words struck through, "Page X of Y" on
 * every page. It uses pdfkit's standard Times fonts and the letter renderer's
 * run writer (`documents/render/pdf-text.ts`), so nothing is embedded or shipped.
 */
import { longDate } from "../../documents/templates/dates.js";
import type { Run } from "../../documents/render/types.js";
import { letterPage } from "../../documents/render/pdf-page.js";
import { writeRuns, type Box, type Doc } from "../../documents/render/pdf-text.js";
import type { BillDocument, Line } from "../assemble.js";
import { LEGEND, sectionParagraphs, spacesOutside } from "./layout.js";

const BODY = 12;

function runsOf(line: Line): Run[] {
  return spacesOutside(line).map((s) => ({ text: s.text, italic: s.kind === "inserted", strike: s.kind === "deleted" }));
}

const plain = (text: string, style: Omit<Run, "text"> = {}): Run[] => [{ ...style, text }];

/** The text column, optionally indented, at a type size. */
function box(doc: Doc, size = BODY, indent = 0, extra: Partial<Box> = {}): Box {
  const x = doc.page.margins.left + indent;
  return { x, width: doc.page.width - doc.page.margins.right - x, size, ...extra };
}

function paragraph(doc: Doc, runs: Run[], b: Box, after = 0.5): void {
  writeRuns(doc, runs, b);
  doc.moveDown(after);
}

/** Starts a new page when fewer than `lines` lines are left, so a heading or label is not stranded at the foot. */
function keepLines(doc: Doc, lines: number, size = BODY): void {
  if (doc.y > doc.page.height - doc.page.margins.bottom - size * 1.2 * lines) doc.addPage();
}

function rule(doc: Doc): void {
  const b = box(doc);
  doc.moveDown(0.2).lineWidth(0.75).moveTo(b.x, doc.y).lineTo(b.x + b.width, doc.y).stroke().moveDown(0.6);
}

function heading(doc: Doc, text: string): void {
  keepLines(doc, 4);
  doc.moveDown(0.4);
  paragraph(doc, plain(text), box(doc, BODY, 0, { bold: true, align: "center" }), 0.4);
}

function headBlock(doc: Doc, bill: BillDocument): void {
  const centred = (size: number, extra: Partial<Box> = {}) => box(doc, size, 0, { align: "center", ...extra });
  if (bill.sessionLine) paragraph(doc, plain(bill.sessionLine), centred(10), 0.6);
  paragraph(doc, plain(bill.heading), centred(18, { bold: true }), 0.3);
  if (bill.version) paragraph(doc, plain(bill.version, { italic: true }), centred(BODY), 0.3);
  paragraph(doc, plain(bill.introducedBy), centred(BODY), 0.2);
  if (bill.introduced) paragraph(doc, plain(longDate(bill.introduced)), centred(BODY), 0.2);
  doc.moveDown(0.8);
  paragraph(doc, plain(bill.title), box(doc, BODY, 0, { bold: true }), 0.6);
}

function digest(doc: Doc, bill: BillDocument): void {
  rule(doc);
  heading(doc, "LEGISLATIVE COUNSEL'S DIGEST");
  paragraph(doc, plain(bill.digest.lead), box(doc));
  for (const p of bill.digest.paragraphs) paragraph(doc, plain(p), box(doc));
  keepLines(doc, 3);
  paragraph(doc, plain("Digest Key", { bold: true }), box(doc, 10), 0);
  paragraph(doc, plain(bill.digest.key), box(doc, 10), 0.3);
  rule(doc);
}

/** A drafter's note: indented, smaller, with a grey bar, so no one reads it as bill text. */
function note(doc: Doc, text: string): void {
  const page = doc.bufferedPageRange().count;
  const top = doc.y;
  paragraph(doc, [{ text: "Drafter's note: ", bold: true }, ...plain(text, { italic: true })], box(doc, 10, 24), 0);
  if (doc.bufferedPageRange().count === page) {
    const x = doc.page.margins.left + 16;
    doc.save().lineWidth(2).strokeColor("#888888").moveTo(x, top).lineTo(x, doc.y).stroke().restore();
  }
  doc.moveDown(0.8);
}

function billText(doc: Doc, bill: BillDocument): void {
  heading(doc, "Bill Text");
  paragraph(doc, plain(LEGEND, { italic: true }), box(doc, 10, 0, { align: "center" }), 0.6);
  paragraph(doc, plain(bill.enactingClause), box(doc));
  for (const section of bill.sections) {
    for (const p of sectionParagraphs(section)) {
      if (p.label) keepLines(doc, 4);
      const label: Run[] = p.label ? [{ text: `${p.label} `, bold: true }] : [];
      paragraph(doc, [...label, ...runsOf(p.runs)], box(doc));
    }
    if (section.note) note(doc, section.note);
  }
}

/**
 * Renders the bill to PDF bytes (letter size, 1in margins, standard fonts only).
 *
 * @example
 * const bytes = await renderBillPdf(buildBill(input, statutes));
 * new TextDecoder().decode(bytes.subarray(0, 5)) // "%PDF-"
 */
export function renderBillPdf(bill: BillDocument): Promise<Uint8Array> {
  const { doc, finish } = letterPage({ Title: bill.heading, Subject: bill.title });
  headBlock(doc, bill);
  digest(doc, bill);
  billText(doc, bill);
  return finish();
}
