/**
 * One entry point for every bill format, shared by the API and the CLI so both
 * offer the same formats, content types and file names.
 */
import { z } from "@hono/zod-openapi";
import { slugify } from "../../lib/ids.js";
import type { BillDocument } from "../assemble.js";
import { renderBillAkn } from "./akn.js";
import { renderBillDocx } from "./docx.js";
import { renderBillHtml } from "./html.js";
import { renderBillMarkdown } from "./markdown.js";
import { renderBillPdf } from "./pdf.js";

/** `markdown` is accepted for `md`, as the documents API spells it. */
export const BillFormat = z.preprocess((v) => (v === "markdown" ? "md" : v), z.enum(["md", "html", "docx", "pdf", "akn"]));
export type BillFormat = z.infer<typeof BillFormat>;

export const BILL_FORMATS: Record<BillFormat, { contentType: string; extension: string; binary: boolean }> = {
  md: { contentType: "text/markdown; charset=utf-8", extension: "md", binary: false },
  html: { contentType: "text/html; charset=utf-8", extension: "html", binary: false },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", extension: "docx", binary: true },
  pdf: { contentType: "application/pdf", extension: "pdf", binary: true },
  // The media type registered for Akoma Ntoso documents.
  akn: { contentType: "application/akn+xml; charset=utf-8", extension: "akn.xml", binary: false },
};

export type BillRenderOptions = {
  /** DOCX only: the bill's insertions and deletions as Word tracked changes. */
  trackChanges?: boolean;
  /** Who the tracked changes are attributed to. */
  author?: string;
  /** The date printed in tracked changes and the Akoma Ntoso metadata. */
  date?: Date;
};

/**
 * Renders a bill in one format.
 * @example new TextDecoder().decode(await renderBill(bill, "md")).startsWith("# Assembly Bill No. 2192") // true
 */
export async function renderBill(bill: BillDocument, format: BillFormat, opts: BillRenderOptions = {}): Promise<Uint8Array> {
  const text = (s: string) => new TextEncoder().encode(s);
  switch (format) {
    case "md":
      return text(renderBillMarkdown(bill));
    case "html":
      return text(renderBillHtml(bill));
    case "docx":
      return renderBillDocx(bill, { trackChanges: opts.trackChanges, author: opts.author, date: opts.date });
    case "pdf":
      return renderBillPdf(bill);
    case "akn":
      return text(renderBillAkn(bill, { date: opts.date?.toISOString().slice(0, 10) }));
  }
}

/** "ab-1463.docx", or "draft-bill.pdf" before the bill has a number. */
export function billFilename(bill: Pick<BillDocument, "number">, format: BillFormat): string {
  return `${bill.number ? slugify(bill.number) : "draft-bill"}.${BILL_FORMATS[format].extension}`;
}
