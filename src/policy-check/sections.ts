/**
 * Sections and sentence units from the document's single mdast. Real policies
 * arrive as Markdown with headings, but also as PDF text or Word files where
 * "462.4 ADMINISTRATION" is just a line and "(a)" items are just paragraphs;
 * both are read line by line here, so every sentence keeps its heading path,
 * list markers, source line and page, and the paragraph that introduces a list
 * stays linked to its items (the engine needs that to read "shall develop the
 * following: (a)…(g)" as one delegation).
 */
import type { Root } from "mdast";
import { classifyHeadingLine, isStrongHeading, nextMarkerValue, readListMarker, type ListMarker } from "./headings.js";
import { collectLines, type RawLine } from "./mdast-lines.js";
import type { PolicySection, PolicyUnit } from "./policy-check.types.js";
import { splitSentences } from "./sentences.js";

interface EnumLevel {
  key: string;
  kind: ListMarker["kind"];
  last: string;
  label?: string;
}

type Line = { text: string; line: number; quoted?: boolean };

interface Pending {
  lines: Line[];
  role: PolicyUnit["role"];
  path: string[];
  group?: number;
}

/** Builds units from logical lines: one pass, a heading stack and a list-marker stack. */
class UnitBuilder {
  readonly units: PolicyUnit[] = [];
  readonly sections: PolicySection[] = [];
  private headings: { rank: number; title: string }[] = [];
  private levels: EnumLevel[] = [];
  private group: number | undefined;
  private groups = 0;
  private blocks = 0;
  private buffer: Pending | null = null;
  /** Units of the last plain paragraph, while it can still become a list's lead-in. */
  private lastParagraph: { from: number; to: number } | null = null;

  constructor(private readonly pageOf: (line: number) => number | undefined) {}

  private headingPath(): string[] {
    return this.headings.map((h) => h.title);
  }

  private itemPath(): string[] {
    return [...this.headingPath(), ...this.levels.flatMap((l) => (l.label ? [l.label] : []))];
  }

  heading(title: string, rank: number, line: number, quoted = false): void {
    this.flush();
    this.closeList();
    this.lastParagraph = null;
    while (this.headings.length && this.headings[this.headings.length - 1]!.rank >= rank) this.headings.pop();
    this.headings.push({ rank, title });
    const path = this.headingPath();
    const page = this.pageOf(line);
    this.sections.push({ title, rank, path, line, ...(page ? { page } : {}) });
    this.units.push({ id: `u${this.units.length + 1}`, sectionPath: path, line, ...(page ? { page } : {}), text: title, role: "heading", block: ++this.blocks, ...(quoted ? { quoted } : {}) });
  }

  /** Whether `marker` continues an open list level (so a wrapped PDF line may start an item without a full stop before it). */
  continuesList(marker: ListMarker): boolean {
    return this.levels.some((l) => l.kind === marker.kind && nextMarkerValue(l.last, l.kind) === marker.value);
  }

  /** The last line handled began a list item. */
  startedItem = false;

  item(marker: ListMarker, listDepth: number, line: Line): void {
    this.flush();
    this.startedItem = true;
    const suffix = listDepth > 0 ? `@${listDepth}` : "";
    let kind = marker.kind;
    if (marker.ambiguous) {
      const alpha = this.levels.find((l) => l.key === `alpha${marker.shape}${suffix}`);
      const roman = this.levels.find((l) => l.key === `roman${marker.shape}${suffix}`);
      if (alpha && nextMarkerValue(alpha.last, "alpha") === marker.value) kind = "alpha";
      else if (roman || marker.value.toLowerCase() === "i") kind = "roman";
    }
    const key = `${kind}${marker.shape}${suffix}`;
    if (this.levels.length === 0) {
      this.group = ++this.groups;
      if (this.lastParagraph) for (let i = this.lastParagraph.from; i < this.lastParagraph.to; i++) Object.assign(this.units[i]!, { group: this.group, leadIn: true });
    }
    this.lastParagraph = null;
    const at = this.levels.findIndex((l) => l.key === key);
    if (at >= 0) this.levels.length = at;
    this.levels.push({ key, kind, last: marker.value, ...(marker.kind === "bullet" ? {} : { label: marker.marker }) });
    this.buffer = { lines: [line], role: "item", path: this.itemPath(), ...(this.group ? { group: this.group } : {}) };
  }

  paragraph(line: Line): void {
    this.flush();
    this.closeList();
    this.buffer = { lines: [line], role: "text", path: this.headingPath() };
  }

