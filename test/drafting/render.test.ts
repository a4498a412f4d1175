import { readFileSync } from "node:fs";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBill, ENACTING_CLAUSE, type BillDocument } from "../../src/drafting/assemble.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { renderBillDocx } from "../../src/drafting/render/docx.js";
import { renderBillHtml } from "../../src/drafting/render/html.js";
import { toWinAnsi } from "../../src/documents/render/pdf-text.js";
import { renderBillPdf } from "../../src/drafting/render/pdf.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";
import { unzip, wordText } from "../documents/render/unzip.js";

const NAME = "ca/civ/1798.90.51.yaml";
const file = validateStatuteFile(NAME, readFileSync(new URL(`../../statutes/${NAME}`, import.meta.url), "utf8"));
const statutes = (code: string, num: string) => (code === "civ" && num === "1798.90.51" ? versionProvisions(file, file.versions[0]!) : undefined);

const STRUCK = "conspicuously";
const INSERTED = "and prohibited uses";
const RETENTION = "ALPR information shall not be retained for more than 60 days.";
const OLD_G = "The length of time ALPR information will be retained";
const NEW_SECTION = "An ALPR operator shall not sell ALPR information.";
const HOSTILE = `<script>alert(1)</script> & "quotes" it's`;

const input = BillInput.parse({
  house: "Senate", number: "SB 34", session: "2023-2024", introduced: "2023-02-15", authors: ["Hill"], subject: "personal information",
  operations: [
    { op: "amend", code: "civ", section: "1798.90.51", changes: [
      { type: "strike", path: ["b", "1"], words: STRUCK },
      { type: "insert", path: ["b", "2", "A"], after: "The authorized purposes", text: INSERTED },
      { type: "replace", path: ["b", "2", "G"], text: RETENTION },
    ] },
    { op: "add", code: "civ", section: "1798.90.56", text: NEW_SECTION },
    { op: "uncodified", kind: "findings", text: `(a) Privacy matters. ${HOSTILE}` },
  ],
});
const bill: BillDocument = buildBill(input, statutes);
const flat = (s: string) => s.replace(/\s+/g, " ");

