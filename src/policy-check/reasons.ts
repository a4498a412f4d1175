/**
 * Plain words for the policy check's reasons: where a sentence is ("§ 463.6(a)
 * line 59"), a short quote around what was found, and what a concept means,
 * taken from the checklist's own description of it.
 */
import type { DetectionConcept } from "../checklists/checklist.schema.js";
import type { PolicyEvidence } from "./policy-check.schema.js";
import type { PolicyUnit } from "./policy-check.types.js";

const MARKER = /^(?:\(?[A-Za-z0-9]{1,5}[.)]|•)$/;

/** "§ 463.6(a)", "Section 4(B)", "“Audit”": where a unit is, for a reader holding the policy. */
export function sectionLabel(unit: PolicyUnit): string {
  const path = unit.sectionPath;
  let i = path.length;
  while (i > 0 && MARKER.test(path[i - 1]!)) i--;
  const markers = path
    .slice(i)
    .map((m) => (m.startsWith("(") ? m : `(${m.replace(/[.)]$/, "")})`))
    .join("");
  const headings = path.slice(0, i);
  for (let h = headings.length - 1; h >= 0; h--) {
    const title = headings[h]!;
    const num = title.match(/^(\d+(?:\.\d+)+|\d+)\b/)?.[1] ?? title.match(/^(?:section|§)\s*(\d[\w.-]*)/i)?.[1];
    if (num) return `§ ${num}${markers}`;
  }
  const last = headings[headings.length - 1];
  if (last && headings.length > 1) return `“${last.length > 60 ? last.slice(0, 57) + "…" : last}”${markers}`;
  return markers;
}

/** "§ 463.5 line 53" (with the page for PDFs). */
export function locate(unit: PolicyUnit): string {
  const section = sectionLabel(unit);
  return `${section ? section + " " : ""}line ${unit.line}${unit.page ? `, page ${unit.page}` : ""}`;
}

/** A short quote from a sentence around `[start, end)`, with ellipses where cut. */
export function excerpt(text: string, start = 0, end = text.length, width = 110): string {
  if (text.length <= width + 30) return text;
  const pad = Math.max(20, Math.floor((width - (end - start)) / 2));
  let from = Math.max(0, start - pad);
  let to = Math.min(text.length, end + pad);
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > end ? text.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** Evidence entry for one sentence. */
export function evidenceOf(unit: PolicyUnit, concepts: string[]): PolicyEvidence {
  return { section: sectionLabel(unit), sectionPath: unit.sectionPath, line: unit.line, ...(unit.page ? { page: unit.page } : {}), text: unit.text, concepts };
}

export interface ConceptPhrase {
  /** "states how long ALPR data are kept" when the description reads "The policy states …". */
  verb?: string;
  /** Otherwise the description's first clause: "concrete controls". */
  noun: string;
}

/** What a concept means, in words that fit "nothing in the policy …" and "… (quote, place)". */
export function conceptPhrase(concept: DetectionConcept): ConceptPhrase {
  let d = concept.description;
  for (let prev = ""; prev !== d; ) (prev = d), (d = d.replace(/\s*\([^()]*\)/g, ""));
  const first = d.split(/\s+—\s+|:\s|;\s|\.\s|\.$/)[0]!.trim();
  const verb = first.match(/^The policy (.+)$/i)?.[1];
  if (verb) return { verb, noun: verb };
  return { noun: first.charAt(0).toLowerCase() + first.slice(1) };
}

export function foundReason(p: ConceptPhrase, quote: string, where: string): string {
  return `${p.verb ?? p.noun} ("${quote}", ${where})`;
}

export function absentReason(p: ConceptPhrase): string {
  return p.verb ? `nothing in the policy ${p.verb}` : `not found: ${p.noun}`;
}
