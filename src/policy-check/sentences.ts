/**
 * Sentence boundaries in policy prose, which is full of abbreviations and
 * citations ("Minn. Stat. § 13.824, subd. 6", "Gov. Code § 34090.6", "e.g.")
 * and, in PDF text layers, of missing spaces ("such data.To the greatest").
 */

const ABBREVIATIONS = new Set(
  (
    "e.g i.e etc no nos sec secs art arts ch para paras subd subds subdiv stat stats minn cal calif civ gov pen veh evid " +
    "cf vs v u.s inc co corp ltd dr mr mrs ms st jr sr dept approx fig p pp vol rev ord res id et al seq jan feb mar apr jun " +
    "jul aug sep sept oct nov dec a.m p.m n.w n.e s.w s.e ave blvd div govt admin reg regs ann tit fla n.c n.y ca"
  ).split(" "),
);

const BOUNDARY = /([.!?])["')\]’”]*(?:\s+(?=["'(\[“‘]?[A-Z0-9§(]|[-–•▪●\uF0B7\uF0A7]\s)|\s*$)|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])/g;

/** Whether the period at `dot` ends an abbreviation, an initial, a number or a list marker rather than a sentence. */
function isAbbreviation(text: string, dot: number, start: number): boolean {
  if (/^\s*\(?[A-Za-z0-9]{1,4}$/.test(text.slice(start, dot))) return true;
  const before = text.slice(Math.max(start, dot - 12), dot);
  const word = before.match(/([A-Za-z][A-Za-z.]*)$/)?.[1];
  if (!word) return /\d$/.test(before) && /^\.\d/.test(text.slice(dot, dot + 2));
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  return /^[A-Z]$/.test(word) && (before.length === 1 || /\s[A-Z]$/.test(before));
}

/**
 * Splits prose into sentences, as `[start, end)` offsets into `text` with
 * surrounding whitespace excluded. Over-long runs (PDF text with no full
 * stops) are cut at semicolons.
 *
 * @example
 * splitSentences("Data is kept 30 days (Gov. Code § 34090.6). It is then purged.").length // 2
 */
export function splitSentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push(...cutLong(text, s, e));
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    if (m[0].length === 0 && m.index === text.length) break;
    const dot = m[1] ? m.index : m.index - 1;
    if (text[dot] === "." && isAbbreviation(text, dot, start)) {
      if (m[0].length === 0) BOUNDARY.lastIndex++;
      continue;
    }
    const end = m.index + m[0].length;
    push(end);
    start = end;
    if (m[0].length === 0) BOUNDARY.lastIndex++;
  }
  if (start < text.length) push(text.length);
  return out;
}

function cutLong(text: string, s: number, e: number): [number, number][] {
  if (e - s <= 700) return [[s, e]];
  const parts: [number, number][] = [];
  let from = s;
  const re = /;\s+|\n/g;
  re.lastIndex = s;
  for (let m = re.exec(text); m && m.index < e; m = re.exec(text)) {
    if (m.index - from < 200) continue;
    parts.push([from, m.index + (m[0][0] === ";" ? 1 : 0)]);
    from = m.index + m[0].length;
  }
  parts.push([from, e]);
  return parts.filter(([a, b]) => b > a);
}
