/**
 * Finding citation phrases in running text, before any code is resolved.
 *
 * Each kind of opening — a code name, "§", "section", a level word
 * ("subdivision (b) of …"), a bare 1798.x number, "Id." — is located with one
 * linear regular-expression pass and parsed from there with the grammar. The
 * phrases are then ordered and overlaps dropped (earliest start, then longest),
 * so "Section 1798.90.51(b) of the Civil Code" is one phrase, not three.
 * URLs, file names and bill/session-law references are masked first
 * (citations-masks.ts): a URL like ".../ca_civ_code_section_1798.90.51" is
 * not a citation.
 */
import { specFor } from "./citations-codes.js";
import { designatorAt, designatorsIn, type Designator } from "./citations-designators.js";
import { indexesOf } from "./citations-masks.js";
import {
  Cursor, LEVEL_WORD, SECTION_WORD, SIGN, TOKEN, WS,
  looksLikeSection, parseAlternatives, parseChainPrefix, parseItems,
  type RawItem, type RawPath, type RawProblem,
} from "./citations-grammar.js";

export type Phrase = {
  kind: "designator" | "marker" | "chain" | "bare" | "id";
  start: number;
  end: number;
  /** Code named before the numbers ("Civil Code § …") or after ("… of the Civil Code"). */
  named?: Designator;
  /** The code was named after the numbers in a way that does not extend the span ("Section 15009 is added to the Government Code"). */
  namedLater?: Designator;
  /** "§" / "section" / level word as written; absent when the numbers stand alone. */
  marker?: string;
  items: RawItem[];
  /** Paths from a prefix chain ("paragraph (2) of subdivision (b) of"), outermost first. */
  chainPaths?: string[][];
  /** Followed by "of this chapter / title / subchapter": a statute speaking of itself. */
  strong?: boolean;
  /** "… of this policy", "subdivision (a) of this section": an internal reference, not a citation. */
  internal?: boolean;
  missingNumber?: boolean;
  /** For "Id., subd. (b)": new paths for the previous citation's section. */
  idPaths?: RawPath[];
  problems: RawProblem[];
};

