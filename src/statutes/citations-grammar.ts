/**
 * The citation grammar after the code name: section numbers, lists, ranges and
 * subdivision paths, in every order writers use them.
 *
 *   item   := number path? (range-op (number | abbreviated-end) path?)? ", inclusive"? "et seq."? tail*
 *   path   := "(" label ")"+ ("–" "(" label ")"+)?          § 7070(d)(1)–(6)
 *   tail   := ","? ("subd." | "subdivision" | "paragraph" …) (path | MN-number path?) (sep path)*
 *   list   := item (("," | ";" | "/" | "and" | "or") "§"? item)*
 *   chain  := level-word path "of" (level-word path "of")* ("Section" list | "this section")
 *
 * It reads with sticky regular expressions from a cursor, never scanning ahead
 * unboundedly, so a long document costs time proportional to its length. What
 * it produces is raw: the section token is kept as written ("7070-7075",
 * "-2006") because whether a hyphen is a range or part of the number depends
 * on the code, which may only be named after the numbers ("… of the Civil Code").
 */
import type { CitationProblemKind } from "./citations-types.js";

export type RawPath = { path: string[]; end?: string[]; start: number; stop: number };

export type RawItem = {
  start: number;
  end: number;
  /** Section token as written: "1798.90.51", "7070-7075", "1804" (maybe a short form). */
  section: string;
  /** Range end as written: "1798.90.55", "-2006", ".55". */
  sectionEnd?: string;
  endPath?: string[];
  /** Alternative subdivision paths; empty means the whole section. */
  paths: RawPath[];
  inclusive?: boolean;
  etSeq?: boolean;
  /** Had a "subd."/"subdivision" tail: statute-only wording. */
  tail?: boolean;
};

export type RawProblem = { start: number; end: number; message: string; kind: CitationProblemKind };

export class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}
  peek(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    return re.exec(this.text);
  }
  eat(re: RegExp): RegExpExecArray | null {
    const m = this.peek(re);
    if (m) this.pos += m[0].length;
    return m;
  }
}

