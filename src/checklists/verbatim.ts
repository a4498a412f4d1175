/**
 * Quote the law verbatim: a requirement's `text` must be the words of the
 * provision its citation names, in some stored version of the statute. Only
 * provisions we hold are checked; a citation to a statute we do not store
 * cannot be verified and is left alone.
 */
import type { FieldError } from "../lib/errors.js";
import { findProvision, provisionText, type ProvisionNode } from "../statutes/provisions.js";
import type { CheckedChecklist } from "./checklist-source.js";

/** The provision trees of every stored version of a section, keyed `CA/civ/1798.90.51`. */
export type StatuteTrees = (sectionKey: string) => ProvisionNode[] | undefined;

const normalize = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * Field errors for requirements whose text is not the text of their provision.
 *
 * @example
 * verbatimProblems(checked, (key) => trees.get(key)) // [] when every quote is exact
 */
export function verbatimProblems(checked: CheckedChecklist, trees: StatuteTrees, pathPrefix = ""): FieldError[] {
  const problems: FieldError[] = [];
  checked.input.requirements.forEach((r, i) => {
    const c = checked.citations.get(r.id);
    if (!c) return;
    const versions = trees(`${c.jurisdiction}/${c.code}/${c.section}`);
    if (!versions?.length) return;
    const nodes = versions.map((tree) => findProvision(tree, c.path)).filter((n): n is ProvisionNode => n !== undefined);
    if (nodes.length === 0) {
      problems.push({ path: `${pathPrefix}/requirements/${i}/citation`, message: `${r.citation} names a provision that the stored statute text does not have` });
      return;
    }
    const want = normalize(r.text);
    // The provision's own words, or the whole provision with or without its own label.
    const matches = nodes.some((n) => {
      const whole = normalize(provisionText(n));
      return normalize(n.text) === want || whole === want || normalize(whole.slice(n.label.length)) === want;
    });
    if (!matches) {
      problems.push({ path: `${pathPrefix}/requirements/${i}/text`, message: `is not the verbatim text of ${r.citation}; the statute reads: "${normalize(nodes[nodes.length - 1]!.text).slice(0, 160)}"` });
    }
  });
  return problems;
}
