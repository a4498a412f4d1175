/**
 * The comparative print as a standalone HTML page (to read, print or save as
 * PDF from a browser) and as terminal text. Every word of the statute and the
 * bill is escaped: the page carries no script and loads nothing, so a hostile
 * amendment cannot run code in a reviewer's browser.
 */
import { escapeHtml, htmlPage } from "../../lib/html.js";
import { paint } from "../../lib/terminal.js";
import type { Segment } from "../amend.schema.js";
import { markWords } from "./layout.js";
import type { BillComparison, ComparedSection, ComparisonRow } from "../compare.js";

const TAG: Record<Segment["kind"], string | undefined> = { same: undefined, deleted: "del", inserted: "ins" };

function segmentsHtml(segments: readonly Segment[]): string {
  return segments.map((s) => (TAG[s.kind] ? `<${TAG[s.kind]}>${escapeHtml(s.text)}</${TAG[s.kind]}>` : escapeHtml(s.text))).join("");
}

function cell(segments: readonly Segment[] | undefined): string {
  return segments ? `<td>${segmentsHtml(segments)}</td>` : `<td class="empty"></td>`;
}

function rowHtml(row: ComparisonRow): string {
  return `<tr class="${row.status}">${cell(row.current)}${cell(row.proposed)}</tr>`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function summary(s: ComparedSection): string {
  const c = s.comparison.counts;
  return `${plural(c.changedProvisions, "provision")} changed, ${plural(c.deletedWords, "word")} struck, ${plural(c.insertedWords, "word")} inserted`;
}

function sectionHtml(s: ComparedSection): string {
  const parts = [`<section>`, `<h2>${escapeHtml(s.label)} ${escapeHtml(s.heading)}</h2>`];
  if (s.note) parts.push(`<p class="note">${escapeHtml(s.note)}</p>`);
  if (s.comparison.rows.length > 0) {
    parts.push(
      `<p class="summary">${escapeHtml(summary(s))}</p>`,
      `<table><colgroup><col><col></colgroup>`,
      `<thead><tr><th scope="col">Current law</th><th scope="col">Proposed law</th></tr></thead>`,
      `<tbody>${s.comparison.rows.map(rowHtml).join("\n")}</tbody></table>`,
      `<h3>Redline</h3>`,
      `<div class="redline">${segmentsHtml(s.comparison.redline)}</div>`,
    );
  }
  parts.push(`</section>`);
  return parts.join("\n");
}

// Struck words red and inserted words italic and underlined, so the marks survive a black-and-white printer.
const CSS = `
body { font: 11pt/1.45 Georgia, "Times New Roman", serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #111; }
h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 2em; } h3 { font-size: 1em; }
.summary, .note { color: #444; font-size: 0.9em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
col { width: 50%; }
th, td { border: 1px solid #999; padding: 0.3em 0.5em; vertical-align: top; text-align: left; white-space: pre-wrap; overflow-wrap: anywhere; }
thead { display: table-header-group; }
td.empty { background: #f3f3f3; }
tr.same td { color: #333; }
.redline { white-space: pre-wrap; border-left: 3px solid #999; padding-left: 0.8em; }
del { color: #a00; text-decoration: line-through; }
ins { color: #060; font-style: italic; text-decoration: underline; }
@page { margin: 2cm; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  section { break-before: page; } section:first-of-type { break-before: auto; }
  tr, .summary { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}`;

/**
 * The comparative print as one HTML page: per section a Current law | Proposed
 * law table, one row per provision, then the inline redline.
 *
 * @example
 * renderComparisonHtml(compareBill(bill), "SB 34 — comparative print")
 * // "<!doctype html>\n<html lang=\"en\">…<table>…<del>60</del><ins>30</ins>…</html>\n"
 */
export function renderComparisonHtml(cmp: BillComparison, title: string): string {
  const body = cmp.sections.length > 0 ? cmp.sections.map(sectionHtml).join("\n") : `<p class="note">This bill amends, adds or repeals no code section.</p>`;
  return htmlPage({ title, style: CSS, body: `<h1>${escapeHtml(title)}</h1>\n${body}` });
}

/** Drops control characters other than line breaks and tabs, so text cannot move the cursor or fake a color. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "");
}

/**
 * The comparative print for a terminal: per section its heading, then the inline
 * redline, struck words as [-words-] and inserted as {+words+} (git's word-diff
 * form), or in red and green when color is on.
 *
 * @example
 * renderComparisonText(compareBill(bill), { color: false })
 * // "SECTION 1. Civil Code § 1798.90.51\n3 provisions changed, …\n\n… retained for [-60-]{+30+} days …\n"
 */
export function renderComparisonText(cmp: BillComparison, options: { color: boolean }): string {
  // paint decides color from the stream it writes to; here the caller has already decided.
  const p = paint({ stdout: { write: () => true, isTTY: options.color }, stderr: { write: () => true }, env: {}, cwd: "" });
  const wrap: Record<Segment["kind"], (words: string) => string> = {
    same: (w) => w,
    deleted: options.color ? p.red : (w) => `[-${w}-]`,
    inserted: options.color ? p.green : (w) => `{+${w}+}`,
  };
  const run = (s: Segment) => markWords(printable(s.text), wrap[s.kind]);
  const out: string[] = [];
  for (const s of cmp.sections) {
    out.push(p.bold(printable(`${s.label} ${s.heading}`)));
    if (s.comparison.rows.length > 0) out.push(p.dim(summary(s)));
    if (s.note) out.push(printable(s.note));
    if (s.comparison.redline.length > 0) out.push("", s.comparison.redline.map(run).join(""));
    out.push("");
  }
  return out.join("\n");
}
