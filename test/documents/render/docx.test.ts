import mammoth from "mammoth";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocx } from "../../../src/documents/render/docx.js";
import { parseLetter } from "../../../src/documents/render/markdown.js";
import { flat, hostile, keyContent, letterhead, sampleLetter, STATUTE } from "./sample-letter.js";
import { unzip, wordText } from "./unzip.js";

describe("renderDocx", () => {
  let bytes: Uint8Array;
  let parts: Map<string, string>;
  let body: string;
  beforeAll(async () => {
    bytes = await renderDocx(parseLetter(sampleLetter + hostile), { title: "Finding letter 2019-118", letterhead });
    parts = unzip(bytes);
    body = parts.get("word/document.xml") ?? "";
  });

  it("writes a Word package with the letter's content, which Word readers can open", async () => {
    expect(body).toContain("<w:body>");
    const text = flat(wordText(body));
    const raw = flat((await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value);
    for (const phrase of keyContent.filter((p) => p !== "California State Auditor")) {
      expect(text).toContain(flat(phrase));
      expect(raw).toContain(flat(phrase));
    }
  });

  it("uses real heading styles, a table with a repeating header row, and the Quote style for statute", () => {
    expect(body).toMatch(/<w:pStyle w:val="Heading2"\/>[\s\S]*?Finding 1: The ALPR policy/);
    expect(body).toContain("<w:tbl>");
    expect(body).toContain("<w:tblHeader/>");
    expect(body).toMatch(new RegExp(`<w:pStyle w:val="Quote"/>[\\s\\S]*?${STATUTE.slice(0, 40)}`));
    expect(parts.get("word/styles.xml")).toMatch(/w:styleId="Quote"/);
  });

  it("keeps emphasis, strong and strikethrough as run properties", () => {
    expect(body).toMatch(/<w:i\/>[^]*?<w:t[^>]*>Cal\. Civ\. Code § 1798\.90\.51\(b\)\(2\)\(G\)<\/w:t>/);
    expect(body).toMatch(/<w:b\/>[^]*?<w:t[^>]*>not<\/w:t>/);
    expect(body).toMatch(/<w:strike\/>[^]*?<w:t[^>]*>describes<\/w:t>/);
  });

  it("puts the letterhead in the header and 'Page X of Y' fields in the footer", () => {
    const header = [...parts].find(([name]) => /^word\/header\d*\.xml$/.test(name))?.[1] ?? "";
    const footer = [...parts].find(([name]) => /^word\/footer\d*\.xml$/.test(name))?.[1] ?? "";
    expect(wordText(header)).toContain("California State Auditor");
    expect(wordText(header)).toContain("621 Capitol Mall, Suite 1200");
    expect(footer).toMatch(/Page [\s\S]*PAGE[\s\S]* of [\s\S]*NUMPAGES/);
  });

  it("sets the title core property", () => {
    expect(parts.get("docProps/core.xml")).toContain("<dc:title>Finding letter 2019-118</dc:title>");
  });

  it("drops raw HTML and javascript: links", () => {
    const xml = [...parts.values()].join("\n");
    expect(xml).not.toMatch(/pwned|onerror|onclick|javascript:/i);
    expect(flat(wordText(body))).toContain("A harmless looking link and inline html.");
  });
});
