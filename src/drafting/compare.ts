/**
 * The comparative print of a bill: for each code section it amends, adds or
 * repeals, current and proposed law side by side and as an inline redline
 * (see `compare-section.ts` for how a section is compared). Pure: the bill
 * model in, plain data out.
 */
import { compareSection, type SectionComparison } from "./compare-section.js";
import { lineText, withoutNumber, type BillDocument, type BillSection } from "./assemble.js";

export { compareSection, type ComparisonCounts, type ComparisonRow, type RowStatus, type SectionComparison } from "./compare-section.js";

/** label "SECTION 1." or "SEC. 2."; heading "Civil Code § 1798.90.51". */
export type ComparedSection = { label: string; heading: string; op: BillSection["op"]; comparison: SectionComparison; note?: string };
export type BillComparison = { sections: ComparedSection[] };

/** The printed text of an added section, without the section number the bill opens it with (the heading carries it). */
function printedText(s: BillSection): string {
  const text = s.lines.map(lineText).join("\n");
  return s.target ? withoutNumber(text, s.target.section) : text;
}

/** "Chapter 3 (commencing with Section 1798.91) of the Civil Code", from the bill section's instruction. */
function unitHeading(instruction: string): string {
  return instruction.replace(" is added to ", " of ").replace(/(, to read:| is repealed\.)$/, "");
}

/**
 * The comparative print of a bill: every amended, added or repealed code section
 * (uncodified sections amend no code and are left out).
 *
 * @example
 * compareBill(buildBill(input, statutes)).sections[0]
 * // { label: "SECTION 1.", heading: "Civil Code § 1798.90.51", op: "amend", comparison: { rows, redline, counts } }
 */
export function compareBill(bill: BillDocument): BillComparison {
  const sections: ComparedSection[] = [];
  for (const s of bill.sections) {
    const heading = s.target ? `${s.target.codeName} § ${s.target.section}` : unitHeading(s.instruction);
    const entry = (comparison: SectionComparison, note = s.note) => sections.push({ label: s.label, heading, op: s.op, comparison, ...(note ? { note } : {}) });
    if (s.op === "amend" && s.current !== undefined && s.proposed !== undefined) entry(compareSection(s.current, s.proposed));
    else if (s.op === "amend") entry(compareSection("", ""));
    else if (s.op === "add" || s.op === "add-unit") entry(compareSection("", printedText(s)));
    else if ((s.op === "repeal" || s.op === "repeal-unit") && s.current !== undefined) entry(compareSection(s.current, ""));
    else if (s.op === "repeal" || s.op === "repeal-unit") entry(compareSection("", ""), s.note ?? "Repealed in full; the text in force is not stored, so it is not reprinted here.");
  }
  return { sections };
}
