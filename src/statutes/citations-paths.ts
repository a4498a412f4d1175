/**
 * The lexical layer of the citation grammar: a cursor over the text and the
 * subdivision paths that follow a section number — "(b)(2)(A)", ranges
 * "(d)(1)-(6)" and "(b)(1)-(2)(B)", alternatives "(a) and (b)" (and "(b)(2)(G) and
 * (F)", which continues the path before it), Minnesota
 * "5(a)(2)", and unbalanced "(b)(2" reported as a problem.
 *
 * Split from `citations-grammar.ts` so the part that reads labels — where most
 * malformed input shows up — is small and reviewable on its own. Everything is
 * read with sticky regular expressions at the cursor: no scanning ahead.
 */
import type { CitationProblemKind } from "./citations-types.js";

export type RawPath = { path: string[]; end?: string[]; start: number; stop: number };

export type RawProblem = { start: number; end: number; message: string; kind: CitationProblemKind };

/** A position in the text, moved by sticky regular expressions. */
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

const PAREN = /\(([0-9]{1,3}[a-z]?|[A-Za-z]{1,6})\)/y;
const SPACE_PAREN = / \(([0-9]{1,3}[a-z]?|[A-Za-z]{1,6})\)/y;
const UNBALANCED = /\((?:[0-9]{1,3}|[A-Za-z]{1,3})(?=$|[\s,;.])/y;
const PATH_RANGE_OP = /[ \t]*[–‑-][ \t]*|[ \t]+(?:to|through)[ \t]+/iy;
const MN_NUMBER = /(\d{1,2}[a-z]?)(?![0-9]|[.:/-][0-9A-Za-z])/y;
export const ALT_SEP = /[ \t]*(?:,[ \t]*(?:(?:and|or)[ \t]+)?|(?:and|or)[ \t]+)/iy;
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

const labelKind = (l: string) => (/^\d/.test(l) ? "digit" : l === l.toLowerCase() ? "lower" : "upper");

/**
 * The full end of a path range written short: "(d)(1)-(6)" → [d,6]; "(b)(1)-(2)(B)" → [b,2,B];
 * "(b)-(e)" → [e]. The written end starts at the deepest level of the start with the same kind of label.
 */
function rangeEnd(start: readonly string[], written: readonly string[]): string[] {
  for (let i = start.length - 1; i >= 0; i--) if (labelKind(start[i]!) === labelKind(written[0]!)) return [...start.slice(0, i), ...written];
  return [...start.slice(0, Math.max(0, start.length - written.length)), ...written];
}

/**
 * "(b)(2)(G) and (F)" means (b)(2)(F): a path written short after another
 * continues it from the deepest level with the same kind of label, as a range
 * end does. A path written whole ("(a) and (b)(2)") is unchanged.
 */
export function continuePath(prev: RawPath, next: RawPath): void {
  next.path = rangeEnd(prev.path, next.path);
  if (next.end) next.end = rangeEnd(next.path, next.end);
}

/** A path plus an optional path range: "(d)(1)-(6)" → start [d,1], end [d,6]. */
export function parsePath(cur: Cursor, problems: RawProblem[]): RawPath | null {
  const p = parseParens(cur);
  if (!p) return null;
  const out: RawPath = { ...p };
  const save = cur.pos;
  if (cur.eat(PATH_RANGE_OP)) {
    const e = parseParens(cur);
    if (e) {
      out.end = rangeEnd(p.path, e.path);
      out.stop = e.stop;
    } else cur.pos = save;
  }
  checkUnbalanced(cur, problems, out.start);
  return out;
}

/** "(2" with no closing parenthesis right after a path or number: a problem, not a citation. */
export function checkUnbalanced(cur: Cursor, problems: RawProblem[], from: number): void {
  const u = cur.peek(UNBALANCED);
  if (!u) return;
  cur.pos += u[0].length;
  problems.push({ start: from, end: cur.pos, kind: "unbalanced", message: `Unbalanced parenthesis in "${cur.text.slice(from, cur.pos)}": a subdivision label is opened but not closed.` });
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
    if (cur.text[next.start] === "(") continuePath(out[out.length - 1]!, next);
    out.push(next);
  }
  return out;
}
