/**
 * The words of the finding mapper: how running text becomes comparable features.
 *
 * Auditors, reporters and lawyers describe the same violation in different
 * words ("kept plate scans for five years", "never purged", "retained
 * indefinitely"), and statutes in others again ("the length of time ALPR
 * information will be retained"). Both sides go through `analyzeText`, which
 * yields word stems plus **topic features** (`@retain`, `@share`,
 * `@outside-recipient`…) from the synonym groups of `mapping.vocabulary.ts`,
 * so a finding and a requirement meet on meaning rather than spelling.
 *
 * Index builds analyze tens of thousands of strings, so the hot path is lean:
 * each word's stem, topics and the phrase rules it can trigger are memoized,
 * and a phrase rule's expression runs only when one of its trigger words is in
 * the text. Pure and deterministic (the memo never changes an answer).
 */
import {
  ACTIVITY_WORDS,
  ACTOR_WORDS,
  DOMAIN_TOPICS,
  JURISDICTION_CUES,
  PHRASE_TOPICS,
  REWRITE_HINTS,
  REWRITES,
  STOPWORDS,
  WORD_TOPICS,
} from "./mapping.vocabulary.js";

export { BACKGROUND_TEXT, DOMAIN_TOPICS, TOPIC_LABELS } from "./mapping.vocabulary.js";

/**
 * A light inflectional stemmer: plural, past and progressive forms meet
 * ("shares", "shared", "sharing" → "shar"; "searches" → "search").
 *
 * @example
 * stemWord("retained") // "retain"
 * stemWord("policies") // "policy"
 */
export function stemWord(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, "");
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (/(ches|shes|xes|sses|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("ied") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("ed") && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith("e") && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

const PHRASE_RULES = PHRASE_TOPICS.map(([re, topics, triggers]) => ({ re: new RegExp(re.source), topics, triggers: triggers.split(" ") }));
if (PHRASE_RULES.length > 31) throw new Error("phrase rules are tracked in a 31-bit mask");
/** Word → bit mask of the phrase rules it can trigger. */
const RULE_BITS = new Map<string, number>();
PHRASE_RULES.forEach((rule, i) => {
  for (const t of rule.triggers) RULE_BITS.set(t, (RULE_BITS.get(t) ?? 0) | (1 << i));
});

function phraseTopics(lower: string, mask: number, features: Set<string>): void {
  for (let i = 0; mask; i++, mask >>>= 1) {
    if (!(mask & 1)) continue;
    const rule = PHRASE_RULES[i]!;
    if (rule.re.test(lower)) for (const t of rule.topics) features.add(t);
  }
}

/**
 * The phrase rules as data (for tests): each rule's expression and the words one of which every match contains.
 *
 * @example
 * phraseRules().every((r) => r.triggers.length > 0) // true
 */
export function phraseRules(): { re: RegExp; triggers: string[] }[] {
  return PHRASE_RULES.map((r) => ({ re: r.re, triggers: r.triggers }));
}

/** What a word contributes, memoized: its stem (null for stopwords and one-letter stems), topics, and the phrase rules it triggers. */
type WordInfo = { stem: string | null; topics: readonly string[]; rules: number };
const WORDS = new Map<string, WordInfo>();
function wordInfo(w: string): WordInfo {
  let info = WORDS.get(w);
  if (info === undefined) {
    const s = STOPWORDS.has(w) || /^[\d.,]+$/.test(w) ? "" : stemWord(w);
    const stem = s.length < 2 ? null : s;
    info = { stem, topics: stem ? topicsOfStem(stem) : [], rules: RULE_BITS.get(w) ?? 0 };
    if (WORDS.size < 200_000) WORDS.set(w, info);
  }
  return info;
}

const WORD_TO_TOPICS = new Map<string, string[]>();
for (const [topic, words] of Object.entries(WORD_TOPICS)) {
  for (const w of words) {
    const s = stemWord(w);
    const list = WORD_TO_TOPICS.get(s) ?? [];
    if (!list.includes(topic)) list.push(topic);
    WORD_TO_TOPICS.set(s, list);
  }
}

const DOMAIN_STEMS = new Set<string>();
for (const t of DOMAIN_TOPICS) for (const w of WORD_TOPICS[t] ?? []) DOMAIN_STEMS.add(stemWord(w));
for (const w of ACTOR_WORDS) DOMAIN_STEMS.add(stemWord(w));

function rewrite(lower: string): string {
  if (!REWRITE_HINTS.some((h) => lower.includes(h))) return lower;
  let out = lower;
  for (const [re, to] of REWRITES) out = out.replace(re, to);
  return out;
}

const ACTIVITY_STEMS = new Set(ACTIVITY_WORDS.map((w) => stemWord(w)));

/**
 * How much a feature says about which duty is at issue: topics most, words
 * less, plain activity words (search, use) little and subject and actor words
 * (plate, camera, police) least — they say which law, not which duty.
 *
 * @example
 * featureWeight("@retain") // 1
 * featureWeight("camera")  // 0.15
 */
export function featureWeight(f: string): number {
  if (DOMAIN_STEMS.has(f) || (DOMAIN_TOPICS as readonly string[]).includes(f)) return 0.15;
  if (ACTIVITY_STEMS.has(f) || f === "@search") return 0.4;
  return f.startsWith("@") ? 1 : 0.55;
}

/**
 * Topics a stem belongs to (empty when none).
 *
 * @example
 * topicsOfStem(stemWord("purged")) // ["@retain"]
 */
export function topicsOfStem(stem: string): readonly string[] {
  return WORD_TO_TOPICS.get(stem) ?? [];
}

export type Analysis = {
  /** Content-word stems in text order (stopwords dropped), for phrase matching. */
  stems: string[];
  /** Distinct features: stems plus `@topic` features. */
  features: Set<string>;
  /** Jurisdictions the text names ("CA", "VT", "MN"). */
  jurisdictions: Set<string>;
  /** Lower-cased, whitespace-normalized text (what patterns run on). */
  lower: string;
};

/**
 * Lower-case word tokens; hyphenated words are kept whole and also split.
 *
 * @example
 * wordsOf("Out-of-state agencies' access") // ["out-of-state", "out", "of", "state", "agencies", "access"]
 */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  let special = false;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    const joiner = c === 39 || c === 45 || c === 0x2019;
    if (letter || joiner || (c > 127 && /[\p{L}\p{N}]/u.test(lower[i]!))) {
      if (start < 0) start = i;
      if (joiner) special = true;
      continue;
    }
    if (start < 0) continue;
    const w = lower.slice(start, i);
    start = -1;
    if (!special) out.push(w);
    else pushSpecial(w, out);
    special = false;
  }
  return out;
}

