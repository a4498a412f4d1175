/**
 * Provision labels: what a label looks like and where it sits in a numbering scheme.
 *
 * Split from the tree builder in `provisions.ts` so the one jurisdiction-specific
 * part of parsing — each state's ladder of label styles — lives in a single table.
 * A label token such as "(i)" is ambiguous on its own (letter nine, or roman one);
 * this module lists every reading a scheme allows and leaves the choice to the
 * builder, which has the context.
 */

/** A jurisdiction's numbering ladder. "ca" is also right for Arkansas and Maryland texts. */
export type NumberingScheme = "ca" | "vt" | "mn" | "ut" | "nh";

/** The styles a label can take. */
export type LabelKind = "lower" | "upper" | "digit" | "romanLower" | "romanUpper" | "subd" | "romanDot";

/** Levels by depth below the section, named as California names them. */
export const LEVELS = ["section", "subdivision", "paragraph", "subparagraph", "clause", "subclause"] as const;
export type ProvisionLevel = (typeof LEVELS)[number];

/** Label kinds from the top of a section down, per scheme. */
export const LADDERS: Record<NumberingScheme, readonly LabelKind[]> = {
  // (a)(1)(A)(i)(I) — California; Vermont, Arkansas and Maryland print the same ladder.
  ca: ["lower", "digit", "upper", "romanLower", "romanUpper"],
  vt: ["lower", "digit", "upper", "romanLower", "romanUpper"],
  // "Subdivision 1." / "Subd. 2.", then paragraph (a), clause (1), item (i).
  mn: ["subd", "lower", "digit", "romanLower"],
  // Utah: Subsection (1)(a)(i)(A)(I).
  ut: ["digit", "lower", "romanLower", "upper", "romanUpper"],
  // New Hampshire RSA: paragraph "I.", then (a), (1), (A).
  nh: ["romanDot", "lower", "digit", "upper", "romanLower"],
};

/** One way of reading a label token. */
export type LabelReading = { kind: LabelKind; ordinal: number };

/** A label found at the start of a line. */
export type LabelToken = { label: string; key: string; readings: LabelReading[] };

const ROMAN: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** Value of a roman numeral made of i, v, x, l (either case), or undefined if it is not one. */
export function romanValue(s: string): number | undefined {
  const t = s.toLowerCase();
  if (!/^[ivxl]+$/.test(t)) return undefined;
  let total = 0;
  for (let i = 0; i < t.length; i++) {
    const v = ROMAN[t[i]!]!;
    const next = i + 1 < t.length ? ROMAN[t[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  // Reject non-canonical forms such as "iiii" or "vx" by round-tripping.
  return toRoman(total) === t ? total : undefined;
}

function toRoman(n: number): string {
  const table: [number, string][] = [[50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let out = "";
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}

/** Letter ordinal: a=1 … z=26, then California's doubled aa=27, bb=28 … */
function letterOrdinal(s: string): number | undefined {
  const t = s.toLowerCase();
  if (/^[a-z]$/.test(t)) return t.charCodeAt(0) - 96;
  if (/^([a-z])\1$/.test(t)) return 26 + t.charCodeAt(0) - 96;
  return undefined;
}

/** "1" → 1, "1a" → 1.01 (Minnesota's inserted subdivisions sort between 1 and 2). */
function numberOrdinal(s: string): number | undefined {
  const m = /^(\d{1,3})([a-z]?)$/.exec(s);
  if (!m) return undefined;
  return Number(m[1]) + (m[2] ? (m[2].charCodeAt(0) - 96) / 100 : 0);
}

/** All readings of a parenthesised key, e.g. "i" → letter 9 and roman 1. */
function parenReadings(key: string): LabelReading[] {
  const out: LabelReading[] = [];
  if (/^\d+$/.test(key)) out.push({ kind: "digit", ordinal: Number(key) });
  const letter = letterOrdinal(key);
  if (letter !== undefined) out.push({ kind: key === key.toLowerCase() ? "lower" : "upper", ordinal: letter });
  const roman = romanValue(key);
  if (roman !== undefined && (key === key.toLowerCase() || key === key.toUpperCase())) {
    out.push({ kind: key === key.toLowerCase() ? "romanLower" : "romanUpper", ordinal: roman });
  }
  return out;
}

/**
 * Reads one label at the start of `s` (no leading whitespace), keeping only the
 * readings the scheme's ladder uses. Returns the token and the rest of the string.
 */
export function readLabel(s: string, scheme: NumberingScheme): { token: LabelToken; rest: string } | undefined {
  const ladder = LADDERS[scheme];
  let token: LabelToken | undefined;
  let m: RegExpExecArray | null;
  if ((m = /^\(([A-Za-z]{1,6}|\d{1,3})\)/.exec(s))) {
    token = { label: m[0], key: m[1]!, readings: parenReadings(m[1]!) };
  } else if (ladder.includes("subd") && (m = /^(?:Subdivision|Subd\.)\s+(\d{1,3}[a-z]?)\./.exec(s))) {
    token = { label: m[0], key: m[1]!, readings: [{ kind: "subd", ordinal: numberOrdinal(m[1]!)! }] };
  } else if (ladder.includes("romanDot") && (m = /^([IVXL]+)\.(?=\s|$)/.exec(s))) {
    const v = romanValue(m[1]!);
    if (v !== undefined) token = { label: m[0], key: m[1]!, readings: [{ kind: "romanDot", ordinal: v }] };
  }
  if (!token || !m) return undefined;
  token.readings = token.readings.filter((r) => ladder.includes(r.kind));
  if (token.readings.length === 0) return undefined;
  return { token, rest: s.slice(m[0].length) };
}

/** The key that would follow `reading` in its own sequence: "ii" after roman i, "j" after letter i. */
export function nextKey(reading: LabelReading, key: string): string {
  const n = Math.floor(reading.ordinal) + 1;
  switch (reading.kind) {
    case "digit":
    case "subd":
      return String(n);
    case "lower":
    case "upper": {
      const ch = String.fromCharCode(96 + (n > 26 ? n - 26 : n));
      const s = n > 26 ? ch + ch : ch;
      return key === key.toUpperCase() ? s.toUpperCase() : s;
    }
    case "romanLower":
      return toRoman(n);
    case "romanUpper":
    case "romanDot":
      return toRoman(n).toUpperCase();
  }
}

/** Is `ordinal` the number that follows `previous` (allowing Minnesota's "1a" after "1")? */
export function follows(previous: number, ordinal: number): boolean {
  if (Number.isInteger(ordinal)) return ordinal === Math.floor(previous) + 1;
  return Math.floor(ordinal) === Math.floor(previous) && ordinal > previous;
}

/**
 * Guesses the scheme from the labels that start lines.
 *
 * @example
 * detectScheme("(1) Captured plate data:\n (a) is protected;") // "ut"
 */
export function detectScheme(text: string): NumberingScheme {
  const starts = text.split(/\r?\n/).map((l) => l.trim());
  if (starts.some((l) => /^(?:Subdivision|Subd\.)\s+\d+[a-z]?\.\s/.test(l))) return "mn";
  if (starts.some((l) => /^I\.\s/.test(l)) && starts.some((l) => /^II\.\s/.test(l))) return "nh";
  const labels = starts.map((l) => /^\(([A-Za-z]+|\d+)\)/.exec(l)?.[1]).filter((k): k is string => !!k);
  if (labels[0] === "1" && labels.includes("a")) {
    const firstA = labels.indexOf("a");
    if (!labels.slice(0, firstA).some((k) => /^[a-z]$/.test(k))) return "ut";
  }
  return "ca";
}
