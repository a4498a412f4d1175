/**
 * A letter as one standalone HTML page: the sanitized body (`html-body.ts`)
 * inside a page with its own print stylesheet and the office letterhead, so
 * the file prints like the DOCX and PDF without any other asset. The title
 * and letterhead are caller data too, so they are escaped like the body.
 */
import { htmlPage } from "../../lib/html.js";
import type { Root } from "mdast";
import { renderBody } from "./html-body.js";
import { fitLogo, letterheadLines, type Letterhead, type RenderOptions } from "./types.js";

const STYLE = `@page{size:letter;margin:1in}
*{box-sizing:border-box}
body{font-family:"Times New Roman",Times,Georgia,serif;font-size:12pt;line-height:1.4;color:#000;max-width:6.5in;margin:1in auto}
@media print{body{margin:0;max-width:none}a{color:inherit}}
.letterhead{text-align:center;border-bottom:2px solid #000;padding-bottom:.5em;margin-bottom:1.5em}
.letterhead .logo{font-family:Helvetica,Arial,sans-serif;font-weight:bold;letter-spacing:.2em;font-size:10pt}
.letterhead .office{font-size:16pt;font-weight:bold;margin:.1em 0}
.letterhead .line{font-size:10pt;margin:0}
h1,h2,h3,h4,h5,h6{font-weight:bold;margin:1.2em 0 .4em;page-break-after:avoid;break-after:avoid}
h1{font-size:16pt}h2{font-size:14pt}h3{font-size:12pt}h4,h5,h6{font-size:12pt;font-style:italic}
p{margin:0 0 .8em}
em{font-style:italic}
blockquote{margin:.8em .5in;padding:.2em 0 .2em .8em;border-left:3px solid #666;font-size:11pt}
table{border-collapse:collapse;width:100%;margin:.8em 0;page-break-inside:auto}
tr{page-break-inside:avoid;break-inside:avoid}
thead{display:table-header-group}
th,td{border:1px solid #000;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#eee;font-weight:bold}
code{font-family:"Courier New",Courier,monospace;font-size:10.5pt}
hr{border:0;border-top:1px solid #000;margin:1.2em 0}`;

const escape = (s: string) => s.replace(/&/g, "&#x26;").replace(/</g, "&#x3C;").replace(/>/g, "&#x3E;").replace(/"/g, "&#x22;");

function letterheadHtml(head: Letterhead): string {
  const size = head.logo ? fitLogo(head.logo, 180, 72) : undefined;
  // The image is rebuilt from validated bytes, so its data URL cannot carry anything but the picture.
  const image = head.logo && size ? `<p class="logo-image"><img src="data:${head.logo.mime};base64,${Buffer.from(head.logo.bytes).toString("base64")}" width="${size.width}" height="${size.height}" alt=""></p>\n` : "";
  const logo = image + (head.logoText ? `<p class="logo">${escape(head.logoText)}</p>\n` : "");
  const lines = letterheadLines(head).map((l) => `<p class="line">${escape(l)}</p>`).join("\n");
  return `<header class="letterhead">\n${logo}<p class="office">${escape(head.office)}</p>\n${lines}\n</header>\n`;
}

/**
 * Renders a parsed letter to a complete, self-contained HTML page.
 * @example
 * const html = renderHtml(parseLetter("# Finding 1\n\n> Statute text."), {
 *   title: "Finding letter",
 *   letterhead: { office: "California State Auditor", addressLines: ["621 Capitol Mall, Suite 1200", "Sacramento, CA 95814"] },
 * });
 * html.startsWith("<!doctype html>") // true
 */
export function renderHtml(tree: Root, opts: RenderOptions): string {
  const head = opts.letterhead ? letterheadHtml(opts.letterhead) : "";
  return htmlPage({ title: opts.title, style: STYLE, body: `${head}<main>\n${renderBody(tree)}\n</main>` });
}