describe("renderBillHtml", () => {
  const html = renderBillHtml(bill);

  it("prints a standalone page with the heading block, title, digest and enacting clause in order", () => {
    expect(html.startsWith("<!doctype html>\n<html lang=\"en\">")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<title>Senate Bill No. 34</title>");
    expect(html).toContain("February 15, 2023");
    const order = [bill.title, "LEGISLATIVE COUNSEL&#39;S DIGEST", "Digest Key", "Matter in italics is new; matter struck out is deleted", ENACTING_CLAUSE, "SECTION 1.", "SEC. 2.", "SEC. 3."];
    const at = order.map((s) => html.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it("marks struck words with <del> and new words with <ins>", () => {
    expect(html).toContain(`posted <del class="del">${STRUCK}</del> on that`);
    expect(html).toContain(`purposes <ins class="ins">${INSERTED}</ins> for using`);
    expect(html).toMatch(new RegExp(`<del class="del">[^<]*${OLD_G}[^<]*</del>`));
    expect(html).toContain(`<ins class="ins">1798.90.56. ${NEW_SECTION}</ins>`);
    expect(html).toMatch(/<span class="label">SECTION 1\.<\/span> Section 1798\.90\.51 of the Civil Code is amended to read:/);
    expect(html).toMatch(/<span class="label">SEC\. 3\.<\/span> The Legislature finds and declares/);
  });

  it("escapes the bill's own words so they cannot open a tag or attribute", () => {
    expect(html).not.toMatch(/<script|alert\(1\)<\/script>/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; it&#39;s");
    expect(html).not.toMatch(/src=|href=|<link/);
  });

  it("highlights placeholders staff must still write", () => {
    expect(html).toContain('<mark class="placeholder">[DESCRIBE EXISTING LAW IN SECTION 1798.90.51]</mark>');
    expect(html).toContain('<mark class="placeholder">[TOPIC]</mark>');
  });

  it("prints a drafter's note in an aside, apart from the bill text", () => {
    const noted = renderBillHtml(buildBill(BillInput.parse({ ...input, operations: [{ op: "amend", code: "civ", section: "1798.90.51", changes: [] }] }), statutes));
    expect(noted).toMatch(/<aside class="note"><strong>Drafter&#39;s note:<\/strong> No changes drafted yet/);
  });
});

describe("renderBillDocx", () => {
  let body: string;
  let tracked: string;
  beforeAll(async () => {
    body = unzip(await renderBillDocx(bill)).get("word/document.xml") ?? "";
    tracked = unzip(await renderBillDocx(bill, { trackChanges: true, author: "Committee <staff>", date: new Date("2024-03-01T09:30:00.123Z") })).get("word/document.xml") ?? "";
  });

  it("carries the bill's words, headings and page numbers", () => {
    const text = flat(wordText(body));
    for (const phrase of [bill.heading, bill.title, "LEGISLATIVE COUNSEL'S DIGEST", ENACTING_CLAUSE, "SEC. 2.", HOSTILE]) expect(text).toContain(phrase);
    expect(body).toMatch(/<w:pStyle w:val="Title"\/>[^]*?Senate Bill No\. 34/);
    expect(body).toMatch(/<w:pStyle w:val="Heading1"\/>[^]*?LEGISLATIVE COUNSEL/);
    expect(body).not.toContain("<script>");
  });

  it("prints inserted words in italics and struck words struck through", () => {
    expect(body).toMatch(new RegExp(`<w:strike/>[^]{0,200}?<w:t[^>]*>${STRUCK}</w:t>`));
    expect(body).toMatch(new RegExp(`<w:i/>[^]{0,200}?<w:t[^>]*>[^<]*${INSERTED}[^<]*</w:t>`));
    expect(body).toMatch(new RegExp(`<w:strike/>[^]{0,200}?<w:t[^>]*>[^<]*${OLD_G}`));
    expect(body).not.toContain("<w:ins ");
  });

  it("highlights placeholders", () => {
    expect(body).toMatch(/<w:highlight w:val="yellow"\/>[^]{0,200}?<w:t[^>]*>\[TOPIC\]<\/w:t>/);
  });

  it("with trackChanges, emits Word revisions by the given author instead of formatting", () => {
    expect(tracked).toMatch(new RegExp(`<w:ins [^>]*w:author="Committee &lt;staff&gt;"[^>]*>[^]*?${INSERTED}[^]*?</w:ins>`));
    expect(tracked).toMatch(/<w:ins [^>]*w:date="2024-03-01T09:30:00Z"/);
    expect(tracked).toMatch(new RegExp(`<w:del [^>]*>(?:(?!</w:del>)[^])*<w:delText[^>]*>${STRUCK}\\s*</w:delText>`));
    expect(tracked).toMatch(new RegExp(`<w:delText[^>]*>[^<]*${OLD_G}`));
    expect(tracked).not.toContain("<w:strike/>");
    expect(tracked).not.toMatch(/<w:t[^>]*>conspicuously\s*<\/w:t>/);
    const ids = [...tracked.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(2);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("renderBillPdf", () => {
  let bytes: Uint8Array;
  let text: string;
  let pages: number;
  beforeAll(async () => {
    bytes = await renderBillPdf(bill);
    const out = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
    text = flat(out.text);
    pages = out.totalPages;
  });

  it("prints the title, section labels, enacting clause and marked words", () => {
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe("%PDF-");
    for (const phrase of [bill.heading, bill.title, ENACTING_CLAUSE, "SECTION 1. Section 1798.90.51", "SEC. 2. Section 1798.90.56", "SEC. 3. The Legislature", STRUCK, INSERTED, OLD_G, RETENTION, NEW_SECTION, HOSTILE]) {
      expect(text).toContain(flat(phrase));
    }
  });

  it("numbers every page and sets the Title metadata", async () => {
    for (let page = 1; page <= pages; page++) expect(text).toContain(`Page ${page} of ${pages}`);
    const { info } = await getMeta(await getDocumentProxy(bytes.slice()));
    expect(info.Title).toBe("Senate Bill No. 34");
  });

  it("spells characters outside the standard fonts' encoding with ones inside it", async () => {
    expect(toWinAnsi("§ 1798.90.51 ≤ 60 days — “Łódź” ﬁle 中")).toBe("§ 1798.90.51 <= 60 days — “Lódz” file ?");
    const odd = buildBill(BillInput.parse({ ...input, operations: [{ op: "add", code: "civ", section: "1798.90.57", text: "Retain ≤ 30 days in Łódź." }] }), statutes);
    const out = await extractText(await getDocumentProxy((await renderBillPdf(odd)).slice()), { mergePages: true });
    expect(flat(out.text)).toContain("Retain <= 30 days in Lódz.");
  });
});
