/**
 * Resolving phrases to citations: which code each one cites, in document order.
 *
 * A citation that names its code is explicit. One that does not ("§ 1607",
 * "Section 10901", "subdivision (b) of Section …") takes the code most recently
 * named in the same text, as legal writing intends — but only where that is
 * safe, because policies number their own parts too: a "§", a statute-only
 * wording ("subdivision (b) of Section …", "…, subdivision 2", "of this
 * chapter") or a number no document would use for itself ("10901",
 * "41-6a-2003") inherits at any distance; a plain "section 453.4" only within
 * the paragraph that named the code; "section 3", and anything that reads like
 * a heading ("Section 1 Purpose", "section 453.6 RELEASE OR SHARING"), never.
 * A 1798.x number defaults to the Civil Code. What cannot be resolved is
 * reported as a problem, not guessed.
 *
 * The code in force is sticky: a cross-reference to another code inside a
 * passage ("… certified under 20 V.S.A. § 2358", "… pursuant to Section 2576a
 * of Title 10 of the United States Code") governs only the rest of its line,
 * so the next "§ 1607" still belongs to the statute the passage is about.
 */
import { specFor } from "./citations-codes.js";
import type { CodeRef } from "./citations-designators.js";
import { formatCitation } from "./citations-format.js";
import { looksLikeSection, type RawItem, type RawPath } from "./citations-grammar.js";
import { findLegislation } from "./citations-legislation.js";
import { maskedSpans } from "./citations-masks.js";
import { codeNamedLater, findPhrases, type Phrase } from "./citations-phrases.js";
import { buildCitation, codeIdentity, refForCode } from "./citations-sections.js";
import type { Citation, CitationProblemKind, CodeSource, FoundCitation, DetailedFindResult } from "./citations-types.js";

export type ScanOptions = {
  /** The whole text is one citation (parseCitation): bare "section 12" may take the default code. */
  wholeString?: boolean;
  /** Code in force before the text names one. */
  defaultCode?: CodeRef;
};

/** Results plus the spans of the phrases that produced citations (for parseCitation). */
export type ScanOutput = DetailedFindResult & { spans: Array<[number, number]> };

type Ctx = { ref?: CodeRef; unknown?: string; pos: number };

/** Words that introduce a cross-reference: "under", "pursuant to", "as defined in" … */
const CROSS_REF = /\b(?:under|pursuant[ \t]+to|subject[ \t]+to|defined[ \t]+in|described[ \t]+in|in[ \t]+accordance[ \t]+with|provided[ \t]+(?:in|by)|required[ \t]+by|set[ \t]+forth[ \t]+in|specified[ \t]+in|referred[ \t]+to[ \t]+in|meaning[ \t]+of|authorized[ \t]+by)[ \t]+(?:the[ \t]+)?$/i;

const CIVIL: CodeRef = { spec: specFor("civ")! };

function isStrong(ph: Phrase): boolean {
  return ph.kind === "chain" || ph.strong === true || /^sub/i.test(ph.marker ?? "") || ph.items.some((i) => i.tail || i.inclusive);
}

