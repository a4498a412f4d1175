/**
 * The page furniture every Oversight PDF shares (letters and bills): a letter
 * page with one-inch margins and standard fonts, "Page X of Y" in the footer,
 * and the bytes collected when the document ends.
 */
import PDFDocument from "pdfkit";
import type { Doc } from "./pdf-text.js";

export const INCH = 72;

/** A letter-size document buffered so page numbers can be written at the end; `finish` numbers the pages and gives the bytes. */
export function letterPage(info: { Title: string; Subject?: string; Author?: string }): { doc: Doc; finish(): Promise<Uint8Array> } {
  const doc = new PDFDocument({ size: "LETTER", margin: INCH, bufferPages: true, compress: true, info: { ...info, Creator: "Oversight" }, displayTitle: true, lang: "en-US" });
  const chunks: Buffer[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  return {
    doc,
    finish() {
      pageNumbers(doc);
      doc.end();
      return done;
    },
  };
}

function pageNumbers(doc: Doc): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing in the margin must not start a new page
    doc.font("Times-Roman").fontSize(9).text(`Page ${i + 1} of ${count}`, doc.page.margins.left, doc.page.height - INCH / 2, {
      width: doc.page.width - doc.page.margins.left - doc.page.margins.right, align: "center", lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}
