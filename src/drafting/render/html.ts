/**
 * The bill as one standalone HTML page that prints like a California bill:
 * serif type, the heading block centred, section labels bold, inserted words
 * in italics and struck words struck through. Marks are real `<ins>`/`<del>`
 * elements so assistive technology and copy-paste keep the difference, and
 * "[DESCRIBE …]" placeholders are highlighted so staff see what is unwritten.
 * Every word comes from the bill's input, so all of it is escaped; the page
 * has no scripts and loads nothing.
 */
import { longDate } from "../../documents/templates/dates.js";
import { escapeHtml, htmlPage } from "../../lib/html.js";
import type { BillDocument, Line } from "../assemble.js";
import type { Segment } from "../amend.schema.js";
import { LEGEND, sectionParagraphs, spacesOutside, splitPlaceholders } from "./layout.js";

const STYLE = `@page{size:letter;margin:1in}
body{font-family:"Times New Roman",Times,Georgia,serif;font-size:12pt;line-height:1.45;color:#000;max-width:6.5in;margin:1in auto}
@media print{body{margin:0;max-width:none}mark.placeholder{background:none;outline:1px dashed #000}}
.bill-head{text-align:center;margin-bottom:1.5em}
.bill-head p{margin:.2em 0}
.session{font-size:10.5pt;letter-spacing:.05em}
h1{font-size:18pt;margin:.4em 0}
.version{font-style:italic}
.title{font-weight:bold;margin:1.2em 0}
h2{font-size:12pt;text-align:center;letter-spacing:.05em;margin:1.6em 0 .6em;page-break-after:avoid;break-after:avoid}
p{margin:0 0 .7em}
.digest{border-top:1px solid #000;border-bottom:1px solid #000;padding:.4em 0 .2em}
.digest p{text-indent:2em}
.digest .key{text-indent:0;font-size:10.5pt}
.legend{font-size:10pt;text-align:center;font-style:italic;margin-bottom:1em}
.enacting{text-indent:2em}
.bill-section p{text-indent:2em}
.label{font-weight:bold}
ins.ins{font-style:italic;text-decoration:none}
del.del{text-decoration:line-through}
mark.placeholder{background:#fff3a8;padding:0 .1em}
aside.note{margin:.4em 0 1.2em 2em;padding:.4em .8em;border-left:3px solid #888;background:#f3f3f3;font-family:Helvetica,Arial,sans-serif;font-size:10pt}
@media print{aside.note{background:none}}`;

/** Escaped text with its placeholders marked. */
function text(value: string): string {
  return splitPlaceholders(value)
    .map((p) => (p.placeholder ? `<mark class="placeholder">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
    .join("");
}

const WRAP: Record<Segment["kind"], (inner: string) => string> = {
  same: (inner) => inner,
  inserted: (inner) => `<ins class="ins">${inner}</ins>`,
  deleted: (inner) => `<del class="del">${inner}</del>`,
};

/**
 * One printed line as HTML: inserted runs in `<ins>`, struck runs in `<del>`.
 *
 * @example
 * lineToHtml([{ text: "Keep ", kind: "same" }, { text: "all", kind: "deleted" }, { text: " <b>", kind: "inserted" }])
 * // 'Keep <del class="del">all</del> <ins class="ins">&lt;b&gt;</ins>'
 */
export function lineToHtml(line: Line): string {
  return spacesOutside(line).map((s) => WRAP[s.kind](text(s.text))).join("");
}

function paragraph(content: string, cls?: string): string {
  return cls ? `<p class="${cls}">${content}</p>` : `<p>${content}</p>`;
}

function head(bill: BillDocument): string {
  const lines = [
    bill.sessionLine ? paragraph(text(bill.sessionLine), "session") : "",
    `<h1>${text(bill.heading)}</h1>`,
    bill.version ? paragraph(text(bill.version), "version") : "",
    paragraph(text(bill.introducedBy), "introduced-by"),
    bill.introduced ? paragraph(escapeHtml(longDate(bill.introduced)), "introduced") : "",
  ];
  return `<header class="bill-head">\n${lines.filter(Boolean).join("\n")}\n</header>`;
}

function digest(bill: BillDocument): string {
  return [
    `<section class="digest">`,
    `<h2>LEGISLATIVE COUNSEL&#39;S DIGEST</h2>`,
    paragraph(text(bill.digest.lead), "lead"),
    ...bill.digest.paragraphs.map((p) => paragraph(text(p))),
    paragraph(`<strong>Digest Key</strong><br>\n${text(bill.digest.key)}`, "key"),
    `</section>`,
  ].join("\n");
}

function sections(bill: BillDocument): string {
  return bill.sections
    .map((s, i) => {
      const body = sectionParagraphs(s).map((p) => paragraph(`${p.label ? `<span class="label">${escapeHtml(p.label)}</span> ` : ""}${lineToHtml(p.runs)}`));
      const note = s.note ? [`<aside class="note"><strong>Drafter&#39;s note:</strong> ${text(s.note)}</aside>`] : [];
      return [`<section class="bill-section" id="sec-${i + 1}">`, ...body, ...note, `</section>`].join("\n");
    })
    .join("\n");
}

/**
 * Renders the bill as a complete, self-contained, print-ready HTML page.
 *
 * @example
 * const html = renderBillHtml(buildBill(input, statutes));
 * html.startsWith("<!doctype html>") // true
 * html.includes('<del class="del">') // true when the bill strikes words
 */
export function renderBillHtml(bill: BillDocument): string {
  const body = `${head(bill)}
${paragraph(text(bill.title), "title")}
${digest(bill)}
<main class="bill-text">
<h2>Bill Text</h2>
${paragraph(escapeHtml(LEGEND), "legend")}
${paragraph(text(bill.enactingClause), "enacting")}
${sections(bill)}
</main>`;
  return htmlPage({ title: bill.heading, style: STYLE, body });
}
