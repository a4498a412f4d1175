/**
 * Words to stems, so a checklist term "audit" meets "audits", "audited" and
 * "auditing", and "retain" meets "retained". Porter's step 1 (plurals, -ed,
 * -ing, -y) is enough for concept terms and costs a map lookup per word once
 * the vocabulary is warm.
 */

const cache = new Map<string, string>();

const VOWEL = /[aeiou]/;
const hasVowel = (s: string) => VOWEL.test(s) || /[^aeiou]y/.test(s);
/** Consonant-vowel-consonant ending, the last consonant not w, x or y: "hop" → "hope" after "hoping". */
const cvc = (s: string) => /[^aeiou][aeiouy][^aeiouwxy]$/.test(s);
/** Porter's measure m > 0 approximated: the stem has a vowel followed by a consonant. */
const measure = (s: string) => (s.replace(/^[^aeiou]+/, "").match(/[aeiou]+[^aeiou]+/g) ?? []).length;

function porterStep1(w: string): string {
  if (w.length <= 3) return w;
  if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("ies")) w = w.slice(0, -2);
  else if (!w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.endsWith("s")) w = w.slice(0, -1);
  let stripped = false;
  if (w.endsWith("eed")) {
    if (measure(w.slice(0, -3)) > 0) w = w.slice(0, -1);
  } else if (w.endsWith("ed") && hasVowel(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  } else if (w.endsWith("ing") && hasVowel(w.slice(0, -3)) && w.length > 5) {
    w = w.slice(0, -3);
    stripped = true;
  }
  if (stripped) {
    if (/(at|bl|iz)$/.test(w)) w += "e";
    else if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
    else if (measure(w) === 1 && cvc(w)) w += "e";
  }
  if (w.endsWith("y") && hasVowel(w.slice(0, -1)) && w.length > 2) w = w.slice(0, -1) + "i";
  // Collapse the e-less and e-final forms so "purge", "purged" and "purging" meet.
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/**
 * The stem of one word (lower-cased, possessive dropped).
 *
 * @example
 * stemWord("Audited") // "audit"
 * stemWord("policies") // "polici"
 */
export function stemWord(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const lower = word.toLowerCase().replace(/['’]s$/, "");
  const stem = /^\d/.test(lower) ? lower : porterStep1(lower);
  if (cache.size < 50_000) cache.set(word, stem);
  return stem;
}

/** Word tokens: letters and digits; an apostrophe inside a word keeps it whole ("system's"). */
export const WORD = /[A-Za-z0-9\u00C0-\u024F]+(?:['’][A-Za-z]+)?/g;

/** The stems of a short phrase, in order. */
export function stemPhrase(phrase: string): string[] {
  return (phrase.match(WORD) ?? []).map(stemWord);
}