/** A token with apostrophes or hyphens: trimmed; hyphenated words kept whole and also split. */
function pushSpecial(raw: string, out: string[]): void {
  const w = raw.replace(/^['’-]+|['’-]+$/g, "").replace(/['’](?!\p{L})/gu, "");
  if (!w) return;
  out.push(w);
  if (w.includes("-")) for (const part of w.split("-")) if (part) out.push(part);
}

/**
 * Stems and topic features of a text.
 *
 * @example
 * const a = analyzeText("The county kept plate scans for five years.");
 * a.features.has("@retain") // true
 * a.features.has("@alpr")   // true
 */
export function analyzeText(text: string): Analysis {
  const lower = rewrite(text.toLowerCase().replace(/\s+/g, " "));
  const { stems, features, rules } = scanWords(lower);
  phraseTopics(lower, rules, features);
  return { stems, features, jurisdictions: jurisdictionsOf(lower), lower };
}

/** One pass over the words: their stems, the stems and topics as features, and the phrase rules they arm. */
function scanWords(lower: string): { stems: string[]; features: Set<string>; rules: number } {
  const stems: string[] = [];
  const features = new Set<string>();
  let rules = 0;
  for (const w of wordsOf(lower)) {
    const info = wordInfo(w);
    rules |= info.rules;
    if (!info.stem) continue;
    stems.push(info.stem);
    features.add(info.stem);
    for (const t of info.topics) features.add(t);
  }
  return { stems, features, rules };
}

/**
 * The states a text names ("California", "Civil Code", "SB 34" → CA).
 *
 * @example
 * [...jurisdictionsOf("a violation of SB 34")] // ["CA"]
 */
export function jurisdictionsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const [re, j] of JURISDICTION_CUES) if (re.test(lower)) out.add(j);
  return out;
}

/**
 * The features of a text alone (what the index stores for a requirement's field).
 *
 * @example
 * [...featuresOf("Kept for five years")] // ["kept", "@retain", "year", …]
 */
export function featuresOf(text: string): Set<string> {
  const lower = rewrite(text.toLowerCase());
  const { features, rules } = scanWords(lower);
  const spaced = lower.includes("  ") || lower.includes("\n") || lower.includes("\t") || lower.includes("\r");
  phraseTopics(spaced ? lower.replace(/\s+/g, " ") : lower, rules, features);
  return features;
}

/**
 * The content-word stems of a short phrase (a concept term), for phrase matching.
 *
 * @example
 * phraseStems("retained for") // ["retain"]
 */
export function phraseStems(phrase: string): string[] {
  const out: string[] = [];
  for (const w of wordsOf(phrase)) {
    if (w.includes("-")) continue;
    const stem = wordInfo(w).stem;
    if (stem) out.push(stem);
  }
  return out;
}

/**
 * True when `needle` occurs as a contiguous run in `hay`.
 *
 * @example
 * containsRun(["kept", "data", "year"], ["data", "year"]) // true
 */
export function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

