/**
 * The citation grammar after the code name: section numbers, lists, ranges and
 * subdivision paths, in every order writers use them.
 *
 *   item   := number path? (range-op (number | abbreviated-end) path?)? ", inclusive"? "et seq."? tail*
 *   path   := "(" label ")"+ ("–" "(" label ")"+)?          § 7070(d)(1)–(6)   (citations-paths.ts)
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
import { ALT_SEP, Cursor, checkUnbalanced, continuePath, parseAlternatives, parsePath, type RawPath, type RawProblem } from "./citations-paths.js";

export { Cursor, parseAlternatives, type RawPath, type RawProblem } from "./citations-paths.js";

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

export const WS = /[ \t]*(?:\r?\n[ \t]*)?/y;
export const SIGN = /§§?[ \t]*/y;
export const SECTION_WORD = /(?:sections?|secs?\.?)(?![A-Za-z])[ \t]*(?:\r?\n[ \t]*)?/iy;
export const TOKEN = /\d{1,7}[A-Za-z]{0,2}(?:\/\d[0-9A-Za-z]{0,9})?(?:[.:-][0-9A-Za-z]{1,9}){0,6}(?![0-9A-Za-z])/y;
const ABBREV_END = /[-.][0-9A-Za-z]{1,9}(?:[.:/-][0-9A-Za-z]{1,9}){0,5}(?![0-9A-Za-z])/y;
const RANGE_OP = /[ \t]*[–‑-][ \t]*|[ \t]+(?:to|through|thru)[ \t]+/iy;
const INCLUSIVE = /,?[ \t]*inclusive\b,?/iy;
const ET_SEQ = /,?[ \t]*et\.?[ \t]+seq\.?/iy;
export const LEVEL_WORD = /(subdivisions?|subds?\.|paragraphs?|pars?\.|subparagraphs?|subpars?\.|clauses?|subclauses?|subsections?|subsecs?\.)(?![A-Za-z])[ \t]*/iy;
const TAIL_WORD = /,?[ \t]*(subdivisions?|subds?\.|subsections?|subsecs?\.|paragraphs?|pars?\.|subparagraphs?|subpars?\.|clauses?|subclauses?)(?![A-Za-z])[ \t]*/iy;
const NH_PARA = /,[ \t]*([IVXL]{1,6})(?=[\s,.;:()–-]|$)/y;
const NH_RANGE = /[ \t]*[–-][ \t]*([IVXL]{1,6})(?![A-Za-z])/y;
const LIST_SEP = /(?:[ \t]*[,;][ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]*\/[ \t]*|[ \t]+(?:and|or|&)[ \t]+)/iy;
const ITEM_MARKER = /(?:§§?|sections?(?![A-Za-z])|secs?\.)[ \t]*/iy;
const UNIT_AFTER = /[ \t]+(?:days?|years?|months?|weeks?|hours?|minutes?|seconds?|percent|dollars|times|people|persons|officers|agencies|members|cameras|plates|readers|entities|pages|miles|feet)\b/iy;

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

/** One section with its path, range, "inclusive", "et seq." and tails. `hintNh`: read ", II" as an RSA paragraph. */
export function parseItem(cur: Cursor, problems: RawProblem[], hintNh = false): RawItem | null {
  const tok = cur.eat(TOKEN);
  if (!tok) return null;
  const item: RawItem = { start: tok.index, end: cur.pos, section: tok[0], paths: [] };
  const direct = parsePath(cur, problems);
  if (direct) {
    item.paths.push(direct);
    // "§ 1798.90.51(a) and (b)", "(a), (b)(2)": more paths of the same section.
    for (let save = cur.pos; cur.eat(ALT_SEP); save = cur.pos) {
      const more = parsePath(cur, problems);
      if (!more) {
        cur.pos = save;
        break;
      }
      continuePath(item.paths.at(-1)!, more);
      item.paths.push(more);
    }
  } else if (hintNh || tok[0].includes(":")) {
    const nh = cur.eat(NH_PARA);
    if (nh) {
      const at = cur.pos - nh[1]!.length;
      const rest = parsePath(cur, problems);
      const to = rest ? null : cur.eat(NH_RANGE); // "RSA 261:75-b, I–VI"
      item.paths.push({ path: [nh[1]!, ...(rest?.path ?? [])], end: to ? [to[1]!] : rest?.end && [nh[1]!, ...rest.end], start: at, stop: cur.pos });
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