/** "section 453.6 RELEASE OR SHARING", "## Section 1 Purpose": a document's own numbering. */
function headingLike(text: string, ph: Phrase): boolean {
  const after = text.slice(ph.end, ph.end + 40);
  if (/^[ \t]+[A-Z]{3,}\b/.test(after)) return true;
  const before = text.slice(text.lastIndexOf("\n", ph.start - 1) + 1, ph.start);
  return /^[\s#>*\-\d.]*$/.test(before) && /^[ \t]*[:.\-–—]?[ \t]*[A-Z][a-z]/.test(after);
}

/**
 * Is `to` in the same paragraph as `from`? Line breaks count only when they end a
 * sentence or start a heading or list item; a hard-wrapped sentence stays one paragraph.
 */
function sameParagraph(text: string, from: number, to: number): boolean {
  if (to - from > 600) return false;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) {
    const before = text.slice(Math.max(from, i - 3), i).trimEnd();
    const after = text.slice(i + 1, i + 8);
    if (!before || /[.:;!?)]$/.test(before) || /^\s*$|^[ \t]*(?:[#>*•-]|\d+[.)]|\(?[A-Za-z0-9]{1,3}\))/.test(after)) return false;
  }
  return true;
}

/** The paths each item yields: its own alternatives, extended by a prefix chain's. */
function pathsOf(ph: Phrase, item: RawItem): Array<RawPath | undefined> {
  const own: Array<RawPath | undefined> = item.paths.length ? item.paths : [undefined];
  if (!ph.chainPaths) return own;
  return own.flatMap((o) => ph.chainPaths!.map((c) => ({ path: [...(o?.path ?? []), ...c], start: ph.start, stop: ph.end })));
}

/**
 * Find, resolve and check every citation in `text`, in order.
 *
 * @example
 * scan("Gov. Code § 7070 … § 7071").citations.map((c) => c.canonical) // ["Cal. Gov. Code § 7070", "Cal. Gov. Code § 7071"]
 */
export function scan(text: string, opts: ScanOptions = {}): ScanOutput {
  const urls = maskedSpans(text);
  const legislation = findLegislation(text).filter((l) => !urls.some(([s, e]) => l.start < e && l.end > s));
  const masks: Array<[number, number]> = [...urls, ...legislation.map((l): [number, number] => [l.start, l.end])];
  const out: ScanOutput = { citations: [], problems: [], legislation, spans: [] };
  const lastSection = new Map<string, string>();
  let doc: Ctx | null = opts.defaultCode ? { ref: opts.defaultCode, pos: 0 } : null;
  let local: (Ctx & { until: number }) | null = null;
  let ctx: Ctx | null = doc;
  let last: FoundCitation | undefined;

  /** Make a code the one in force: for the document, or — a cross-reference away from it — for the rest of the line. */
  const setContext = (ph: Phrase, next: Ctx, crossRef: boolean) => {
    const away = doc?.ref && next.ref && codeIdentity(doc.ref).code !== codeIdentity(next.ref).code;
    if (crossRef && away) {
      const eol = text.indexOf("\n", ph.end);
      local = { ...next, until: eol < 0 ? text.length : eol };
    } else {
      doc = next;
      local = null;
    }
  };
  const isCrossRef = (ph: Phrase): boolean =>
    (ph.named !== undefined && ph.kind !== "designator") || CROSS_REF.test(text.slice(Math.max(0, ph.start - 40), ph.start));

  const problem = (start: number, end: number, message: string, kind: CitationProblemKind) =>
    out.problems.push({ text: text.slice(start, end), start, end, message, kind });

  /** Can this code-less phrase take the code named earlier? `section` is its number read under that code. */
  const mayInherit = (ph: Phrase, c: Ctx, section: string): boolean => {
    if (ph.marker?.startsWith("§") || ph.kind === "bare" || opts.wholeString || isStrong(ph)) return true;
    if (!looksLikeSection(section) || headingLike(text, ph)) return false;
    // "41-6a-2003", "261:75-b", "10901": not how documents number their own parts ("453.6", "Section 4").
    if (/[-:/]/.test(section) || /^\d{4,}[a-z]?$/.test(section)) return true;
    return sameParagraph(text, c.pos, ph.start);
  };

  /** The item's section number read under that code, or null when it is not one of its numbers. */
  const sectionUnder = (ref: CodeRef, item: RawItem): string | null => {
    const built = buildCitation(ref, { ...item, paths: [] }, undefined, lastSection.get(codeIdentity(ref).code));
    return "citation" in built ? built.citation.section : null;
  };

  /** Code for a phrase that names none, or a reason it has none (null: ordinary prose, say nothing). */
  const inherit = (ph: Phrase): { ref: CodeRef; from: CodeSource } | { message: string; kind: CitationProblemKind } | null => {
    const first = ph.items[0]!;
    if (/^1798\.\d/.test(first.section)) return { ref: CIVIL, from: "default" };
    const section = ctx?.ref ? sectionUnder(ctx.ref, first) : null;
    if (ctx?.ref && section !== null && mayInherit(ph, ctx, section)) return { ref: ctx.ref, from: "context" };
    if (!ph.marker?.startsWith("§") && !isStrong(ph)) return null;
    const shown = text.slice(ph.start, ph.end);
    if (ctx?.unknown) return { kind: "unknown-code", message: `"${shown}" follows a citation of an unrecognized code ("${ctx.unknown}"), so its code cannot be determined.` };
    if (ctx?.ref) return { kind: "missing-code", message: `"${shown}" names no code, and ${first.section} is not a section number of the ${codeIdentity(ctx.ref).codeName} cited before it.` };
    return { kind: "missing-code", message: `"${shown}" cites a section without naming its code, and no code is named earlier in the text.` };
  };

  const emit = (ph: Phrase, ref: CodeRef, from: CodeSource, items: RawItem[]) => {
    const before = out.citations.length;
    const jobs = items.flatMap((item) => pathsOf(ph, item).map((path, i) => ({ item, path, i })));
    for (const { item, path, i } of jobs) {
      const key = codeIdentity(ref).code;
      const built = buildCitation(ref, item, path, lastSection.get(key));
      let [start, end] = [ph.start, ph.end];
      if (jobs.length > 1 && !ph.chainPaths) {
        start = i === 0 ? item.start : path!.start;
        end = item.paths.length > 1 ? path!.stop : item.end;
      }
      if ("problem" in built) {
        problem(start, end, built.problem.message, built.problem.kind);
        continue;
      }
      const found: FoundCitation = { text: text.slice(start, end), start, end, canonical: formatCitation(built.citation), citation: built.citation, codeFrom: from };
      out.citations.push(found);
      lastSection.set(key, built.citation.section);
      last = found;
    }
    if (out.citations.length > before) out.spans.push([ph.start, ph.end]);
  };

  for (const ph of findPhrases(text, masks)) {
    if (ph.internal) continue;
    ctx = local && ph.start < local.until ? local : doc;
    for (const p of ph.problems) problem(Math.min(p.start, ph.start), Math.max(p.end, ph.end), p.message, p.kind);
    const malformed = ph.problems.some((p) => p.kind === "unbalanced");
    if (ph.kind === "id") {
      if (!last) {
        problem(ph.start, ph.end, `"${text.slice(ph.start, ph.end)}" refers to a previous citation, but there is none before it.`, "dangling-id");
        continue;
      }
      const base: Citation = last.citation;
      const ref = refForCode(base.code, base.title);
      if (!ref || malformed) continue;
      if (ph.items.length) emit(ph, ref, "id", ph.items);
      else if (ph.idPaths?.length) emit(ph, ref, "id", [{ start: ph.start, end: ph.end, section: base.section, paths: ph.idPaths }]);
      else {
        const citation = structuredClone(base);
        const found: FoundCitation = { text: text.slice(ph.start, ph.end), start: ph.start, end: ph.end, canonical: formatCitation(citation), citation, codeFrom: "id" };
        out.citations.push(found);
        out.spans.push([ph.start, ph.end]);
        last = found;
      }
      continue;
    }
    const named = ph.named ?? ph.namedLater ?? (ph.kind === "designator" ? null : codeNamedLater(text, ph.end));
    if (named?.unknown) {
      const cited = ph.items.length > 0 && (ph.marker !== undefined || looksLikeSection(ph.items[0]!.section));
      if (cited) problem(ph.start, ph.end, `Unrecognized code "${named.unknown}": "${text.slice(ph.start, ph.end)}" cannot be resolved to a known code.`, "unknown-code");
      setContext(ph, { unknown: named.unknown, pos: ph.end }, false);
      continue;
    }
    if (named?.missingTitle) {
      if (ph.items.length) problem(ph.start, ph.end, `"${text.slice(ph.start, ph.end)}" names a code numbered by title but gives no title number (as in "18 U.S.C. § 2721").`, "missing-title");
      continue;
    }
    let ref = named?.ref;
    let from: CodeSource = "explicit";
    if (!ph.items.length) {
      const shown = text.slice(ph.start, ph.end);
      if (ph.missingNumber) problem(ph.start, ph.end, ref ? `"${shown}" names the ${codeIdentity(ref).codeName} but no section number.` : `"${shown}" has no section number after it.`, "missing-section");
      if (ref && !named!.weak) setContext(ph, { ref, pos: ph.end }, isCrossRef(ph));
      continue;
    }
    if (!ref) {
      const got = inherit(ph);
      if (!got) continue;
      if ("message" in got) {
        problem(ph.start, ph.end, got.message, got.kind);
        continue;
      }
      ({ ref, from } = got);
    }
    if (!malformed) emit(ph, ref, from, ph.items);
    if (from === "context" && ctx === local) local = { ...local!, pos: ph.end };
    else setContext(ph, { ref, pos: ph.end }, from === "explicit" && isCrossRef(ph));
  }
  return out;
}
