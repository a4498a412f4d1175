/**
 * Code designators: the words that name a code ("Civil Code", "Cal. Civ. Code",
 * "Gov't Code", "23 V.S.A.", "Minn. Stat.", "Md. Code Ann., Pub. Safety", "RSA").
 *
 * Names are open-ended on the left ("Cal. Civ. Code", "California Civil Code",
 * "the Civil Code"), so rather than one huge alternation we find the word that
 * ends every name — an anchor such as "Code", "Stat.", "V.S.A." — and read
 * backwards at most six words, trying the longest run first against the
 * alias table. This is linear in the text and cannot backtrack badly. A
 * capitalized name before "Code" that is not in the table is reported as an
 * unknown code rather than ignored.
 */
import {
  CA_PREFIXES, MD_ARTICLE_KEYS, OTHER_STATES, SHORTHANDS,
  canPrecedeAnchor, caCodeKeyForName, codeKeyForName, joinWords, nameWords, normalizeName, specFor, type CodeSpec,
} from "./citations-codes.js";

export type CodeRef = { spec: CodeSpec; title?: string };

export type Designator = {
  start: number;
  end: number;
  /** The recognized code; absent when the name is unknown. */
  ref?: CodeRef;
  /** An unrecognized name ("Foo Code", "Texas Penal Code"). */
  unknown?: string;
  /** A titled code (U.S.C., V.S.A.) named without its title number. */
  missingTitle?: boolean;
  /** A bare letter name (RSA, CFR, VSA …): counts only when a section follows. */
  weak?: boolean;
};

