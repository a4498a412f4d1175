import { describe, expect, it } from "vitest";
import { renderBody, renderBodyPipeline } from "../../../src/documents/render/html-body.js";
import { renderHtml } from "../../../src/documents/render/html.js";
import { parseLetter } from "../../../src/documents/render/markdown.js";
import { flat, hostile, keyContent, letterhead, sampleLetter } from "./sample-letter.js";

/** What a reader sees: tags gone, character references decoded. */
function visibleText(html: string): string {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<title>[\s\S]*?<\/title>/, "");
  return flat(body.replace(/<[^>]+>/g, " ").replace(/&#x([\da-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16))));
}

describe("renderHtml", () => {
  const html = renderHtml(parseLetter(sampleLetter), { title: "Finding letter 2019-118", letterhead });

  it("renders a standalone page with the letterhead and a print stylesheet", () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain("<title>Finding letter 2019-118</title>");
    expect(html).toContain("@page{size:letter;margin:1in}");
    expect(html).toMatch(/<header class="letterhead">[\s\S]*California State Auditor[\s\S]*621 Capitol Mall, Suite 1200[\s\S]*<\/header>/);
  });

  it("carries every piece of the letter's content", () => {
    const text = visibleText(html);
    for (const phrase of keyContent) expect(text).toContain(flat(phrase));
  });

  it("keeps the structure: headings, the quoted statute with its italic citation, a table with a header row", () => {
    expect(html).toContain("<h2>Finding 1: The ALPR policy omits required retention elements</h2>");
    expect(html).toMatch(/<blockquote>\n<p>The length of time ALPR information[\s\S]*<em>Cal. Civ. Code § 1798.90.51\(b\)\(2\)\(G\)<\/em><\/p>\n<\/blockquote>/);
    expect(html).toMatch(/<table>\n<thead>\n<tr>\n<th align="center">No.<\/th>/);
    expect(html).toContain('<a href="mailto:oversight@auditor.ca.gov">');
    expect(html).toContain("<del>describes</del>");
  });

  it("drops raw HTML, event handlers and javascript: links from the Markdown", () => {
    const out = renderHtml(parseLetter(sampleLetter + hostile), { title: "t" });
    expect(out).not.toMatch(/<script/i);
    expect(out).not.toContain("pwned");
    expect(out).not.toMatch(/onerror|onclick/i);
    expect(out).not.toMatch(/javascript:/i);
    expect(out).toContain("harmless looking link");
  });

  it("escapes the title and the letterhead", () => {
    const out = renderHtml(parseLetter("Hi"), {
      title: "</title><script>alert(1)</script>",
      letterhead: { office: "<img src=x onerror=alert(1)>", addressLines: ['"><script>'] },
    });
    expect(out).not.toMatch(/<script|<img/i);
    expect(out).toContain("<title>&lt;/title&gt;&lt;script&gt;");
  });

  it("escapes text that looks like markup", () => {
    expect(renderBody(parseLetter("5 < 6 & `<b>` \\<i>"))).toBe("<p>5 &#x3C; 6 &#x26; <code>&#x3C;b></code> &#x3C;i></p>");
  });
});

describe("the direct HTML walk", () => {
  const cases: Record<string, string> = {
    "the sample letter": sampleLetter,
    "loose and nested lists": "1. one\n2. two\n\n3. three\n\n- a\n\n  more a\n- b\n  - b1\n\n5. five\n6. six\n",
    "inline forms": "A *b* **c** ~~d~~ `e` [l](https://x.y/?a=1&b=\"2\" \"t&\\\"\") line  \nnext\nsoft > ' \u00e9 [m](https://ex.gov/a b%20c)\n",
    "tables with ragged rows": "| a | b |\n|:--|--:|\n| 1 |\n| 2 | 3 | 4 |\n",
    "code and rules": "```js extra\ncode <x>\n```\n\n---\n\n    indented\n\n# H1\n###### H6\n",
    "raw html": "<div>block</div>\n\nText <b>bold</b> end.\n",
  };
  for (const [name, markdown] of Object.entries(cases)) {
    it(`gives the sanitized pipeline's exact output for ${name}`, () => {
      const tree = parseLetter(markdown);
      expect(renderBody(tree)).toBe(renderBodyPipeline(tree));
    });
  }

  it("hands trees with other node types to the pipeline", () => {
    const tree = parseLetter("![seal](https://ex.gov/seal.png)\n\n- [x] done\n\nSee [the code][c].\n\n[c]: https://ex.gov/code\n");
    expect(renderBody(tree)).toBe(renderBodyPipeline(tree));
    expect(renderBody(tree)).toContain('<img src="https://ex.gov/seal.png" alt="seal">');
  });
});
