/**
 * Whether a statement is about the data an element covers or about some other
 * record: "Video footage is held for 30 days" or "the approved request is
 * retained on file for two years" do not say how long ALPR data are kept, and
 * "Audit records will be retained for two years" is not the retention of the
 * audited data. A kind of record counts as "other" for a requirement unless the
 * requirement's own words mention it (a body-worn camera requirement about
 * recordings keeps its recordings).
 */
import type { RequirementInput } from "../checklists/checklist.schema.js";
import type { ConceptHit } from "./concept-index.js";
import type { PolicyUnit } from "./policy-check.types.js";
import { stemPhrase } from "./stems.js";

const OTHER_RECORDS: [stem: string, pattern: RegExp][] = [
  ["video", /\b(?:video\s+footage|footage|videos?)\b/i],
  ["audio", /\baudio\b/i],
  ["record", /\brecordings?\b/i],
  ["audit", /\baudit\s+(?:records?|reports?|documents?|files?|results)\b/i],
  ["train", /\btraining\s+(?:records?|files?|materials?)\b/i],
  ["request", /\brequests?\b/i],
  ["email", /\be-?mails?\b/i],
  ["minut", /\bminutes\b/i],
];

const IGNORED = new Set(["shall", "will", "must", "that", "which", "with", "from", "this", "time", "length", "process", "following", "minimum", "include", "policy", "polici"]);

export interface SubjectCheck {
  /** The other kind of record a hit's sentence is about, or `undefined` when it is about the element's own data. */
  otherRecord(unit: PolicyUnit, hit: ConceptHit): string | undefined;
}

/**
 * A checker for one requirement.
 *
 * @example
 * subjectsFor(retention).otherRecord(unit("Video footage is held for 30 days."), hit) // "video footage"
 */
export function subjectsFor(requirement: RequirementInput): SubjectCheck {
  const own = new Set(stemPhrase(`${requirement.title} ${requirement.text} ${requirement.summary}`));
  const others = OTHER_RECORDS.filter(([stem]) => !own.has(stem)).map(([, re]) => re);
  const subjectWords = new Set(stemPhrase(requirement.text).filter((w) => w.length >= 4 && !IGNORED.has(w)));
  return {
    otherRecord(unit, hit) {
      if (!others.length) return undefined;
      // The words before the match (back to a semicolon) name what the statement is about.
      const before = unit.text.slice(0, hit.start);
      const clause = before.slice(Math.max(before.lastIndexOf(";"), before.lastIndexOf(":")) + 1);
      if (stemPhrase(clause).some((w) => subjectWords.has(w))) return undefined;
      for (const re of others) {
        const m = clause.match(re);
        if (m) return m[0].toLowerCase();
      }
      return undefined;
    },
  };
}
