/**
 * The bill as a Word document staff can keep drafting in. By default the marks
 * are formatting, as the printed bill shows them: inserted words italic,
 * struck words struck through. With `trackChanges` they are Word revisions
 * instead (`w:ins`/`w:del` with an author and date), so a reviewer can accept
 * or reject each change and accepting them all leaves the section as amended.
 * Placeholders are highlighted; drafter's notes sit in a shaded "Note" style
 * outside the bill's own paragraphs.
 */
import { longDate } from "../../documents/templates/dates.js";
import {
  AlignmentType, BorderStyle, DeletedTextRun, Document, Footer, HeadingLevel, InsertedTextRun, Packer, PageNumber, Paragraph,
  ShadingType, TextRun, type IParagraphOptions, type IRunOptions, type ParagraphChild,
} from "docx";
import type { BillDocument, Line } from "../assemble.js";
import { LEGEND, sectionParagraphs, spacesOutside, splitPlaceholders } from "./layout.js";

export type BillDocxOptions = {
  /** Emit the marks as Word tracked changes rather than italics and strikethrough. */
  trackChanges?: boolean;
  /** The revisions' author; "Oversight" unless given. */
  author?: string;
  /** The revisions' date; now unless given. */
  date?: Date;
};

const INCH = 1440; // twips
const INDENT = { firstLine: INCH / 2 };

/** Turns segments into Word runs; revisions need ids unique in the document, so one numbering serves every paragraph. */
type RunMaker = (line: Line) => ParagraphChild[];

function runMaker(opts: BillDocxOptions): RunMaker {
  // Word's ST_DateTime is written without milliseconds.
  const date = (opts.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  const author = opts.author ?? "Oversight";
  let id = 0;
  return (line) =>
    (opts.trackChanges ? line : spacesOutside(line)).flatMap((seg) =>
      splitPlaceholders(seg.text).map((piece): ParagraphChild => {
        const base: IRunOptions = { text: piece.text, highlight: piece.placeholder ? "yellow" : undefined };
        if (seg.kind === "same") return new TextRun(base);
        // Tracked revisions carry no italics or strike of their own: accepting them must leave plain law.
        if (opts.trackChanges) {
          const revision = { ...base, id: ++id, author, date };
          return seg.kind === "inserted" ? new InsertedTextRun(revision) : new DeletedTextRun(revision);
        }
        return new TextRun(seg.kind === "inserted" ? { ...base, italics: true } : { ...base, strike: true });
      }),
    );
}

const plain = (text: string): Line => [{ text, kind: "same" }];

function para(children: ParagraphChild[], extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...extra, children });
}

function headBlock(bill: BillDocument, runs: RunMaker): Paragraph[] {
  const centred = { alignment: AlignmentType.CENTER };
  const out: Paragraph[] = [];
  if (bill.sessionLine) out.push(para(runs(plain(bill.sessionLine)), { ...centred, spacing: { after: 120 } }));
  out.push(para(runs(plain(bill.heading)), { ...centred, heading: HeadingLevel.TITLE }));
  if (bill.version) out.push(para([new TextRun({ text: bill.version, italics: true })], centred));
  out.push(para(runs(plain(bill.introducedBy)), centred));
  if (bill.introduced) out.push(para([new TextRun(longDate(bill.introduced))], centred));
  out.push(para(runs(plain(bill.title)), { spacing: { before: 360, after: 240 }, style: "BillTitle" }));
  return out;
}

function digestBlock(bill: BillDocument, runs: RunMaker): Paragraph[] {
  return [
    para([new TextRun("LEGISLATIVE COUNSEL'S DIGEST")], { heading: HeadingLevel.HEADING_1 }),
    para(runs(plain(bill.digest.lead)), { indent: INDENT }),
    ...bill.digest.paragraphs.map((p) => para(runs(plain(p)), { indent: INDENT })),
    para([new TextRun({ text: "Digest Key", bold: true, size: 20 })], { spacing: { after: 0 } }),
    para(runs(plain(bill.digest.key)), { style: "DigestKey" }),
  ];
}

function textBlock(bill: BillDocument, runs: RunMaker, opts: BillDocxOptions): Paragraph[] {
  const out = [para([new TextRun("Bill Text")], { heading: HeadingLevel.HEADING_1 })];
  // With revisions Word shows the marks in its own way, so the printed legend would mislead.
  if (!opts.trackChanges) out.push(para([new TextRun({ text: LEGEND, italics: true, size: 20 })], { alignment: AlignmentType.CENTER }));
  out.push(para(runs(plain(bill.enactingClause)), { indent: INDENT }));
  for (const section of bill.sections) {
    for (const p of sectionParagraphs(section)) {
      const label = p.label ? [new TextRun({ text: p.label, bold: true }), new TextRun(" ")] : [];
      out.push(para([...label, ...runs(p.runs)], { indent: INDENT, keepNext: p.label && section.instruction ? true : undefined }));
    }
    if (section.note) out.push(para([new TextRun({ text: "Drafter's note: ", bold: true }), ...runs(plain(section.note))], { style: "Note" }));
  }
  return out;
}

const pageFooter = () =>
  new Footer({
    children: [para([new TextRun({ size: 20, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })], { alignment: AlignmentType.CENTER })],
  });

/**
 * Renders the bill to a .docx file (letter size, 1in margins, Times New Roman 12pt, "Page X of Y").
 *
 * @example
 * const bytes = await renderBillDocx(buildBill(input, statutes), { trackChanges: true, author: "Committee staff" });
 * // word/document.xml holds <w:ins w:author="Committee staff" …> and <w:del …><w:delText>…</w:delText></w:del>
 */
export async function renderBillDocx(bill: BillDocument, opts: BillDocxOptions = {}): Promise<Uint8Array> {
  const runs = runMaker(opts);
  const doc = new Document({
    title: bill.heading,
    description: bill.title,
    creator: opts.author ?? "Oversight",
    styles: {
      default: {
        document: { run: { font: "Times New Roman", size: 24 }, paragraph: { spacing: { after: 160, line: 276 } } },
        title: { run: { font: "Times New Roman", size: 36, bold: true, color: "000000" }, paragraph: { spacing: { before: 120, after: 120 } } },
        heading1: { run: { font: "Times New Roman", size: 24, bold: true, color: "000000" }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 360, after: 200 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: "BillTitle", name: "Bill Title", basedOn: "Normal", next: "Normal", run: { bold: true } },
        { id: "DigestKey", name: "Digest Key", basedOn: "Normal", next: "Normal", run: { size: 20 }, paragraph: { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 4 } } } },
        {
          id: "Note", name: "Drafter's Note", basedOn: "Normal", next: "Normal",
          run: { font: "Arial", size: 20, color: "333333" },
          paragraph: {
            indent: { left: INCH / 2 }, spacing: { before: 80, after: 240 },
            shading: { type: ShadingType.CLEAR, fill: "EEEEEE", color: "auto" },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: "888888", space: 6 } },
          },
        },
      ],
    },
    features: opts.trackChanges ? { trackRevisions: true } : undefined,
    sections: [{
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: INCH, bottom: INCH, left: INCH, right: INCH } } },
      footers: { default: pageFooter() },
      children: [...headBlock(bill, runs), ...digestBlock(bill, runs), ...textBlock(bill, runs, opts)],
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