/** Last words of code names; the period of "Stat.", "Regs.", "Const." belongs to the word. */
const WORD_ANCHOR = /\b(?:code|statutes?|article|constitution)\b|\b(?:stats?|regs|const)\b\.?/gi;
const LETTER_ANCHOR = /\b(?:V\.\s?S\.\s?A\.|U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.|A\.\s?C\.\s?A\.|U\.\s?C\.\s?A\.)|\b(?:VSA|USCA?|CFR|ILCS|RSA|CCR)\b/g;
const SHORT_ANCHOR = /\b(?:PC|CPC|VC|CVC|GC|HSC|WIC|BPC|CCP|PRC|FGC|H&S|W&I|B&P)(?=[ \t]*(?:§§?[ \t]*)?\d)|\b(?:PS|GP|CP|CR|TR|SG|CJ)(?=[ \t]*§)/g;
const TOKEN = /[A-Za-z][A-Za-z'’]*\.?|&/g;
const GAP_OK = /^[ \t]*(?:\r?\n[ \t]*)?$/;
const STOP_LEAD = new Set(["the", "this", "that", "such", "any", "each", "our", "its", "said", "a", "an", "which", "under", "see", "per", "and", "of"]);
const NOT_STATUTE = new Set([
  "area", "zip", "postal", "country", "source", "bar", "color", "colour", "error", "access", "pass", "verification", "security",
  "dress", "promo", "discount", "activation", "qr", "status", "reason", "event", "disposition", "call", "radio", "signal",
  "response", "alarm", "building", "fire", "plumbing", "electrical", "ethics", "conduct", "morse", "da", "vinci",
]);

type Tok = { text: string; start: number; end: number };

/** Up to `max` words directly before `at`, separated only by spaces (and at most one line break). */
function wordsBefore(text: string, at: number, max = 6): Tok[] {
  const from = Math.max(0, at - 100);
  const found: Tok[] = [];
  for (const m of text.slice(from, at).matchAll(TOKEN)) found.push({ text: m[0], start: from + m.index, end: from + m.index + m[0].length });
  const out: Tok[] = [];
  let edge = at;
  for (let i = found.length - 1; i >= 0 && out.length < max; i--) {
    const t = found[i]!;
    if (!GAP_OK.test(text.slice(t.end, edge))) break;
    if (t.start === from && from > 0 && /[A-Za-z]/.test(text[from - 1]!)) break;
    out.unshift(t);
    edge = t.start;
  }
  return out;
}

function makeRef(baseKey: string): CodeRef | undefined {
  const spec = specFor(baseKey);
  return spec ? { spec } : undefined;
}

/** "18 U.S.C.", "Title 18 of the United States Code", "Title 28, Code of …": the number before the name. */
const TITLE_BEFORE = /(?:\b(?:Title|TITLE|title|tit\.)\s*)?(\d+[A-Z]?)\s*,?\s*(?:of\s+the\s+)?$/;
const TITLE_AFTER = /^\s*,?\s*(?:tit\.|title|Title|TITLE)\s*(\d+[A-Z]?)/;
const ANN_AFTER = /^\s*,?\s*Ann(?:otated|\.)?(?![A-Za-z])/;
const MD_ARTICLE_AFTER = /^\s*,?\s*((?:[A-Z][A-Za-z'’]*\.?\s*(?:&\s*)?){1,4})/;

/** "art. I", "article I", "amend. XIV", "Amendment 4": which part of a constitution. */
const CONST_PART = /^\s*,?\s*(?:(art(?:icle|\.)?)|amend(?:ment|\.)?)\s*([IVXL]+[A-Z]?|\d+)\b\s*/i;

function attachTitle(text: string, d: Designator): void {
  if (d.ref!.spec.constitution) {
    const part = CONST_PART.exec(text.slice(d.end, d.end + 30));
    if (part) {
      d.ref!.title = `${part[1] ? "art." : "amend."} ${part[2]!.toUpperCase()}`;
      d.end += part[0].trimEnd().length;
    } else d.missingTitle = true;
    return;
  }
  const before = TITLE_BEFORE.exec(text.slice(Math.max(0, d.start - 32), d.start));
  if (before) {
    d.ref!.title = before[1];
    d.start -= before[0].length;
    return;
  }
  const after = TITLE_AFTER.exec(text.slice(d.end, d.end + 24));
  if (after) {
    d.ref!.title = after[1];
    d.end += after[0].length;
    return;
  }
  d.missingTitle = true;
}

function attachMdArticle(text: string, d: Designator): void {
  const m = MD_ARTICLE_AFTER.exec(text.slice(d.end, d.end + 60));
  if (!m) return;
  const words = m[1]!.trim().split(/\s+/);
  for (let n = words.length; n > 0; n--) {
    const raw = words.slice(0, n).join(" ");
    const key = MD_ARTICLE_KEYS.get(normalizeName(raw));
    if (!key || normalizeName(raw).length <= 2) continue;
    d.ref = makeRef(key);
    const consumed = m[0].indexOf(raw) + raw.length;
    const art = /^\s+Article\b/.exec(text.slice(d.end + consumed));
    d.end += consumed + (art ? art[0].length : 0);
    return;
  }
}

/** "Code of Civil Procedure", "Code of Federal Regulations", "Annotated Code of Maryland", "Code Civ. Proc." */
function codeOfForms(text: string, anchorStart: number, anchorEnd: number, before: Tok[]): Designator | null {
  const ahead = text.slice(anchorEnd, anchorEnd + 40);
  const prev = before.at(-1);
  const caPrefixed = prev && CA_PREFIXES.has(normalizeName(prev.text)) ? prev.start : anchorStart;
  let m = /^\s+of\s+Civil\s+Procedure\b|^\s*Civ\.?\s*Proc\.?/i.exec(ahead);
  if (m) return { start: caPrefixed, end: anchorEnd + m[0].length, ref: makeRef("civ-proc") };
  if ((m = /^\s+of\s+Federal\s+Regulations\b/i.exec(ahead))) return { start: anchorStart, end: anchorEnd + m[0].length, ref: makeRef("cfr") };
  if ((m = /^\s+of\s+Regulations\b/i.exec(ahead)) && caPrefixed !== anchorStart) return { start: caPrefixed, end: anchorEnd + m[0].length, ref: makeRef("ccr") };
  if ((m = /^\s+of\s+Maryland\b/i.exec(ahead))) {
    const start = prev && /^annotated$/i.test(prev.text) ? prev.start : anchorStart;
    return { start, end: anchorEnd + m[0].length, ref: makeRef("md-code") };
  }
  if ((m = /^\s+of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)/.exec(ahead)) && !NOT_STATUTE.has(m[1]!.toLowerCase())) {
    return { start: anchorStart, end: anchorEnd + m[0].length, unknown: `Code of ${m[1]}` };
  }
  return null;
}

/** A capitalized name before "Code" that the table does not know: "Foo Code", "Oakland Municipal Code". */
function unknownName(before: Tok[], anchorText: string, anchorStart: number): Designator | null {
  const run: Tok[] = [];
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    const bare = t.text.replace(/\.$/, "");
    if (t.text.endsWith(".") && bare.length > 4 && bare !== bare.toUpperCase()) break; // end of a sentence
    if (/^[A-Z]/.test(t.text) || (run.length > 0 && /^(?:and|&|of)$/i.test(t.text))) run.unshift(t);
    else break;
  }
  while (run.length && (STOP_LEAD.has(normalizeName(run[0]!.text)) || CA_PREFIXES.has(normalizeName(run[0]!.text)))) run.shift();
  if (!run.length) return null;
  if (NOT_STATUTE.has(normalizeName(run.at(-1)!.text))) return null;
  return { start: run[0]!.start, end: anchorStart + anchorText.length, unknown: `${run.map((t) => t.text).join(" ")} ${anchorText.replace(/\.$/, "")}` };
}

/** The word right before an anchor, read cheaply: most anchors are prose ("the statute", "a code") and stop there. */
const LAST_WORD = /([A-Za-z][A-Za-z'’]*\.?|&)[ \t]*(?:\r?\n[ \t]*)?$/;
const CODE_OF = /^(?:\s+of\s|\s*Civ)/i;

/** Recognize the designator ending with the anchor at [anchorStart, anchorStart + anchorText.length). */
function recognize(text: string, anchorStart: number, anchorText: string, letters: boolean): Designator | null {
  const anchorEnd = anchorStart + anchorText.length;
  const isCode = /^code$/i.test(anchorText);
  if (!letters) {
    const last = LAST_WORD.exec(text.slice(Math.max(0, anchorStart - 24), anchorStart))?.[1];
    // A known name ends here, or (for "Code") an unknown capitalized one, or "Code of …" follows.
    const possible = (last !== undefined && (canPrecedeAnchor(normalizeName(last)) || (isCode && /^[A-Z]/.test(last)))) || (isCode && CODE_OF.test(text.slice(anchorEnd, anchorEnd + 8)));
    if (!possible) return null;
  }
  const before = letters ? [] : wordsBefore(text, anchorStart);
  let d: Designator | null = isCode && CODE_OF.test(text.slice(anchorEnd, anchorEnd + 8)) ? codeOfForms(text, anchorStart, anchorEnd, before) : null;
  if (!d) {
    const lettersBefore = letters ? wordsBefore(text, anchorStart, 2) : before;
    const norms = lettersBefore.map((t) => nameWords(t.text));
    const anchorWords = nameWords(anchorText);
    const last = norms.at(-1);
    const top = last && canPrecedeAnchor(joinWords(last)) ? lettersBefore.length : 0;
    for (let k = top; k >= 0 && !d; k--) {
      const toks = lettersBefore.slice(lettersBefore.length - k);
      const phrase = joinWords([...norms.slice(norms.length - k).flat(), ...anchorWords]);
      const words = phrase.split(" ");
      const generic = codeKeyForName(phrase);
      const ca = CA_PREFIXES.has(words[0]!) ? caCodeKeyForName(words.slice(1).join(" ")) : caCodeKeyForName(phrase);
      const key = generic ?? ca;
      if (!key) continue;
      const start = toks[0]?.start ?? anchorStart;
      const prev = lettersBefore[lettersBefore.length - k - 1];
      if (!generic && prev && OTHER_STATES.has(normalizeName(prev.text))) {
        d = { start: prev.start, end: anchorEnd, unknown: `${prev.text} ${text.slice(start, anchorEnd)}` };
      } else {
        d = { start, end: anchorEnd, ref: makeRef(key) };
        if (letters) d.weak = true;
      }
    }
  }
  if (!d && isCode) d = unknownName(before, anchorText, anchorStart);
  if (!d?.ref) return d;
  // "Utah Code Ann.", "Md. Code Ann.,", "Cal. Civ. Code Ann." (a comma before "Ann." only outside California).
  const ann = ANN_AFTER.exec(text.slice(d.end, d.end + 16));
  if (ann && (d.ref.spec.jurisdiction !== "CA" || /^\s*Ann/.test(ann[0]))) d.end += ann[0].length;
  if (d.ref.spec.titled) {
    attachTitle(text, d);
    if (d.ref.title) delete d.weak;
  }
  if (d.ref.spec.key === "md-code") attachMdArticle(text, d);
  return d;
}

/** Every code designator in the text, in order; overlapping finds keep the earliest, then the longest. */
export function designatorsIn(text: string): Designator[] {
  const found: Designator[] = [];
  for (const m of text.matchAll(WORD_ANCHOR)) {
    const d = recognize(text, m.index, m[0], false);
    if (d) found.push(d);
  }
  for (const m of text.matchAll(LETTER_ANCHOR)) {
    const d = recognize(text, m.index, m[0], true);
    if (d) found.push(d);
  }
  for (const m of text.matchAll(SHORT_ANCHOR)) {
    const ref = makeRef(SHORTHANDS.get(m[0])!);
    if (ref) found.push({ start: m.index, end: m.index + m[0].length, ref });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Designator[] = [];
  for (const d of found) if (!out.length || d.start >= out.at(-1)!.end) out.push(d);
  return out;
}

/** The designator that starts exactly at `pos` ("the Civil Code" after "of"), if any. */
export function designatorAt(text: string, pos: number): Designator | null {
  const window = text.slice(pos, pos + 140);
  const anchors: Array<{ at: number; text: string; letters: boolean }> = [];
  for (const m of window.matchAll(new RegExp(WORD_ANCHOR.source, "gi"))) anchors.push({ at: pos + m.index, text: m[0], letters: false });
  for (const m of window.matchAll(new RegExp(LETTER_ANCHOR.source, "g"))) anchors.push({ at: pos + m.index, text: m[0], letters: true });
  for (const a of anchors.sort((x, y) => x.at - y.at)) {
    const d = recognize(text, a.at, a.text, a.letters);
    if (d && d.start === pos) return d;
  }
  return null;
}