export const WS = /[ \t]*(?:\r?\n[ \t]*)?/y;
export const SIGN = /§§?[ \t]*/y;
export const SECTION_WORD = /(?:sections?|secs?\.?)(?![A-Za-z])[ \t]*(?:\r?\n[ \t]*)?/iy;
export const TOKEN = /\d{1,7}[A-Za-z]{0,2}(?:\/\d[0-9A-Za-z]{0,9})?(?:[.:-][0-9A-Za-z]{1,9}){0,6}(?![0-9A-Za-z])/y;
const ABBREV_END = /[-.][0-9A-Za-z]{1,9}(?:[.:/-][0-9A-Za-z]{1,9}){0,5}(?![0-9A-Za-z])/y;
const PAREN = /\(([0-9]{1,3}[a-z]?|[A-Za-z]{1,6})\)/y;
const SPACE_PAREN = / \(([0-9]{1,3}[a-z]?|[A-Za-z]{1,6})\)/y;
const UNBALANCED = /\((?:[0-9]{1,3}|[A-Za-z]{1,3})(?=$|[\s,;.])/y;
const RANGE_OP = /[ \t]*[–‑-][ \t]*|[ \t]+(?:to|through|thru)[ \t]+/iy;
const PATH_RANGE_OP = /[ \t]*[–‑-][ \t]*|[ \t]+(?:to|through)[ \t]+/iy;
const INCLUSIVE = /,?[ \t]*inclusive\b,?/iy;
const ET_SEQ = /,?[ \t]*et\.?[ \t]+seq\.?/iy;
export const LEVEL_WORD = /(subdivisions?|subds?\.|paragraphs?|pars?\.|subparagraphs?|subpars?\.|clauses?|subclauses?|subsections?|subsecs?\.)(?![A-Za-z])[ \t]*/iy;
const TAIL_WORD = /,?[ \t]*(subdivisions?|subds?\.|paragraphs?|pars?\.|subparagraphs?|subpars?\.|clauses?|subclauses?)(?![A-Za-z])[ \t]*/iy;
const MN_NUMBER = /(\d{1,2}[a-z]?)(?![0-9]|[.:/-][0-9A-Za-z])/y;
const NH_PARA = /,[ \t]*([IVXL]{1,6})(?=[\s,.;:()]|$)/y;
const ALT_SEP = /[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)/iy;
const LIST_SEP = /(?:[ \t]*[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]*\/[ \t]*|[ \t]+(?:and|or|&)[ \t]+)/iy;
const ITEM_MARKER = /(?:§§?|sections?(?![A-Za-z])|secs?\.)[ \t]*/iy;
const UNIT_AFTER = /[ \t]+(?:days?|years?|months?|weeks?|hours?|minutes?|seconds?|percent|dollars|times|people|persons|officers|agencies|members|cameras|plates|readers|entities|pages|miles|feet)\b/iy;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/i;

/** A label inside parentheses: a number, one or two letters, or a roman numeral ("(FULL)" is not). */
function isLabel(s: string): boolean {
  return /^\d/.test(s) || s.length <= 2 || (ROMAN.test(s) && (s === s.toLowerCase() || s === s.toUpperCase()));
}

/** "(b)(2)(A)" — the first label may follow one space ("§ 1607 (a)"). */
function parseParens(cur: Cursor): { path: string[]; start: number; stop: number } | null {
  const start = cur.pos;
  const path: string[] = [];
  let m = cur.peek(PAREN) ?? cur.peek(SPACE_PAREN);
  while (m && isLabel(m[1]!)) {
    path.push(m[1]!);
    cur.pos += m[0].length;
    m = cur.peek(PAREN);
  }
  return path.length ? { path, start: start + (cur.text[start] === " " ? 1 : 0), stop: cur.pos } : null;
}

/** A path plus an optional path range: "(d)(1)-(6)" → start [d,1], end [d,6]. */
function parsePath(cur: Cursor, problems: RawProblem[]): RawPath | null {
  const p = parseParens(cur);
  if (!p) return null;
  const out: RawPath = { ...p };
  const save = cur.pos;
  if (cur.eat(PATH_RANGE_OP)) {
    const e = parseParens(cur);
    if (e) {
      out.end = [...p.path.slice(0, Math.max(0, p.path.length - e.path.length)), ...e.path];
      out.stop = e.stop;
    } else cur.pos = save;
  }
  checkUnbalanced(cur, problems, out.start);
  return out;
}

function checkUnbalanced(cur: Cursor, problems: RawProblem[], from: number): void {
  const u = cur.peek(UNBALANCED);
  if (!u) return;
  cur.pos += u[0].length;
  problems.push({ start: from, end: cur.pos, kind: "unbalanced", message: `Unbalanced parenthesis in "${cur.text.slice(from, cur.pos)}": a subdivision label is opened but not closed.` });
}

/** ", subd. (b), (d)(2)", " subd. 5(a)(2)", ", subdivision 2, 3, or 6", ", subdivision (b), paragraph (2)". */
function parseTails(cur: Cursor, item: RawItem, problems: RawProblem[]): void {
  for (;;) {
    const save = cur.pos;
    const w = cur.eat(TAIL_WORD);
    if (!w) return;
    const nested = item.paths.length > 0 && /^(?:par|subpar|clause|subclause)/i.test(w[1]!);
    const alts = parseAlternatives(cur, problems);
    if (!alts.length) {
      cur.pos = save;
      return;
    }
    item.tail = true;
    if (nested) {
      const last = item.paths.at(-1)!;
      item.paths.splice(item.paths.length - 1, 1, ...alts.map((a) => ({ ...a, path: [...last.path, ...a.path], end: a.end && [...last.path, ...a.end] })));
    } else item.paths.push(...alts);
  }
}

/** One or more paths joined by "," / "and" / "or": "(b), (d)(2)", "2, 3, or 6", "5(a)(2)". */
export function parseAlternatives(cur: Cursor, problems: RawProblem[]): RawPath[] {
  const one = (): RawPath | null => {
    const start = cur.pos;
    const mn = cur.eat(MN_NUMBER);
    if (mn) {
      const rest = parsePath(cur, problems);
      const out: RawPath = { path: [mn[1]!, ...(rest?.path ?? [])], end: rest?.end && [mn[1]!, ...rest.end], start, stop: cur.pos };
      const save = cur.pos;
      const to = !rest && cur.eat(PATH_RANGE_OP) ? cur.eat(MN_NUMBER) : null; // "subds. 2–3"
      if (to) (out.end = [to[1]!]), (out.stop = cur.pos);
      else cur.pos = save;
      return out;
    }
    return parsePath(cur, problems);
  };
  const out: RawPath[] = [];
  const first = one();
  if (!first) return out;
  out.push(first);
  for (;;) {
    const save = cur.pos;
    if (!cur.eat(ALT_SEP)) break;
    const next = one();
    if (!next) {
      cur.pos = save;
      break;
    }
    out.push(next);
  }
  return out;
}

/** One section with its path, range, "inclusive", "et seq." and tails. `hintNh`: read ", II" as an RSA paragraph. */
export function parseItem(cur: Cursor, problems: RawProblem[], hintNh = false): RawItem | null {
  const tok = cur.eat(TOKEN);
  if (!tok) return null;
  const item: RawItem = { start: tok.index, end: cur.pos, section: tok[0], paths: [] };
  const direct = parsePath(cur, problems);
  if (direct) item.paths.push(direct);
  else if (hintNh || tok[0].includes(":")) {
    const nh = cur.eat(NH_PARA);
    if (nh) {
      const at = cur.pos - nh[1]!.length;
      const rest = parsePath(cur, problems);
      item.paths.push({ path: [nh[1]!, ...(rest?.path ?? [])], end: rest?.end && [nh[1]!, ...rest.end], start: at, stop: cur.pos });
    }
  } else checkUnbalanced(cur, problems, item.start);
  item.end = cur.pos;
  const save = cur.pos;
  if (cur.eat(RANGE_OP)) {
    const end = cur.eat(TOKEN) ?? cur.eat(ABBREV_END);
    if (end) {
      item.sectionEnd = end[0];
      const p = parsePath(cur, problems);
      if (p) item.endPath = p.path;
      item.end = cur.pos;
    } else cur.pos = save;
  }
  if (cur.eat(INCLUSIVE)) item.inclusive = true;
  if (cur.eat(ET_SEQ)) (item.etSeq = true), (item.end = cur.pos);
  const beforeTails = cur.pos;
  parseTails(cur, item, problems);
  if (cur.pos > beforeTails) item.end = cur.pos;
  return item;
}

/** A list of items: "1798.90.51 and 1798.90.53", "7071, subd. (b), (d)(2); 7072, subd. (a)", "(b)(2)/1798.90.53(b)(2)". */
export function parseItems(cur: Cursor, problems: RawProblem[], hintNh = false): RawItem[] {
  const first = parseItem(cur, problems, hintNh);
  if (!first || cur.peek(UNIT_AFTER)) return [];
  const items = [first];
  for (;;) {
    const save = cur.pos;
    const saveProblems = problems.length;
    if (!cur.eat(LIST_SEP)) break;
    cur.eat(ITEM_MARKER);
    const next = parseItem(cur, problems, hintNh);
    const yearAfterDotted = next && /^(?:19|20)\d\d$/.test(next.section) && first.section.includes(".");
    if (!next || cur.peek(UNIT_AFTER) || yearAfterDotted) {
      cur.pos = save;
      problems.length = saveProblems;
      break;
    }
    items.push(next);
  }
  return items;
}

/** Is this token a section number rather than a Minnesota subdivision number ("subdivision 1607(c)(2)" vs "subdivision 2")? */
export function looksLikeSection(token: string): boolean {
  return /[.:/-]/.test(token) || /^\d{3,}/.test(token);
}

/**
 * "subparagraph (G) of paragraph (2) of subdivision (b) of" — the level words before
 * a section, innermost first. Returns the alternative paths outermost-first, or
 * `internal` for "… of this section", or null when no section follows.
 */
export function parseChainPrefix(cur: Cursor, problems: RawProblem[]): { paths: string[][]; internal?: boolean } | null {
  const segments: string[][][] = [];
  for (;;) {
    // Five levels below a section at most (subdivision … subclause); more is not a citation.
    if (segments.length > 5 || !cur.eat(LEVEL_WORD)) return null;
    const alts = parseAlternatives(cur, problems);
    if (!alts.length) return null;
    segments.push(alts.map((a) => a.path));
    if (!cur.eat(/[ \t]+of[ \t]+/iy)) return null;
    if (cur.peek(LEVEL_WORD)) continue;
    if (cur.eat(/(?:this|that|such|said)[ \t]+(?:section|subdivision|subsection|paragraph|subparagraph|clause|part|chapter|article|policy|rule|order)\b/iy)) return { paths: [], internal: true };
    break;
  }
  // Outermost (last written) first: product of the alternatives.
  let paths: string[][] = [[]];
  for (const seg of segments.reverse()) paths = paths.flatMap((p) => seg.map((s) => [...p, ...s]));
  return { paths };
}
