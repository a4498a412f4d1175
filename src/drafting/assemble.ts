/**
 * Assembles a draft bill in California drafting form as Markdown: the house and
 * number, the title, a skeleton Legislative Counsel's Digest, the enacting clause
 * and the numbered bill sections, each amended section printed in full with new
 * words in *italics* and struck words in ~~strikethrough~~.
 *
 * Pure: the statute text comes in through a lookup function, so callers decide
 * where it is read from.
 */
import type { ProvisionNode } from "../statutes/provisions.js";
import { amendSection, AmendmentError, type Segment } from "./amend.js";
import { CA_CODE_NAMES, type BillInput, type Operation } from "./bill.schema.js";
import { billTitle } from "./title.js";

export type StatuteLookup = (code: string, section: string) => ProvisionNode | undefined;
export type AssembledBill = { title: string; markdown: string };

export const ENACTING_CLAUSE = "The people of the State of California do enact as follows:";
const DIGEST_KEY = "Vote: majority. Appropriation: no. Fiscal committee: [yes/no]. State-mandated local program: no.";

/** Wraps words in a Markdown mark, keeping surrounding spaces outside the markers. */
function wrap(text: string, mark: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] === "" ? text : `${m[1]}${mark}${m[2]}${mark}${m[3]}`;
}

const MARK: Record<Segment["kind"], string> = { same: "", inserted: "*", deleted: "~~" };

/**
 * Prints marked section text as Markdown, one provision per paragraph.
 *
 * @example
 * marksToMarkdown([{ text: "(a) Keep ", kind: "same" }, { text: "all", kind: "deleted" }, { text: "some", kind: "inserted" }])
 * // "(a) Keep ~~all~~*some*"
 */
export function marksToMarkdown(marks: readonly Segment[]): string {
  const lines: string[] = [""];
  for (const seg of marks) {
    seg.text.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push("");
      if (piece !== "") lines[lines.length - 1] += MARK[seg.kind] === "" ? piece : wrap(piece, MARK[seg.kind]);
    });
  }
  return lines.filter((l) => l.trim() !== "").map((l) => l.trim()).join("\n\n");
}

/** Plain text printed whole in one mark, line by line. */
function allMarked(text: string, kind: Segment["kind"]): string {
  return marksToMarkdown([{ text, kind }]);
}

function codeName(code: string): string {
  return CA_CODE_NAMES[code as keyof typeof CA_CODE_NAMES] ?? code;
}

function digestParagraph(op: Operation): string {
  switch (op.op) {
    case "amend":
      return `Existing law [DESCRIBE EXISTING LAW]. This bill would amend Section ${op.section} of the ${codeName(op.code)} to [DESCRIBE].`;
    case "add":
      return `Existing law [DESCRIBE EXISTING LAW]. This bill would add Section ${op.section} to the ${codeName(op.code)} to [DESCRIBE].`;
    case "repeal":
      return `Existing law [DESCRIBE EXISTING LAW]. This bill would repeal Section ${op.section} of the ${codeName(op.code)}, which [DESCRIBE].`;
    case "add-unit":
      return `Existing law [DESCRIBE EXISTING LAW]. This bill would add ${op.unit} ${op.number} (commencing with Section ${op.commencing}) to the ${codeName(op.code)} to [DESCRIBE].`;
    case "repeal-unit":
      return `Existing law [DESCRIBE EXISTING LAW]. This bill would repeal ${op.unit} ${op.number} (commencing with Section ${op.commencing}) of the ${codeName(op.code)}, which [DESCRIBE].`;
    case "uncodified":
      return `This bill would make ${op.kind === "findings" ? "legislative findings and declarations" : `${op.kind} provisions`} [DESCRIBE].`;
  }
}

function sectionBody(op: Operation, statutes: StatuteLookup): string {
  const code = op.op === "uncodified" ? "" : codeName(op.code);
  switch (op.op) {
    case "amend": {
      const root = statutes(op.code, op.section);
      if (!root) throw new AmendmentError(`Section ${op.section} of the ${code} is not in the stored statutes`);
      const { marks } = amendSection(root, op.changes, { section: op.section });
      return `Section ${op.section} of the ${code} is amended to read:\n\n${op.section}.\n\n${marksToMarkdown(marks)}`;
    }
    case "add":
      return `Section ${op.section} is added to the ${code}, to read:\n\n${op.section}.\n\n${op.text?.trim() ? allMarked(op.text, "inserted") : "[TEXT OF NEW SECTION]"}`;
    case "repeal":
      return `Section ${op.section} of the ${code} is repealed.`;
    case "add-unit": {
      const where = op.parent ? `${op.parent} of the ${code}` : `the ${code}`;
      return `${op.unit} ${op.number} (commencing with Section ${op.commencing}) is added to ${where}, to read:\n\n${op.text?.trim() ? allMarked(op.text, "inserted") : "[TEXT OF NEW UNIT]"}`;
    }
    case "repeal-unit": {
      const where = op.parent ? `${op.parent} of the ${code}` : `the ${code}`;
      return `${op.unit} ${op.number} (commencing with Section ${op.commencing}) of ${where} is repealed.`;
    }
    case "uncodified": {
      const text = op.text.trim();
      const lead = op.kind === "findings" && !/^The Legislature finds/i.test(text) ? "The Legislature finds and declares all of the following: " : "";
      return `${lead}${text}`;
    }
  }
}

/**
 * Assembles the bill's Markdown from its operations and the stored statute text.
 *
 * @throws AmendmentError when an amended section is not stored or a change does not fit its text
 * @example
 * assembleBill({ house: "Senate", authors: ["Wiener"], subject: "personal information", operations: [
 *   { op: "repeal", code: "civ", section: "1798.90.55" },
 * ] }, () => undefined).markdown
 * // "… SECTION 1. Section 1798.90.55 of the Civil Code is repealed.\n"
 */
export function assembleBill(input: BillInput, statutes: StatuteLookup): AssembledBill {
  const title = billTitle(input);
  const heading = input.number ? `${input.house} Bill No. ${input.number.replace(/^(AB|SB) /, "")}` : `${input.house} Bill`;
  const parts: string[] = [`# ${heading}`];
  if (input.version) parts.push(`*${input.version}*`);
  parts.push(`Introduced by ${input.authors.join(", ")}`, title, "## LEGISLATIVE COUNSEL'S DIGEST");
  parts.push(...input.operations.map(digestParagraph), DIGEST_KEY, ENACTING_CLAUSE);
  input.operations.forEach((op, i) => parts.push(`${i === 0 ? "SECTION 1." : `SEC. ${i + 1}.`} ${sectionBody(op, statutes)}`));
  return { title, markdown: `${parts.join("\n\n")}\n` };
}
