/**
 * Reading a checklist from text (a YAML file, or a YAML/JSON request body) and
 * checking it the way an editor needs: every problem at once, each with the
 * field path and the line it is on. Structural rules come from the zod schema;
 * legal rules (each citation must parse to one provision) are checked here.
 */
import type { FieldError } from "../lib/errors.js";
import { invalidDocument, parseDocument } from "../lib/source-body.js";
import { fieldErrorsWithLines, type ParsedSource } from "../lib/yaml-source.js";
import { formatCitation, parseCitation } from "../statutes/citations.js";
import type { Citation } from "../statutes/citations-types.js";
import { ChecklistInput } from "./checklist.schema.js";

export type CheckedChecklist = {
  input: ChecklistInput;
  /** Parsed citation of each requirement, by requirement key. */
  citations: Map<string, Citation>;
};

/**
 * Parses and validates checklist text; throws a {@link ValidationError} listing every problem with its line.
 *
 * @example
 * const { input } = readChecklist(await readFile("checklists/ca/alpr-operator.yaml", "utf8"), "ca/alpr-operator.yaml");
 */
export function readChecklist(text: string, name = "checklist", pathPrefix = ""): CheckedChecklist {
  return checkChecklist(parseDocument(text, name, pathPrefix), name, pathPrefix);
}

/** Validates already-parsed data (with positions) against the schema and the citation rules. */
export function checkChecklist(source: ParsedSource, name = "checklist", pathPrefix = ""): CheckedChecklist {
  const parsed = ChecklistInput.safeParse(source.data);
  const errors: FieldError[] = parsed.success ? [] : fieldErrorsWithLines(parsed.error, source, pathPrefix);
  // Citations are checked on the raw data too, so one round trip reports every problem.
  const raw = source.data as { requirements?: unknown; sources?: unknown } | null;
  const citations = new Map<string, Citation>();
  const at = (path: (string | number)[], message: string) => errors.push({ path: pathPrefix + "/" + path.join("/"), message, line: source.lineOf(path) });
  (Array.isArray(raw?.requirements) ? raw.requirements : []).forEach((r: { id?: unknown; citation?: unknown }, i) => {
    if (typeof r?.citation !== "string" || !r.citation.trim()) return; // the schema reports it
    const citation = parseCitation(r.citation);
    if (!citation) at(["requirements", i, "citation"], `"${r.citation}" is not a citation of one provision (e.g. "Cal. Civ. Code § 1798.90.51(b)(2)(G)")`);
    else if (citation.rangeEnd) at(["requirements", i, "citation"], `"${r.citation}" is a range; a requirement cites one provision`);
    else if (typeof r.id === "string") citations.set(r.id, citation);
  });
  (Array.isArray(raw?.sources) ? raw.sources : []).forEach((s: { citation?: unknown }, i) => {
    if (typeof s?.citation === "string" && s.citation.trim() && !parseCitation(s.citation)) at(["sources", i, "citation"], `"${s.citation}" is not a citation`);
  });
  if (errors.length || !parsed.success) throw invalidDocument(name, errors);
  const input = parsed.data;
  // Store citations in canonical form so search by citation and crosswalks compare like with like.
  for (const r of input.requirements) r.citation = formatCitation(citations.get(r.id)!);
  return { input, citations };
}
