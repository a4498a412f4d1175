/**
 * Literal search for the citation engine's masks and openings ("http", "www.",
 * ".txt", "=", "§", "1798.").
 *
 * A literal needle is found by V8's native string search, which skips ahead;
 * widening the hit by hand afterwards means a long run of characters (a URL, a
 * wall of digits) is read once, never re-tried at every position as an
 * unanchored regular expression with a greedy class would be.
 */

/** Every index of a literal string. */
export function indexesOf(text: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) out.push(i);
  return out;
}