const WORD_TRIGGER = /\b(?:sections?|secs?\.?)(?![A-Za-z])/gi;
const LEVEL_TRIGGER = /\b(?:subdivisions?|subds?\.|paragraphs?|pars?\.|subparagraphs?|subpars?\.|clauses?|subclauses?|subsections?|subsecs?\.)(?![A-Za-z])/gi;
const ID_TRIGGER = /\b(?:Id|Ibid|ibid|IBID|id)\./g;
const BARE = /1798\.\d+(?:\.\d+)*/y;
/** Lower-case "id." counts only where a citation sentence starts: "(id. …", "; id.", "see id.". */
const ID_LOWER_BEFORE = /(?:^|[(;]|\bsee)[ \t]?$/;
const INTERNAL_DOC = /this[ \t]+(?:section|subdivision|subsection|paragraph|subparagraph|policy|procedure|order|general[ \t]+order|manual|directive|document|agreement|contract|plan|report|sop|memo(?:randum)?|guide(?:lines?)?|bulletin|ordinance|rule|resolution|handbook|standard|letter)\b/iy;
const SELF_STATUTE = /this[ \t]+(?:chapter|title|subchapter|part|article|code|act|division|subtitle)\b/iy;

/** After the numbers: "of the Civil Code", "of Title 18 of the United States Code", ", Florida Statutes", "of this policy". */
function parsePost(cur: Cursor, ph: Phrase): void {
  const text = cur.text;
  const save = cur.pos;
  if (cur.eat(/,?[ \t]+of[ \t]+(?:the[ \t]+)?/iy)) {
    if (cur.eat(SELF_STATUTE)) return void (ph.strong = true);
    if (cur.eat(INTERNAL_DOC)) return void (ph.internal = true);
    const d = designatorAt(text, cur.pos);
    if (d && (d.ref || d.unknown) && !d.missingTitle) {
      cur.pos = d.end;
      ph.named = d;
      return;
    }
    cur.pos = save;
  }
  if (cur.eat(/,[ \t]*/y)) {
    const fs = cur.eat(/F\.[ \t]?S\.(?![A-Za-z])/y);
    const d = fs ? null : designatorAt(text, cur.pos);
    if (fs || d?.ref?.spec.key === "fla-stat") {
      if (d) cur.pos = d.end;
      ph.named = d ?? { start: cur.pos - fs![0].length, end: cur.pos, ref: { spec: specFor("fla-stat")! } };
      return;
    }
    cur.pos = save;
  }
  const added = /[ \t]+(?:is|are)[ \t]+(?:hereby[ \t]+)?(?:added[ \t]+to|amended[ \t]+in|repealed[ \t]+from|renumbered[ \t]+in)[ \t]+the[ \t]+/iy;
  if (cur.eat(added)) {
    const d = designatorAt(text, cur.pos);
    if (d?.ref) ph.namedLater = d;
    cur.pos = save;
  }
}

/** A publisher/year parenthetical closing a citation: "(West 2024)", "(2013)", "(Supp. 2023)". */
const EDITION = /[ \t]*\((?:[A-Z][A-Za-z.]*[ \t]+)?(?:Supp\.[ \t]*)?(?:19|20)\d{2}\)/y;

/** Set the phrase end to where parsing stopped (with any edition parenthetical), without trailing commas or spaces. */
function finish(cur: Cursor, ph: Phrase): Phrase {
  let end = Math.max(cur.pos, ph.end);
  while (end > ph.start && /[\s,;]/.test(cur.text[end - 1]!)) end--;
  EDITION.lastIndex = end;
  const edition = EDITION.exec(cur.text);
  ph.end = edition ? end + edition[0].length : end;
  return ph;
}

function afterDesignator(text: string, d: Designator): Phrase | null {
  const cur = new Cursor(text, d.end);
  const ph: Phrase = { kind: "designator", start: d.start, end: d.end, named: d, items: [], problems: [] };
  if (!cur.eat(/[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?(?=§|sec)/iy)) cur.eat(/[ \t]*,?[ \t]*/y);
  cur.eat(/(?:19|20)\d\d,?[ \t]*(?=§|sec)/iy); // "Minnesota Statutes 2022, section …"
  const marker = cur.eat(SIGN) ?? cur.eat(SECTION_WORD);
  if (marker) ph.marker = marker[0].trim();
  ph.items = parseItems(cur, ph.problems, d.ref?.spec.key === "rsa");
  if (!ph.items.length) {
    if (d.weak) return null;
    if (marker) (ph.missingNumber = true), (ph.end = marker.index + marker[0].trimEnd().length);
    return ph;
  }
  return finish(cur, ph);
}

function afterMarker(text: string, at: number): Phrase | null {
  const cur = new Cursor(text, at);
  const marker = cur.eat(SIGN) ?? cur.eat(SECTION_WORD);
  if (!marker) return null;
  const ph: Phrase = { kind: "marker", start: at, end: at + marker[0].trimEnd().length, marker: marker[0].trim(), items: [], problems: [] };
  cur.eat(WS);
  ph.items = parseItems(cur, ph.problems);
  if (!ph.items.length) return marker[0].startsWith("§") ? ((ph.missingNumber = true), ph) : null;
  parsePost(cur, ph);
  return finish(cur, ph);
}

/** "subdivision (b) of Section …", or VT/UT "subdivision 1607(c)(2)" / "Subsection 41-6a-2005(2)". */
function afterLevel(text: string, at: number): Phrase | null {
  const cur = new Cursor(text, at);
  const word = cur.eat(LEVEL_WORD);
  if (!word) return null;
  const tok = cur.peek(TOKEN);
  const ph: Phrase = { kind: "chain", start: at, end: at, items: [], problems: [] };
  if (tok && looksLikeSection(tok[0]) && /^sub(?:division|section)/i.test(word[1]!)) {
    ph.kind = "marker";
    ph.marker = word[1]!;
    ph.items = parseItems(cur, ph.problems);
  } else {
    cur.pos = at;
    const chain = parseChainPrefix(cur, ph.problems);
    if (!chain) return null;
    if (chain.internal) return finish(cur, { ...ph, internal: true });
    const marker = cur.eat(SIGN) ?? cur.eat(SECTION_WORD);
    if (!marker) {
      // "subdivision (b)(2)(G) of Civil Code section 1798.90.51": the code named before the section.
      cur.eat(/the[ \t]+/iy);
      const d = designatorAt(text, cur.pos);
      const named = d && !d.weak ? afterDesignator(text, d) : null;
      return named?.items.length ? { ...named, start: at, chainPaths: chain.paths } : null;
    }
    ph.marker = marker[0].trim();
    ph.chainPaths = chain.paths;
    ph.items = parseItems(cur, ph.problems);
  }
  if (!ph.items.length) return null;
  parsePost(cur, ph);
  return finish(cur, ph);
}

function bare(text: string, at: number): Phrase | null {
  const cur = new Cursor(text, at);
  const ph: Phrase = { kind: "bare", start: at, end: at, items: [], problems: [] };
  ph.items = parseItems(cur, ph.problems);
  if (!ph.items.length) return null;
  parsePost(cur, ph);
  return finish(cur, ph);
}

/** "Id.", "Ibid.", "Id. § 1798.90.52", "(Id., subd. (b).)"; "Id. at p. 5" cites a page of a case, not a statute. */
function idPhrase(text: string, at: number, len: number): Phrase | null {
  const cur = new Cursor(text, at + len);
  const ph: Phrase = { kind: "id", start: at, end: at + len, items: [], problems: [] };
  const save = cur.pos;
  cur.eat(/,?[ \t]*(?:at[ \t]+)?/iy);
  if (cur.peek(/pp?\.[ \t]*\d/iy)) return null;
  if (cur.eat(SIGN)) {
    ph.items = parseItems(cur, ph.problems);
    ph.marker = "§";
  } else if (cur.eat(/(?:subdivisions?|subds?\.|paragraphs?|pars?\.|subparagraphs?|clauses?)[ \t]*/iy)) {
    ph.idPaths = parseAlternatives(cur, ph.problems);
  }
  if (!ph.items.length && !ph.idPaths?.length) cur.pos = save;
  return finish(cur, ph);
}

type Trigger = { at: number; parse: () => Phrase | null };

/**
 * All phrases, in order, without overlaps and outside masked spans. Openings are
 * visited in order of position and one inside a phrase already read is skipped,
 * so a long list is parsed once, not once per "section" in it.
 */
export function findPhrases(text: string, masks: Array<[number, number]>): Phrase[] {
  const triggers: Trigger[] = [];
  for (const d of designatorsIn(text)) triggers.push({ at: d.start, parse: () => afterDesignator(text, d) });
  for (const i of indexesOf(text, "§")) if (text[i - 1] !== "§") triggers.push({ at: i, parse: () => afterMarker(text, i) });
  for (const m of text.matchAll(WORD_TRIGGER)) triggers.push({ at: m.index, parse: () => afterMarker(text, m.index) });
  for (const m of text.matchAll(LEVEL_TRIGGER)) triggers.push({ at: m.index, parse: () => afterLevel(text, m.index) });
  for (const i of indexesOf(text, "1798.")) {
    BARE.lastIndex = i;
    if (!/[\w.$/§-]/.test(text[i - 1] ?? "") && BARE.test(text)) triggers.push({ at: i, parse: () => bare(text, i) });
  }
  for (const m of text.matchAll(ID_TRIGGER)) {
    if (m[0] === "id." && !ID_LOWER_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    triggers.push({ at: m.index, parse: () => idPhrase(text, m.index, m[0].length) });
  }
  triggers.sort((a, b) => a.at - b.at);
  const sortedMasks = [...masks].sort((a, b) => a[0] - b[0]);
  const out: Phrase[] = [];
  let lastEnd = 0;
  let mi = 0;
  for (let i = 0; i < triggers.length; ) {
    const at = triggers[i]!.at;
    // Every opening at this position; the longest phrase wins.
    let best: Phrase | null = null;
    for (; i < triggers.length && triggers[i]!.at === at; i++) {
      if (at < lastEnd) continue;
      while (mi < sortedMasks.length && sortedMasks[mi]![1] <= at) mi++;
      if (sortedMasks[mi] && sortedMasks[mi]![0] <= at) continue;
      const p = triggers[i]!.parse();
      if (p && (!best || p.end > best.end)) best = p;
    }
    if (!best) continue;
    const mask = sortedMasks[mi];
    if (mask && mask[0] < best.end) continue;
    out.push(best);
    lastEnd = best.end;
  }
  return out;
}

/** Legislative Counsel's titles: "to amend Sections 1798.29 and 1798.82 of, and to add …, the Civil Code". */
export function codeNamedLater(text: string, from: number): Designator | null {
  let window = text.slice(from, from + 400);
  const stop = /[;\n]|\.[ \t]+[A-Z]/.exec(window);
  if (stop) window = window.slice(0, stop.index);
  for (const m of window.matchAll(/\b(?:of|to),[ \t]+the[ \t]+/g)) {
    const d = designatorAt(text, from + m.index + m[0].length);
    if (d?.ref) return d;
  }
  return null;
}
