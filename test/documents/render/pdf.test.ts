import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { parseLetter } from "../../../src/documents/render/markdown.js";
import { renderPdf } from "../../../src/documents/render/pdf.js";
import { flat, hostile, keyContent, letterhead, sampleLetter } from "./sample-letter.js";

async function textOf(bytes: Uint8Array) {
  return extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
}

describe("renderPdf", () => {
  let bytes: Uint8Array;
  let pages: number;
  let text: string;
  beforeAll(async () => {
    bytes = await renderPdf(parseLetter(sampleLetter + hostile), { title: "Finding letter 2019-118", letterhead });
    const extracted = await textOf(bytes);
    pages = extracted.totalPages;
    text = flat(extracted.text);
  });

  it("writes a PDF carrying every piece of the letter's content", () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    expect(pages).toBeGreaterThan(0);
    for (const phrase of keyContent) expect(text).toContain(flat(phrase));
  });

  it("prints the letterhead first and numbers every page", () => {
    expect(text.startsWith("C S A California State Auditor 621 Capitol Mall, Suite 1200 Sacramento, CA 95814")).toBe(true);
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
  });

  it("lays the table out row by row", () => {
    expect(text).toContain("No. Recommendation Due date 1 Revise the ALPR policy to state the retention period August 13, 2020");
  });

  it("spells characters the standard fonts lack with ones they have", async () => {
    const out = await renderPdf(parseLetter("Received by the Łódź police ≤ 60 days after the request."), { title: "x", letterhead: { ...letterhead, office: "Oficina Łódź" } });
    const printed = flat((await textOf(out)).text);
    expect(printed).toContain("Received by the Lódz police <= 60 days after the request.");
    expect(printed).toContain("Oficina Lódz");
  });

  it("sets the Title metadata", async () => {
    const { info } = await getMeta(await getDocumentProxy(bytes.slice()));
    expect(info.Title).toBe("Finding letter 2019-118");
  });

  it("drops raw HTML and javascript: links", () => {
    expect(text).not.toMatch(/pwned|onerror|onclick|javascript:/i);
    expect(new TextDecoder("latin1").decode(bytes)).not.toMatch(/javascript/i);
  });

  it("breaks long tables across pages and repeats the header row on each", async () => {
    const rows = Array.from({ length: 80 }, (_, i) => `| ${i + 1} | Recommendation number ${i + 1} with enough words to wrap in its cell | May ${(i % 28) + 1}, 2021 |`).join("\n");
    const long = await renderPdf(parseLetter(`# Long\n\n| No. | Recommendation | Due |\n|---|---|---|\n${rows}\n`), { title: "Long" });
    const out = await textOf(long);
    expect(out.totalPages).toBeGreaterThan(1);
    expect(flat(out.text)).toContain("Recommendation number 80 with enough words");
    expect(flat(out.text)).toContain(`Page ${out.totalPages} of ${out.totalPages}`);
    expect(flat(out.text).split("No. Recommendation Due").length - 1).toBe(out.totalPages);
  });
});