  /** A further paragraph of the current list item. */
  itemParagraph(line: Line): void {
    const prev = this.buffer;
    this.flush();
    this.buffer = prev ? { ...prev, lines: [line] } : { lines: [line], role: "text", path: this.headingPath() };
  }

  append(line: Line): void {
    if (this.buffer) this.buffer.lines.push(line);
    else this.paragraph(line);
  }

  private closeList(): void {
    this.levels = [];
    this.group = undefined;
  }

  flush(): void {
    const b = this.buffer;
    this.buffer = null;
    if (!b) return;
    const joined = b.lines.map((l) => l.text).join("\n");
    const starts: number[] = [];
    let at = 0;
    for (const l of b.lines) (starts.push(at), (at += l.text.length + 1));
    const from = this.units.length;
    const block = ++this.blocks;
    for (const [s, e] of splitSentences(joined)) {
      const text = joined.slice(s, e).replace(/\s+/g, " ").trim();
      if (!text) continue;
      let i = starts.length - 1;
      while (i > 0 && starts[i]! > s) i--;
      const line = b.lines[i]!.line;
      const page = this.pageOf(line);
      const quoted = b.lines[0]!.quoted;
      this.units.push({ id: `u${this.units.length + 1}`, sectionPath: b.path, line, ...(page ? { page } : {}), text, role: b.role, block, ...(b.group ? { group: b.group } : {}), ...(quoted ? { quoted } : {}) });
    }
    this.lastParagraph = b.role === "text" && this.units.length > from ? { from, to: this.units.length } : null;
  }
}

const ENDS_CLAUSE = /[.:;!?]["')\]”’]*\s*$/;

/**
 * Recovers the outline and the sentence units of a parsed policy.
 *
 * @example
 * const { units } = recoverSections(tree);
 * units[3] // { id: "u4", sectionPath: ["462.4 ADMINISTRATION", "(a)"], line: 12, text: "…", role: "item", … }
 */
export function recoverSections(tree: Root, pageOf: (line: number) => number | undefined = () => undefined): { sections: PolicySection[]; units: PolicyUnit[] } {
  const builder = new UnitBuilder(pageOf);
  const lines = collectLines(tree);
  // Text without blank lines (PDF): a short line ends its paragraph or list item when the next starts a sentence.
  const lengths = lines.map((l) => l.text.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  const short = Math.max(40, lengths[Math.floor(lengths.length * 0.9)] ?? 0) * 0.6;
  let previous: RawLine | undefined;
  let previousWasHeading = false;
  let previousStartedItem = false;
  for (const original of lines) {
    const raw =
      !original.blockStart && previous && previous.text.trim().length < short && (previousStartedItem || ENDS_CLAUSE.test(previous.text)) && /^["“(]?[A-Z]/.test(original.text.trim())
        ? { ...original, blockStart: true }
        : original;
    const text = raw.text.trim();
    const line: Line = { text, line: raw.line, ...(raw.quoted ? { quoted: true } : {}) };
    const afterBreak = raw.blockStart || !previous || previousWasHeading || ENDS_CLAUSE.test(previous.text);
    const sectionsBefore = builder.sections.length;
    builder.startedItem = false;
    if (!text && !raw.item) {
      if (raw.blockStart) builder.flush();
      previous = raw;
      continue;
    }
    if (raw.depth !== undefined) builder.heading(text, raw.depth, raw.line, raw.quoted);
    else if (raw.item) builder.item(raw.item.marker, raw.item.listDepth, line);
    else {
      const heading = (afterBreak || isStrongHeading(text)) && !raw.continuesItem ? classifyHeadingLine(text) : null;
      const marker = heading ? null : readListMarker(text);
      if (heading) builder.heading(heading.title, heading.rank, raw.line, raw.quoted);
      else if (raw.strongOnly && raw.blockStart && text.length <= 80 && !/[.;,]$/.test(text)) builder.heading(text.replace(/:$/, ""), 6, raw.line, raw.quoted);
      else if (marker && (afterBreak || builder.continuesList(marker))) builder.item(marker, 0, line);
      else if (raw.continuesItem) builder.itemParagraph(line);
      else if (raw.blockStart) builder.paragraph(line);
      else builder.append(line);
    }
    previous = raw;
    previousWasHeading = builder.sections.length > sectionsBefore;
    previousStartedItem = builder.startedItem;
  }
  builder.flush();
  return { sections: builder.sections, units: builder.units };
}
