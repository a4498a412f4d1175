/**
 * PDF → text, page by page, with unpdf (PDF.js). Running headers and footers
 * (a line repeated at the top or bottom of most pages, page numbers aside)
 * are dropped so they do not split sentences or pose as headings.
 */
import { extractText, getDocumentProxy } from "unpdf";
import { named, PolicyDocumentError } from "./policy-document-error.js";

export interface PdfText {
  /** The text of each page, in order. */
  pages: string[];
}

const furnitureKey = (line: string) => line.trim().toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ");

function dropRunningLines(pages: string[][]): string[][] {
  if (pages.length < 3) return pages;
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edge = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map(furnitureKey).filter((k) => k.length > 0));
    for (const k of edge) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const running = new Set([...counts].filter(([, n]) => n > pages.length / 2).map(([k]) => k));
  if (!running.size) return pages;
  return pages.map((lines) => lines.filter((line, i) => !((i < 2 || i >= lines.length - 2) && running.has(furnitureKey(line)))));
}

/** Extracts each page's text; throws for password-protected, damaged and scanned (image-only) PDFs. */
export async function readPdfText(bytes: Uint8Array, name?: string): Promise<PdfText> {
  // PDF.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  let pages: string[];
  try {
    const pdf = await getDocumentProxy(data, { verbosity: 0 });
    try {
      pages = (await extractText(pdf, { mergePages: false })).text;
    } finally {
      await pdf.destroy();
    }
  } catch (err) {
    const kind = (err as { name?: string })?.name;
    if (kind === "PasswordException")
      throw new PolicyDocumentError("password_protected", `${named(name)}is password-protected; remove the password and upload it again.`);
    throw new PolicyDocumentError("corrupt_document", `${named(name)}could not be read as a PDF (${(err as Error)?.message ?? err}); the file may be damaged or incomplete.`);
  }
  const letters = pages.reduce((n, p) => n + (p.match(/\p{L}/gu)?.length ?? 0), 0);
  if (letters < Math.max(40, pages.length * 20))
    throw new PolicyDocumentError("no_text_layer", `${named(name)}has no text layer — it looks scanned; OCR the file first.`);
  return { pages: dropRunningLines(pages.map((p) => p.split(/\r?\n/))).map((lines) => lines.join("\n")) };
}
