/**
 * Reading structure from lines of text, for documents without Markdown
 * headings (PDF text, plain text, Word files typed by hand): which lines are
 * headings (`462.4 ADMINISTRATION`, `Section 3 – Retention`, `III. PROCEDURES`,
 * all-caps lines) and which begin list items (`(a)`, `1.`, `A.`, `iv)`, `•`).
 */

export interface HeadingLine {
  title: string;
  /** Nesting rank comparable with Markdown heading depth: lower is outer. */
  rank: number;
}

export type MarkerKind = "alpha" | "roman" | "digit" | "bullet";

export interface ListMarker {
  /** The marker as written: `(a)`, `1.`, `•`. */
  marker: string;
  /** The marker's value: `a`, `1`, `iv`; empty for bullets. */
  value: string;
  kind: MarkerKind;
  /** Marker shape without its value, e.g. `(x)`, `x.`, `X.`, `•`: items of one list share it. */
  shape: string;
  /** A single letter that is also a Roman numeral (`i`, `v`, `x`…): its kind depends on the list around it. */
  ambiguous: boolean;
  /** The text after the marker. */
  rest: string;
}

const SMALL_WORDS = new Set("a an and as at by for from in of on or per the to under with via vs".split(" "));

function isCapitalized(word: string): boolean {
  return /^[("'“‘]?[A-Z0-9§]/.test(word);
}

/** Short, capitalized like a title, not ending like a sentence. */
function looksLikeTitle(title: string, maxWords = 14): boolean {
  const t = title.trim().replace(/:$/, "");
  if (!t || /[.;,]$/.test(t) || !/[A-Za-z]{2}/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > maxWords || !isCapitalized(words[0]!)) return false;
  if (isAllCaps(t)) return true;
  const major = words.filter((w) => /[A-Za-z]/.test(w) && !SMALL_WORDS.has(w.toLowerCase()));
  return major.length > 0 && major.filter(isCapitalized).length / major.length >= 0.6;
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (letters.length < 3) return false;
  const upper = letters.replace(/[^A-Z]/g, "").length;
  return upper / letters.length >= 0.85;
}

/**
 * The heading a line stands for, or `null` for ordinary text.
 *
 * @example
 * classifyHeadingLine("426.5.1 AUDITS") // { title: "426.5.1 AUDITS", rank: 4 }
 * classifyHeadingLine("Section 3 – Retention") // { title: "Section 3 – Retention", rank: 2 }
 * classifyHeadingLine("The data is kept for 60 days.") // null
 */
export function classifyHeadingLine(raw: string): HeadingLine | null {
  return classify(raw);
}

/** Whether a heading line is unmistakable even inside running text: a dotted section number and an all-caps title. */
export function isStrongHeading(raw: string): boolean {
  const m = raw.trim().match(/^\d{1,4}(?:\.\d{1,3}){1,4}\.?\s+(\S.*)$/);
  return !!m && isAllCaps(m[1]!) && looksLikeTitle(m[1]!);
}

function classify(raw: string): HeadingLine | null {
  const line = raw.trim().replace(/\s+/g, " ");
  if (line.length < 3 || line.length > 120) return null;
  const title = line.replace(/:$/, "");
  let m = line.match(/^(\d{1,4}(?:\.\d{1,3}){1,4})\.?\s+(\S.*)$/);
  if (m) return looksLikeTitle(m[2]!) ? { title, rank: 1 + m[1]!.split(".").length } : null;
  m = line.match(/^(section|sec\.|article|chapter|part|§)\s*([0-9]+[0-9A-Za-z.-]*|[IVXLC]+)\b\s*[-–—:.]?\s*(.*)$/i);
  if (m) {
    const rest = m[3]!.trim();
    if (rest && !looksLikeTitle(rest, 12)) return null;
    return { title, rank: /^(article|chapter|part)$/i.test(m[1]!) ? 1 : 2 };
  }
  m = line.match(/^([IVXLC]{1,6})\.\s+(\S.*)$/);
  if (m) return looksLikeTitle(m[2]!, 10) ? { title, rank: 2 } : null;
  m = line.match(/^([A-Z])[.)]\s+(\S.*)$/);
  if (m) return isAllCaps(m[2]!) && looksLikeTitle(m[2]!, 10) ? { title, rank: 3 } : null;
  m = line.match(/^(\d{1,4})\.?\s+(\S.*)$/);
  if (m) return isAllCaps(m[2]!) && looksLikeTitle(m[2]!, 10) ? { title, rank: 2 } : null;
  if (/^[(\d•*-]/.test(line)) return null;
  if (isAllCaps(line) && looksLikeTitle(line, 12)) {
    const words = line.split(" ");
    if (words.length === 1 && line.replace(/[^A-Za-z]/g, "").length < 5) return null;
    return { title, rank: 3 };
  }
  return null;
}

const ROMAN = /^(?=[ivxlc])(c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

function fromRoman(s: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  const lower = s.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    const v = values[lower[i]!]!;
    const next = values[lower[i + 1] ?? ""] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * The list marker a line starts with, or `null`.
 *
 * @example
 * readListMarker("(a) The name of the agency.") // { marker: "(a)", value: "a", kind: "alpha", shape: "(x)", … }
 * readListMarker("Dr. Smith said") // null
 */
export function readListMarker(raw: string): ListMarker | null {
  const line = raw.trimStart();
  // Glyph bullets (including Symbol-font ones PDF text layers map to U+F0B7…) may touch the text; "*", "-", "–" need a space.
  let m = line.match(/^(?:[•●▪◦‣∙·\u2043\uF0B7\uF0A7\uF0D8\uF076]\s*|[*–-]\s+)(.*)$/s);
  if (m) return { marker: "•", value: "", kind: "bullet", shape: "•", ambiguous: false, rest: m[1]! };
  m = line.match(/^(\()?([A-Za-z]{1,5}|\d{1,3})([.)])\s+(.*)$/s) ?? line.match(/^(\()([A-Za-z]{1,5}|\d{1,3})(\))\s*(.*)$/s);
  if (!m) return null;
  const [, open, value, close, rest] = m as unknown as [string, string | undefined, string, string, string];
  if (open && close !== ")") return null;
  let kind: MarkerKind;
  if (/^\d+$/.test(value)) kind = "digit";
  else if (value.length === 1) kind = "alpha";
  else if (ROMAN.test(value)) kind = "roman";
  else return null;
  const upper = value === value.toUpperCase() && kind !== "digit";
  const letter = kind === "digit" ? "n" : upper ? "X" : "x";
  const shape = open ? `(${letter})` : `${letter}${close}`;
  return { marker: `${open ?? ""}${value}${close}`, value, kind, shape, ambiguous: kind === "alpha" && ROMAN.test(value), rest };
}

/** The marker value that would follow `value` in a list of `kind`: `a`→`b`, `9`→`10`, `iv`→`v`. */
export function nextMarkerValue(value: string, kind: MarkerKind): string {
  if (kind === "digit") return String(Number(value) + 1);
  if (kind === "alpha") return String.fromCharCode(value.charCodeAt(0) + 1);
  if (kind === "roman") {
    const n = fromRoman(value) + 1;
    const table: [number, string][] = [[100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
    let out = "";
    let rest = n;
    for (const [v, s] of table) while (rest >= v) (out += s, (rest -= v));
    return value === value.toUpperCase() ? out.toUpperCase() : out;
  }
  return "";
}
