/**
 * Vague stand-ins for a required detail: "members", "personnel" or "authorized
 * designee" where a job title is required; "a senior officer" or "the assigned
 * Section Commander" where an official's title is required; "on a regular
 * basis" where a frequency is required. They show the policy touches the
 * element (so it is at most partial, never missing) without stating it. Which
 * stand-in applies is read from the concept's description ("job title",
 * "title", "how often"), so any checklist that words its concepts the same way
 * gets the same treatment.
 */
import type { DetectionConcept } from "../checklists/checklist.schema.js";
import type { PolicyUnit } from "./policy-check.types.js";

export type VagueKind = "user" | "official" | "frequency";

export interface VagueFinding {
  kind: VagueKind;
  unit: number;
  start: number;
  end: number;
  /** The vague words, e.g. "members". */
  words: string;
}

const USER =
  /\b(members?|personnel|employees?|staff|users?|(?:authorized\s+)?designees?|individuals|persons?)\b[^.;]{0,80}?\b(?:authori[sz]ed|approved|permitted|allowed|designated|with\s+a\s+need|need\s+and\s+right|right\s+to\s+know|whose\s+job\s+duties)\b[^.;]{0,60}?\b(?:use|access|operate|utilize|query|collect|view)|\b(?:authori[sz]ed|approved|designated|trained)\s+(members?|personnel|employees?|staff|users?|individuals|persons?)\b/i;
const OFFICIAL =
  /\b(a\s+senior\s+officer|(?:an?\s+|the\s+)?(?:authorized\s+)?designee|the\s+assigned\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|a\s+member\s+of\s+the\s+[A-Z][\w\s&()]{0,60}?(?=[.,;]|$)|appropriate\s+(?:agency\s+)?personnel|supervisory\s+personnel)/i;
const RESPONSIBILITY = /\b(?:responsib\w*|accountab\w*|manag\w*|administ\w*|oversee\w*|oversight|custodian|in\s+charge)\b/i;
const FREQUENCY =
  /\b(on\s+a\s+(?:regular|periodic|routine|recurring|continuing|ongoing|as-needed)\s+basis|regularly|periodically|periodic|from\s+time\s+to\s+time|as\s+needed|when\s+necessary|routinely|occasionally)\b/i;

/** Which vague stand-in, if any, a concept's description rules out. */
export function vagueKindOf(concept: DetectionConcept): VagueKind | undefined {
  const d = concept.description;
  if (/\bhow often\b|\bfrequen|\bperiodic/i.test(d)) return "frequency";
  if (/\bjob titles?\b|\bdesignations?\b/i.test(d) && /\b(use|access)\b/i.test(d)) return "user";
  if (/\btitle\b/i.test(d)) return "official";
  return undefined;
}

/**
 * Vague wording of `kind` in a sentence. `related` says whether the sentence is
 * about the requirement (one of its concepts occurs there); frequency words
 * only count in such sentences.
 */
export function findVague(kind: VagueKind, unit: PolicyUnit, related: boolean): Omit<VagueFinding, "unit"> | null {
  const text = unit.text;
  if (kind === "user") {
    const m = USER.exec(text);
    return m ? { kind, start: m.index, end: m.index + m[0].length, words: (m[1] ?? m[2]!).toLowerCase() } : null;
  }
  if (kind === "official") {
    const m = OFFICIAL.exec(text);
    return m && (related || RESPONSIBILITY.test(text)) ? { kind, start: m.index, end: m.index + m[0].length, words: m[1]!.replace(/\s+/g, " ") } : null;
  }
  if (!related) return null;
  const m = FREQUENCY.exec(text);
  return m ? { kind, start: m.index, end: m.index + m[0].length, words: m[1]!.toLowerCase() } : null;
}

/** "'members' is not a job title or other designation" and the like. */
export function vagueReason(f: VagueFinding): string {
  if (f.kind === "user") return `"${f.words}" is not a job title or other designation`;
  if (f.kind === "official") return `"${f.words}" is not a title`;
  return `"${f.words}" is not a frequency`;
}
