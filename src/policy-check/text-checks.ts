/**
 * Cheap checks before parsing: is this text at all (not binary bytes sent as
 * `.md`/`.txt`), and is it English? Language is judged from stopwords, which
 * needs no model and reads a 100-page policy in a few milliseconds.
 */
import { named, PolicyDocumentError } from "./policy-document-error.js";

/**
 * Bytes of a Markdown or text file as a string: UTF-8 (with or without BOM),
 * UTF-16 with a BOM, or Windows-1252 when a few bytes are not UTF-8. Throws
 * `binary_content` for NUL bytes or control-character noise.
 */
export function decodeText(bytes: Uint8Array, name?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const binary = () => new PolicyDocumentError("binary_content", `${named(name)}contains binary data, not text; upload it in its own format (PDF or DOCX) or as plain text.`);
  const sample = bytes.subarray(0, 1 << 16);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) throw binary();
    if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) controls++;
  }
  if (controls > sample.length * 0.01) throw binary();
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const loose = new TextDecoder("utf-8").decode(sample);
    let invalid = 0;
    for (const ch of loose) if (ch === "\uFFFD") invalid++;
    // A Windows-1252 file has the odd curly quote; random bytes are invalid everywhere.
    if (invalid > Math.max(8, loose.length * 0.02)) throw binary();
    return decodeWindows1252(bytes);
  }
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (curly quotes, dashes, €); Node's decoder treats it as Latin-1. */
const CP1252 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252.charCodeAt(b - 0x80) : b)));
  }
  return out;
}

/** Throws `binary_content` when a string (already decoded by the caller) is not text. */
export function assertTextual(text: string, name?: string): void {
  const sample = text.slice(0, 1 << 16);
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) bad += 1000;
    else if (c === 0xfffd || c < 0x09 || (c > 0x0d && c < 0x20)) bad++;
  }
  if (bad > Math.max(8, sample.length * 0.01))
    throw new PolicyDocumentError("binary_content", `${named(name)}contains binary data, not text; upload it in its own format (PDF or DOCX) or as plain text.`);
}

const STOPWORDS: Record<string, string> = {
  English: "the of and to in is that for be by or as on with are this any shall will from an all not may it which have been",
  Spanish: "el la los las de del que y en por para con una un es se al su sus como más pero o este esta ser será deberá cualquier",
  French: "le la les des du de et en un une est pour que qui dans par sur au aux ne pas ce cette sont être sera doit",
  German: "der die das und ist nicht den dem des ein eine zu mit von für auf im sich werden wird oder auch bei",
  Portuguese: "o a os as de do da dos das e em um uma para com não que por se ao pelo pela será deve",
  Italian: "il lo la gli le di del della e in un una per con non che da sono è sarà deve degli delle",
  Dutch: "de het een en van in is op te dat die voor met zijn niet aan worden door",
  Vietnamese: "và của là các có được cho trong với những này không người một để khi",
  Tagalog: "ang ng mga sa na at ay para ito kung hindi siya ni nang",
};

const STOP = new Map<string, Set<string>>(Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(" "))]));

const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Han}/u, "Chinese"],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "Japanese"],
  [/\p{Script=Hangul}/u, "Korean"],
  [/\p{Script=Cyrillic}/u, "Russian"],
  [/\p{Script=Arabic}/u, "Arabic"],
  [/\p{Script=Hebrew}/u, "Hebrew"],
  [/\p{Script=Greek}/u, "Greek"],
  [/\p{Script=Armenian}/u, "Armenian"],
  [/\p{Script=Devanagari}/u, "Hindi"],
  [/\p{Script=Thai}/u, "Thai"],
  [/\p{Script=Gurmukhi}/u, "Punjabi"],
];

/**
 * The language the text appears to be written in, or `"English"`; cheap
 * (stopword ratios over at most 5,000 words, script counts over 20,000 letters).
 *
 * @example
 * guessLanguage("Los datos se conservarán durante 30 días y luego se eliminarán.") // "Spanish"
 */
export function guessLanguage(text: string): string {
  const sample = text.slice(0, 40_000);
  let latin = 0;
  const other = new Map<string, number>();
  let seen = 0;
  for (const ch of sample) {
    if (seen > 20_000) break;
    const code = ch.charCodeAt(0);
    if (code < 128) {
      if ((code | 32) >= 97 && (code | 32) <= 122) (seen++, latin++);
      continue;
    }
    if (!/\p{L}/u.test(ch)) continue;
    seen++;
    if (/\p{Script=Latin}/u.test(ch)) {
      latin++;
      continue;
    }
    const script = SCRIPTS.find(([re]) => re.test(ch))?.[1] ?? "a non-Latin script";
    other.set(script, (other.get(script) ?? 0) + 1);
  }
  const [topScript, topCount] = [...other].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (topCount > latin) return topScript;
  const words = sample.toLowerCase().match(/\p{L}+/gu)?.slice(0, 5000) ?? [];
  if (words.length < 20) return "English";
  const counts = new Map<string, number>();
  for (const w of words) for (const [lang, set] of STOP) if (set.has(w)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  const english = counts.get("English") ?? 0;
  const [best, bestCount] = [...counts].filter(([l]) => l !== "English").sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  // English policies run at 25-40 % stopwords; a translation has the other language's words instead.
  if (english / words.length >= 0.08 || bestCount <= english * 1.5 || bestCount / words.length < 0.08) return "English";
  return best;
}

/** Throws `unsupported_language` unless the text reads as English. */
export function assertEnglish(text: string, name?: string): void {
  const language = guessLanguage(text);
  if (language !== "English")
    throw new PolicyDocumentError("unsupported_language", `${named(name)}appears to be in ${language}; only English policies are supported.`);
}
