/**
 * Bills and session laws: "SB 34", "Senate Bill No. 210", "SB 34 (Hill, Chapter
 * 532, Statutes of 2015)", "Stats. 2021, ch. 406, Sec. 2".
 *
 * They are found first and kept apart from code sections for two reasons: a
 * bill number is never a section ("SB 34" is not § 34 of anything), and their
 * own words ("Sec. 2" of a chapter) must not be read as section citations.
 */
import type { FoundLegislation, Legislation } from "./citations-types.js";

const BILL = /\b(?:(SB|AB|HB|SF|HF|SJR|SCR|ACR|AJR|HJR|HR)|(S\.B\.|A\.B\.|H\.B\.|H\.R\.|S\.F\.|H\.F\.)|(Senate|Assembly|House)[ \t]+(Bill|File|Joint[ \t]+Resolution|Concurrent[ \t]+Resolution))(?:[ \t]*-[ \t]*|[ \t]*)(?:No\.[ \t]*)?(\d{1,5})\b(?![.,]\d)/g;
const PARENTHETICAL = /^[ \t]*\(([^()\n]{1,100})\)/;
const STATS = /\bStats\.[ \t]*(\d{4})(?:,[ \t]*(?:ch\.|Ch\.|chapter|Chapter)[ \t]*(\d+))?(?:,[ \t]*(?:§|Sec\.|sec\.)[ \t]*(\d+))?/g;
/** "Chapter 532, Statutes of 2015": found from "tatutes of" (cheap literal search), then read back to "Chapter". */
const CHAPTER_OF = /\b[Cc]hapter[ \t]+(\d+),[ \t]+[Ss]tatutes[ \t]+of[ \t]+(\d{4})\b/;

const CHAMBER: Record<string, string> = {
  "senate bill": "SB", "assembly bill": "AB", "house bill": "HB", "senate file": "SF", "house file": "HF",
  "senate joint resolution": "SJR", "house joint resolution": "HJR", "assembly joint resolution": "AJR",
  "senate concurrent resolution": "SCR", "assembly concurrent resolution": "ACR", "house concurrent resolution": "HCR",
};

/**
 * Canonical text: "SB 34 (2015)", "SB 34 (2015), Stats. 2015, ch. 532", "Stats. 2021, ch. 406, § 2".
 *
 * @example
 * formatLegislation({ kind: "session-law", year: "2015", chapter: "532" }) // "Stats. 2015, ch. 532"
 */
export function formatLegislation(l: Legislation): string {
  if (l.kind === "session-law") return `Stats. ${l.year}${l.chapter ? `, ch. ${l.chapter}` : ""}${l.section ? `, § ${l.section}` : ""}`;
  const year = l.year ?? l.chapterYear;
  const base = `${l.chamber} ${l.number}${year ? ` (${year})` : ""}`;
  return l.chapter ? `${base}, Stats. ${l.chapterYear ?? year ?? "?"}, ch. ${l.chapter}` : base;
}

/** Read "(Hill, Chapter 532, Statutes of 2015)" / "(Hill, 2015)" / "(2015)" after a bill number. */
function readParenthetical(inner: string, bill: Extract<Legislation, { kind: "bill" }>): boolean {
  let used = false;
  const chaptered = /Chapter[ \t]+(\d+),[ \t]*Statutes[ \t]+of[ \t]+(\d{4})|Stats\.[ \t]*(\d{4}),[ \t]*ch(?:\.|apter)[ \t]*(\d+)/i.exec(inner);
  if (chaptered) {
    bill.chapter = chaptered[1] ?? chaptered[4]!;
    bill.chapterYear = chaptered[2] ?? chaptered[3]!;
    used = true;
  }
  const rest = chaptered ? inner.replace(chaptered[0], "") : inner;
  const year = /\b((?:19|20)\d{2})\b/.exec(rest);
  if (year) (bill.year = year[1]!), (used = true);
  const author = /^[ \t]*([A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)[ \t]*(?:,|$)/.exec(rest);
  if (author && !/^(?:Chapter|Stats|Statutes|Ch)$/i.test(author[1]!)) (bill.author = author[1]!), (used = true);
  return used;
}

/**
 * Every bill and session-law reference, in order of position (URLs not yet masked;
 * the public `findLegislation` in citations.ts masks them).
 *
 * @example
 * findLegislation("SB 34 (Hill, Chapter 532, Statutes of 2015)")[0]?.canonical // "SB 34 (2015), Stats. 2015, ch. 532"
 */
export function findLegislation(text: string): FoundLegislation[] {
  const found: FoundLegislation[] = [];
  for (const m of text.matchAll(BILL)) {
    const chamber = m[1] ?? m[2]?.replace(/\./g, "") ?? CHAMBER[`${m[3]} ${m[4]}`.toLowerCase().replace(/\s+/g, " ")] ?? "?";
    const bill: Extract<Legislation, { kind: "bill" }> = { kind: "bill", chamber, number: m[5]! };
    let end = m.index + m[0].length;
    const paren = PARENTHETICAL.exec(text.slice(end, end + 110));
    if (paren && readParenthetical(paren[1]!, bill)) end += paren[0].length;
    found.push({ text: text.slice(m.index, end), start: m.index, end, canonical: formatLegislation(bill), legislation: bill });
  }
  for (const m of text.matchAll(STATS)) {
    const law: Legislation = { kind: "session-law", year: m[1]! };
    if (m[2]) law.chapter = m[2];
    if (m[3]) law.section = m[3];
    found.push({ text: m[0], start: m.index, end: m.index + m[0].length, canonical: formatLegislation(law), legislation: law });
  }
  for (let i = text.indexOf("tatutes of"); i >= 0; i = text.indexOf("tatutes of", i + 1)) {
    const from = Math.max(0, i - 24);
    const m = CHAPTER_OF.exec(text.slice(from, i + 20));
    if (!m) continue;
    const law: Legislation = { kind: "session-law", year: m[2]!, chapter: m[1]! };
    const start = from + m.index;
    found.push({ text: m[0], start, end: start + m[0].length, canonical: formatLegislation(law), legislation: law });
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundLegislation[] = [];
  for (const f of found) if (!out.length || f.start >= out.at(-1)!.end) out.push(f);
  return out;
}
