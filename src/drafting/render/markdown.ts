/**
 * The bill as Markdown: what `oversight bill build` prints by default and the
 * form staff paste into other tools. Inserted words are *italic*, struck words
 * ~~struck~~, as California prints them; every piece of text is escaped so a
 * bill's own words cannot open a link, emphasis or HTML tag.
 */
import { escapeMarkdownReadable as escapeMarkdown } from "../../documents/templates/escape.js";
import type { Segment } from "../amend.schema.js";
import type { BillDocument, Line } from "../assemble.js";
import { longDate } from "../../documents/templates/dates.js";
import { markWords } from "./layout.js";

const MARK: Record<Segment["kind"], string> = { same: "", inserted: "*", deleted: "~~" };

/** Escapes a run without collapsing the spaces at its edges, which separate it from its neighbours. */
function escapeRun(text: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return `${m[1] ? " " : ""}${escapeMarkdown(m[2])}${m[3] ? " " : ""}`;
}

/**
 * One printed line as Markdown.
 *
 * @example
 * lineToMarkdown([{ text: "(a) Keep ", kind: "same" }, { text: "all", kind: "deleted" }, { text: " records.", kind: "same" }])
 * // "(a) Keep ~~all~~ records."
 */
export function lineToMarkdown(line: Line): string {
  return line.map((s) => (s.kind === "same" ? escapeRun(s.text) : markWords(escapeRun(s.text), (w) => `${MARK[s.kind]}${w}${MARK[s.kind]}`))).join("").trim();
}

export function renderBillMarkdown(bill: BillDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(bill.heading)}`];
  if (bill.sessionLine) parts.push(escapeMarkdown(bill.sessionLine));
  if (bill.version) parts.push(`*${escapeMarkdown(bill.version)}*`);
  parts.push(escapeMarkdown(bill.introducedBy));
  if (bill.introduced) parts.push(escapeMarkdown(longDate(bill.introduced)));
  parts.push(`**${escapeMarkdown(bill.title)}**`);
  parts.push("## LEGISLATIVE COUNSEL'S DIGEST", escapeMarkdown(bill.digest.lead), ...bill.digest.paragraphs.map(escapeMarkdown));
  parts.push(`Digest Key  \n${escapeMarkdown(bill.digest.key)}`);
  parts.push("## Bill Text", escapeMarkdown(bill.enactingClause));
  for (const s of bill.sections) {
    const [first, ...rest] = s.lines;
    if (s.instruction) {
      parts.push(`${s.label} ${escapeMarkdown(s.instruction)}`);
      if (first) parts.push(lineToMarkdown(first));
    } else if (first) {
      parts.push(`${s.label} ${lineToMarkdown(first)}`);
    } else {
      parts.push(s.label);
    }
    parts.push(...rest.map(lineToMarkdown));
    if (s.note) parts.push(`> Drafter's note: ${escapeMarkdown(s.note)}`);
  }
  return `${parts.join("\n\n")}\n`;
}
