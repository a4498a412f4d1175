/**
 * The words a pattern's match must begin with, read from its source: for
 * `\b(audit(s|ed)?|review)\b…` every match starts with "audit" or "review";
 * for `\b(\d+|one)\s+days` with a digit or "one". The concept index then tries
 * the pattern only where such a word starts, instead of scanning the whole
 * document with it. When the source does not begin with a word boundary and
 * literal words (or digits), there is no prefix list and the pattern scans
 * everything, so the shortcut never loses a match.
 */

/** Matches any word that starts with a digit. */
export const DIGIT = "\\d";

/** Index of the `)` closing the group opened at `open`, or -1. */
function closeOf(src: string, open: number): number {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < src.length && src[i] !== "]"; i++) if (src[i] === "\\") i++;
    } else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Top-level alternatives of a group body. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\\") i++;
    else if (ch === "[") {
      for (i++; i < body.length && body[i] !== "]"; i++) if (body[i] === "\\") i++;
    } else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "|" && depth === 0) (out.push(body.slice(from, i)), (from = i + 1));
  }
  out.push(body.slice(from));
  return out;
}

const OPTIONAL = /^(?:\?\??|\*\??|\{0(?:,\d*)?\}\??)/;

function union(lists: (string[] | null)[]): string[] | null {
  const out: string[] = [];
  for (const l of lists) {
    if (!l) return null;
    out.push(...l);
  }
  return out;
}

/** Prefixes of a sequence; a literal only counts after a word boundary, so every match starts where a word does. */
function prefixesOf(seq: string, bounded = false): string[] | null {
  let s = seq;
  while (s.startsWith("\\b")) (s = s.slice(2)), (bounded = true);
  if (s.startsWith("(")) {
    if (/^\(\?[=!<]/.test(s)) return null;
    const close = closeOf(s, 0);
    if (close < 0) return null;
    const body = s.slice(s.startsWith("(?:") ? 3 : 1, close);
    const inner = union(alternatives(body).map((alt) => prefixesOf(alt, bounded)));
    const optional = s.slice(close + 1).match(OPTIONAL);
    // An optional group: a match starts with the group or with what follows it.
    return optional ? union([inner, prefixesOf(s.slice(close + 1 + optional[0].length), bounded)]) : inner;
  }
  if (!bounded) return null;
  if (s.startsWith("\\d")) return [DIGIT];
  const run = s.match(/^[A-Za-z0-9]+/)?.[0] ?? "";
  const literal = OPTIONAL.test(s.slice(run.length)) ? run.slice(0, -1) : run;
  return literal.length >= 1 ? [literal.toLowerCase()] : null;
}

/**
 * Lower-case word starts every match of `source` begins with (`"\\d"` for any
 * digit), or `null` when the source does not tell.
 *
 * @example
 * patternPrefixes("\\b(audit(s|ed|ing)?|review)\\b") // ["audit", "review"]
 * patternPrefixes("\\b(written\\s+)?requests?\\s+for") // ["written", "request"]
 * patternPrefixes("\\$\\s?\\d") // null
 */
export function patternPrefixes(source: string): string[] | null {
  const p = union(alternatives(source).map((alt) => prefixesOf(alt)));
  return p && p.length ? [...new Set(p)] : null;
}
