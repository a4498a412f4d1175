/**
 * The helpers every registry template can use, each also a plain function.
 *
 * Helpers that print data escape it with {@link escapeMarkdown} (templates are
 * compiled with `noEscape`), so `{{list names}}`, `{{citation c}}` and
 * `{{quote text c}}` are as safe as `{{md value}}`. The plain functions format
 * without escaping; the registered helpers add it.
 */
import type { HelperDelegate, HelperOptions } from "handlebars";
import { formatCitation, parseCitation } from "../../statutes/citations.js";
import { addDays, addMonths, dueDate, longDate } from "./dates.js";
import { escapeMarkdown } from "./escape.js";

export { addDays, addMonths, dueDate, federalHolidays, isNonBusinessDay, longDate, parseIsoDate } from "./dates.js";
export { escapeMarkdown } from "./escape.js";

/**
 * The canonical form of a citation, or the input unchanged when it is not one.
 *
 * @example
 * formatCitationText("Civil Code section 1798.90.51, subd. (b)(2)(G)") // "Cal. Civ. Code § 1798.90.51(b)(2)(G)"
 * formatCitationText("the department's policy")                        // "the department's policy"
 */
export function formatCitationText(text: string): string {
  const parsed = parseCitation(text);
  return parsed ? formatCitation(parsed) : text;
}

/**
 * An English ordinal.
 *
 * @example
 * ordinal(1) // "1st"
 * ordinal(11) // "11th"
 * ordinal(22) // "22nd"
 */
export function ordinal(n: number): string {
  const teen = Math.abs(n) % 100;
  const suffix = teen >= 11 && teen <= 13 ? "th" : (["th", "st", "nd", "rd"][Math.abs(n) % 10] ?? "th");
  return `${n}${suffix}`;
}

/**
 * Items joined as prose, with a serial comma.
 *
 * @example
 * formatList(["A", "B"])      // "A and B"
 * formatList(["A", "B", "C"]) // "A, B, and C"
 * formatList(["A", "B"], "or") // "A or B"
 */
export function formatList(items: readonly unknown[], conjunction = "and"): string {
  const s = items.map(String);
  if (s.length <= 2) return s.join(` ${conjunction} `);
  return `${s.slice(0, -1).join(", ")}, ${conjunction} ${s.at(-1)}`;
}

/**
 * A count with the right noun.
 *
 * @example
 * plural(1, "finding", "findings") // "1 finding"
 * plural(0, "finding", "findings") // "0 findings"
 */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * A whole number with thousands separators.
 *
 * @example
 * formatNumber(1119) // "1,119"
 */
export function formatNumber(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Statutory text as a Markdown blockquote, line by line, followed by its citation
 * as an attribution line. Text and citation are escaped.
 *
 * @example
 * quote("(b) A public agency shall not sell …", "Civil Code section 1798.90.55(b)")
 * // "> (b) A public agency shall not sell …\n>\n> — Cal. Civ. Code § 1798.90.55(b)"
 */
export function quote(text: string, citation?: string): string {
  const paragraphs = String(text).split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map((l) => `> ${escapeMarkdown(l)}`);
  const body = paragraphs.join("\n>\n");
  return citation ? `${body}\n>\n> — ${escapeMarkdown(formatCitationText(citation))}` : body;
}

/** Handlebars passes its options object last; helpers called with fewer arguments see it in their place. */
function isOptions(v: unknown): v is HelperOptions {
  return typeof v === "object" && v !== null && "hash" in v && "data" in v;
}

function arg<T>(v: unknown): T | undefined {
  return isOptions(v) ? undefined : (v as T);
}

/**
 * Strict mode does not check helper arguments, so printing helpers do: a
 * template that prints a field its data lacks fails, naming the helper and line.
 */
function required(value: unknown, options: unknown, helper: string): unknown {
  if (value !== undefined && !isOptions(value)) return value;
  const loc = isOptions(options) ? (options as HelperOptions & { loc?: { start: { line: number; column: number } } }).loc : undefined;
  throw new Error(`{{${helper}}} was given a missing value${loc ? ` at line ${loc.start.line}, column ${loc.start.column}` : ""}`);
}

/**
 * Lines joined with Markdown hard breaks (a backslash before the newline);
 * arrays are flattened and missing or empty values dropped, so optional
 * address and contact lines need no `{{#if}}`.
 *
 * @example
 * formatLines(["Fresno Police Department", undefined, ["2323 Mariposa Street", "Fresno, CA 93721"]])
 * // "Fresno Police Department\\\n2323 Mariposa Street\\\nFresno, CA 93721"
 */
export function formatLines(values: readonly unknown[], escape: (s: string) => string = (s) => s): string {
  return values
    .flat()
    .filter((v) => v !== undefined && v !== null && String(v).trim() !== "")
    .map((v) => escape(String(v)))
    .join("\\\n");
}

/** Names that are a common noun with a proper modifier ("Fresno Police Department") take "the" in running text. */
const TAKES_ARTICLE = /\b(department|office|agency|bureau|division|commission|board|authority|district|association|patrol|police|sheriff|council|service|services|administration|center|institute|corporation|company|university|college|court|legislature)\b|^(city|county|state|town|university|port|regents) of\b/i;

/**
 * An organisation's name as running text writes it, with "the" where English
 * needs one: "the Fresno Police Department", "the City of Fresno", but
 * "Vigilant Solutions" and "Fresno". A name that already opens with "the" is left as is.
 *
 * @example
 * withArticle("Fresno Police Department") // "the Fresno Police Department"
 * withArticle("Vigilant Solutions")       // "Vigilant Solutions"
 */
export function withArticle(name: string): string {
  const trimmed = name.trim();
  if (/^the\s/i.test(trimmed) || !TAKES_ARTICLE.test(trimmed)) return trimmed;
  return `the ${trimmed}`;
}

/** The helpers, by name, as Handlebars registers them. */
export const templateHelpers: Record<string, HelperDelegate> = {
  md: (value: unknown, options: unknown) => escapeMarkdown(required(value, options, "md")),
  /** `{{the agency.name}}` → "the Fresno Police Department" (escaped like `md`). */
  the: (value: unknown, options: unknown) => escapeMarkdown(withArticle(String(required(value, options, "the")))),
  citation: (text: unknown, options: unknown) => escapeMarkdown(formatCitationText(String(required(text, options, "citation")))),
  lines: (...args: unknown[]) => formatLines(args.slice(0, -1), escapeMarkdown),
  longDate: (value: unknown) => longDate(value),
  dueDate: (value: unknown, n: unknown) => dueDate(value, Number(n)),
  addDays: (value: unknown, n: unknown) => addDays(value, Number(n)),
  addMonths: (value: unknown, n: unknown) => addMonths(value, Number(n)),
  ordinal: (n: unknown) => ordinal(Number(n)),
  list: (items: unknown, conjunction: unknown) =>
    escapeMarkdown(formatList(Array.isArray(items) ? items : [], arg<string>(conjunction) ?? "and")),
  plural: (count: unknown, singular: unknown, pluralForm: unknown) => {
    const n = Array.isArray(count) ? count.length : Number(count);
    return escapeMarkdown(plural(n, String(singular), arg<string>(pluralForm)));
  },
  quote: (text: unknown, citation: unknown, options: unknown) => quote(String(required(text, isOptions(citation) ? citation : options, "quote")), arg<string>(citation)),
  formatNumber: (n: unknown) => formatNumber(Number(n)),
  eq: (a: unknown, b: unknown) => a === b,
  inc: (n: unknown) => Number(n) + 1,
};
