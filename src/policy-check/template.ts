/**
 * A model usage and privacy policy for any checklist: one section per element
 * a written policy must contain, each with its citation, the statute's words
 * as guidance (a block quotation, which the checker never credits) and
 * placeholder prose that states the element for the agency to complete. The
 * skeleton is a plain data structure (`skeletonFor`); the Handlebars template
 * `templates/policy/model-policy.md.hbs` renders it (see `policy-template.ts`).
 */
import type { ChecklistInput, RequirementInput } from "../checklists/checklist.schema.js";
import { SECTION_PROSE, type SectionProse } from "./template.prose.js";

export interface SkeletonSection {
  requirementId: string;
  title: string;
  citation: string;
  /** The statutory text, verbatim: guidance, not policy. */
  law: string;
  /** Statutory text of the parts listed under this element (e.g. the fields of a record). */
  lawParts: { citation: string; text: string }[];
  paragraphs: string[];
  items: string[];
  /** Depth under the checklist's own hierarchy (0 for top level). */
  depth: number;
}

export interface PolicySkeleton {
  title: string;
  notes: string[];
  sections: SkeletonSection[];
}

const WRITTEN_KINDS = new Set<RequirementInput["kind"]>(["policy-element", "practice", "record-keeping", "prohibition"]);

/** Prose for a requirement with no hand-written section: one sentence per required concept, carrying its first term. */
function fallbackProse(r: RequirementInput): SectionProse {
  const paragraphs = r.concepts
    .filter((c) => c.required)
    .map((c) => `${c.terms[0] ? `[AGENCY NAME] policy on ${c.terms[0]}: ` : ""}[STATE HOW THE AGENCY MEETS THIS: ${c.description.replace(/[[\]]/g, "")}]`);
  return { paragraphs: paragraphs.length ? paragraphs : [`[STATE HOW THE AGENCY MEETS ${r.citation}]`] };
}

/**
 * The model policy's structure for a checklist.
 *
 * @example
 * skeletonFor(operator).sections.map((s) => s.citation) // ["Cal. Civ. Code § 1798.90.51(a)", …]
 */
export function skeletonFor(checklist: ChecklistInput): PolicySkeleton {
  const prose = SECTION_PROSE[checklist.id] ?? {};
  // Written elements, and the record or report whose fields they are.
  const written = checklist.requirements.filter((r) => WRITTEN_KINDS.has(r.kind));
  const reqs = checklist.requirements.filter((r) => WRITTEN_KINDS.has(r.kind) || written.some((w) => w.parent === r.id && w.kind === "record-keeping"));
  const ids = new Set(reqs.map((r) => r.id));
  const childrenOf = (id: string) => reqs.filter((r) => r.parent === id);
  const depthOf = (r: RequirementInput): number => (r.parent && ids.has(r.parent) ? 1 + depthOf(reqs.find((p) => p.id === r.parent)!) : 0);
  // Fields of a record are listed inside the record's section, not as sections of their own.
  const folded = new Set(reqs.filter((r) => r.kind === "record-keeping" && r.parent && ids.has(r.parent) && reqs.find((p) => p.id === r.parent)!.concepts.some((c) => c.required)).map((r) => r.id));
  const sections: SkeletonSection[] = [];
  for (const r of reqs) {
    if (folded.has(r.id)) continue;
    const kids = childrenOf(r.id);
    const parts = kids.filter((k) => folded.has(k.id));
    const hasOwn = r.concepts.some((c) => c.required);
    if (!hasOwn && !kids.length) continue;
    const own = hasOwn ? (prose[r.id] ?? fallbackProse(r)) : { paragraphs: [] };
    const items = own.items ?? parts.map((p) => (prose[p.id] ?? fallbackProse(p)).paragraphs.join(" "));
    sections.push({
      requirementId: r.id,
      title: r.title,
      citation: r.citation,
      law: r.text,
      lawParts: parts.map((p) => ({ citation: p.citation, text: p.text })),
      paragraphs: own.paragraphs,
      items,
      depth: depthOf(r),
    });
  }
  return {
    title: `[AGENCY NAME] — ${checklist.appliesTo.replace(/\s*\(.*$/, "")}: usage and privacy policy`,
    notes: [
      `Model policy generated from the checklist "${checklist.title}" (${checklist.id}, version ${checklist.version}; law as of ${checklist.asOf}).`,
      "Each section states one element the law requires. Replace every [BRACKETED] placeholder with the agency's own practice; delete the quoted law, which is guidance only.",
    ],
    sections,
  };
}
