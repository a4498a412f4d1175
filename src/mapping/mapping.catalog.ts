/**
 * Turning catalog sources into the mapper's requirement shape: a checklist
 * file's requirements (for tests, benchmarks and the CLI without a database)
 * or the catalog's stored rows. Pure.
 */
import type { ChecklistInput } from "../checklists/checklist.schema.js";
import type { MappableRequirement } from "./mapping.types.js";

/**
 * The requirements of a checklist file, with global ids (`<checklist>.<requirement>`).
 *
 * @example
 * const reqs = (await readBundledChecklists()).flatMap((c) => mappableFromChecklist(c.checked.input));
 */
export function mappableFromChecklist(input: ChecklistInput): MappableRequirement[] {
  return input.requirements.map((r) => ({
    requirementId: `${input.id}.${r.id}`,
    checklistId: input.id,
    title: r.title,
    citation: r.citation,
    text: r.text,
    summary: r.summary,
    kind: r.kind,
    parent: r.parent ? `${input.id}.${r.parent}` : null,
    concepts: r.concepts.map((c) => ({ id: c.id, description: c.description, required: c.required, terms: c.terms, patterns: c.patterns })),
  }));
}
