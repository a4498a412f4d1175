/**
 * Spans of text that hold no citations — URLs, file names, query strings — and
 * the literal search used to find them and the engine's cheap openings ("§",
 * "1798.").
 *
 * "https://california.public.law/codes/ca_civ_code_section_1798.90.51" and
 * "civ_1798.90.5-55_SB34_ALPR.txt" contain section numbers but cite nothing.
 * Each span is found from a literal needle by V8's native string search, which
 * skips ahead, and widened by hand; a long run of characters (a URL, a wall of
 * digits) is read once, never re-tried at every position as an unanchored
 * regular expression with a greedy class would be.
 */

const FILE_EXTENSIONS = [".txt", ".md", ".pdf", ".json", ".htm", ".doc", ".yml", ".yaml"];

/** Every index of a literal string. */
export function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}

const URL_BODY = /[^\s<>"'\])]*/y;
const isNameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46; // [\w.-]
const isQueryChar = (c: number) => isNameChar(c) || c === 37 || c === 38 || c === 61; // [\w.%&=-]

/** Widen [start, end) over characters of a file name or query string. */
function widen(text: string, start: number, end: number, ok: (c: number) => boolean): [number, number] {
  while (start > 0 && ok(text.charCodeAt(start - 1))) start--;
  while (end < text.length && ok(text.charCodeAt(end))) end++;
  return [start, end];
}

/**
 * Spans that hold no citations: URLs, file names ("civ_1798.90.5-55_SB34_ALPR.txt"),
 * query strings ("lawCode=CIV&section=1798.90.51"). Found from a literal anchor and
 * widened by hand, so a long run of characters is never re-scanned.
 */
export function maskedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const needle of ["http", "www."]) {
    for (const i of indexesOf(text, needle)) {
      if (isNameChar(text.charCodeAt(i - 1)) || (needle === "http" && !/^https?:\/\//.test(text.slice(i, i + 8)))) continue;
      URL_BODY.lastIndex = i;
      URL_BODY.exec(text);
      spans.push([i, URL_BODY.lastIndex]);
    }
  }
  for (const ext of FILE_EXTENSIONS) {
    for (const i of indexesOf(text, ext)) {
      // ".json" also covers ".jsonl", ".htm" ".html", ".doc" ".docx".
      const tail = /^[lx]?(?![A-Za-z0-9])/.exec(text.slice(i + ext.length, i + ext.length + 2));
      if (tail && isNameChar(text.charCodeAt(i - 1)) && text[i - 1] !== ".") spans.push(widen(text, i, i + ext.length + tail[0].length, isNameChar));
    }
  }
  for (const i of indexesOf(text, "=")) {
    if (isNameChar(text.charCodeAt(i - 1)) && isNameChar(text.charCodeAt(i + 1))) spans.push(widen(text, i, i + 1, isQueryChar));
  }
  return spans;
}

