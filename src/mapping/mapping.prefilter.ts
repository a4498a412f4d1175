/**
 * Cheap necessary conditions for regular expressions. A concept pattern such
 * as `\b(retain(ed|s)?|kept)\b[^.]{0,80}\b\d+\s*(days|years)` cannot match a
 * text that contains none of "retain", "kept" (nor none of "day", "year"), so
 * the mapper checks a few substrings before running the expression — most
 * patterns of a large catalog are skipped for any one finding. The analysis is
 * conservative: when it cannot prove a literal is required, it returns null
 * and the pattern always runs. Pure.
 */

/** One required choice: the text must contain at least one of these (lower-case) strings. */
export type Prefilter = string[] | null;

type Parsed = { options: string[] | null; end: number };

const MIN_LITERAL = 3;
const BRACES = /\{(\d*)(,\d*)?\}\??/y;
const GROUP_START = /\(\?(?::|<[A-Za-z_]\w*>)/y;

function isLiteral(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 32;
}

/** Index just past a quantifier at `i` (or `i` if none), and whether it allows zero repetitions. */
function quantifier(src: string, i: number): { end: number; optional: boolean } {
  const c = src[i];
  if (c === "?" || c === "*") return { end: src[i + 1] === "?" ? i + 2 : i + 1, optional: true };
  if (c === "+") return { end: src[i + 1] === "?" ? i + 2 : i + 1, optional: false };
  if (c === "{") {
    BRACES.lastIndex = i;
    const m = BRACES.exec(src);
    if (m) return { end: i + m[0].length, optional: (m[1] ?? "") === "" || Number(m[1]) === 0 };
  }
  return { end: i, optional: false };
}

/** Best required choice of a sequence of alternatives, from `i` until `)` or the end. */
function parseAlternation(src: string, i: number): Parsed {
  const alternatives: (string[] | null)[] = [];
  let best: string[] | null = null;
  let run = "";
  const closeRun = () => {
    if (run.length >= MIN_LITERAL && (!best || minLength([run]) > minLength(best))) best = [run];
    run = "";
  };
  while (i < src.length && src[i] !== ")") {
    const c = src[i]!;
    if (c === "|") {
      closeRun();
      alternatives.push(best);
      best = null;
      i++;
      continue;
    }
    if (c === "(") {
      closeRun();
      const look = src.startsWith("(?=", i) || src.startsWith("(?!", i) || src.startsWith("(?<=", i) || src.startsWith("(?<!", i);
      GROUP_START.lastIndex = i;
      const start = look ? null : GROUP_START.exec(src);
      const inner = parseAlternation(src, i + (look ? 3 + (src[i + 2] === "<" ? 1 : 0) : start ? start[0].length : 1));
      const q = quantifier(src, inner.end + 1);
      if (!look && !q.optional && inner.options && (!best || minLength(inner.options) > minLength(best))) best = inner.options;
      i = q.end;
      continue;
    }
    if (c === "\\") {
      closeRun();
      const next = src[i + 1] ?? "";
      // An escape (class, boundary, code point, back-reference, punctuation) is never part of a letter run.
      if (/[pPuk]/.test(next) && /[{<]/.test(src[i + 2] ?? "")) i = src.indexOf(next === "k" ? ">" : "}", i) + 1;
      else if (next === "x") i += 4;
      else if (next === "u") i += 6;
      else if (next === "c") i += 3;
      else i += 2;
      i = quantifier(src, i).end;
      continue;
    }
    if (c === "[") {
      closeRun();
      let j = i + 1;
      if (src[j] === "^") j++;
      if (src[j] === "]") j++;
      while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      i = quantifier(src, j + 1).end;
      continue;
    }
    if (isLiteral(src.charCodeAt(i))) {
      const q = quantifier(src, i + 1);
      if (q.optional) {
        closeRun();
        i = q.end;
        continue;
      }
      run += c.toLowerCase();
      if (q.end !== i + 1) closeRun();
      i = q.end;
      continue;
    }
    closeRun();
    i = quantifier(src, i + 1).end;
  }
  closeRun();
  alternatives.push(best);
  const options = alternatives.some((a) => a === null) ? null : [...new Set(alternatives.flatMap((a) => a!))];
  return { options: options?.map((o) => o.trim()).some((o) => o.length < MIN_LITERAL) ? null : options?.map((o) => o.trim()) ?? null, end: i };
}

function minLength(options: string[]): number {
  return Math.min(...options.map((o) => o.trim().length));
}

/**
 * The strings one of which any match of `source` must contain (lower-case), or null when unknown.
 *
 * @example
 * prefilterOf("\\b(login|password)s?\\b")          // ["login", "password"]
 * prefilterOf("\\b\\d+\\s*(days?|years?)\\b")      // ["day", "year"]
 * prefilterOf("\\b\\d{1,3}(,\\d{3})*\\b")          // null
 */
export function prefilterOf(source: string): Prefilter {
  try {
    const parsed = parseAlternation(source, 0);
    return parsed.end >= source.length ? parsed.options : null;
  } catch {
    return null;
  }
}

/** Whether a lower-cased text passes the prefilter (always true without one). */
export function mayMatch(prefilter: Prefilter, lower: string): boolean {
  return prefilter === null || prefilter.some((o) => lower.includes(o));
}
