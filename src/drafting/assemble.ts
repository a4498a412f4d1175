/**
 * Assembles a draft bill in California drafting form: the house and number,
 * the title, the Legislative Counsel's Digest, the enacting clause and the
 * numbered bill sections, each amended section printed in full and marked
 * against the law in force. The result is a {@link BillDocument}, a small
 * format-neutral model every renderer (Markdown, HTML, DOCX, PDF, Akoma Ntoso)
 * prints from, so they all say the same words.
 *
 * Pure: the statute text comes in through a lookup function, so callers decide
 * where it is read from (the database, the bundled files).
 */
import type { ProvisionNode } from "../statutes/provisions.js";
import { parseProvisions, renderProvisions } from "../statutes/provisions.js";
import { appendRun } from "./amend-marks.js";
import { amendSection, AmendmentError, type Segment } from "./amend.js";
import type { BillInput, Operation } from "./bill.schema.js";
import { codeName, digestKey, digestParagraph, unitWhere } from "./digest.js";
import { billTitle } from "./title.js";

/** A stored section's text; `omissions` says what the store lacks when its copy is incomplete. */
export type StoredText = { root: ProvisionNode; omissions?: string[] };
export type StatuteLookup = (code: string, section: string) => ProvisionNode | StoredText | undefined;

/** One printed paragraph (a provision, or a paragraph of new text), as marked runs. */
export type Line = Segment[];

export type BillSection = {
  /** "SECTION 1." or "SEC. 2." */
  label: string;
  op: Operation["op"];
  /** "Section 1798.90.51 of the Civil Code is amended to read:" */
  instruction: string;
  /** The code section this bill section amends, adds or repeals. */
  target?: { code: string; codeName: string; section: string };
  /** The printed text: the section number opens the first line ("1798.90.55. Notwithstanding …"). Empty for a repeal. */
  lines: Line[];
  /** A drafter's note printed under the section (never part of the bill text). */
  note?: string;
  /** For an amended section: the law in force and the section as amended, one provision per line. */
  current?: string;
  proposed?: string;
};

export type BillDocument = {
  house: BillInput["house"];
  number?: string;
  /** "Assembly Bill No. 2192" */
  heading: string;
  /** "CALIFORNIA LEGISLATURE— 2021–2022 REGULAR SESSION" */
  sessionLine?: string;
  version?: string;
  /** "Introduced by Assembly Member Ramos" */
  introducedBy: string;
  introduced?: string;
  title: string;
  digest: { lead: string; paragraphs: string[]; key: string };
  enactingClause: string;
  sections: BillSection[];
};

export const ENACTING_CLAUSE = "The people of the State of California do enact as follows:";
/** Square-bracketed capitals mark text staff must still write: "[DESCRIBE EXISTING LAW]". */
export const PLACEHOLDER = /\[[A-Z][A-Z0-9 ,.;:'’()/-]*\]/g;
const NO_CHANGES = "No changes drafted yet: the section is printed as in force.";


/**
 * Splits marked text into printed lines, one per provision, dropping empty ones.
 *
 * @example
 * marksToLines([{ text: "(a) Keep.\n(b) New", kind: "inserted" }])
 * // [[{ text: "(a) Keep.", kind: "inserted" }], [{ text: "(b) New", kind: "inserted" }]]
 */
export function marksToLines(marks: readonly Segment[]): Line[] {
  const lines: Line[] = [[]];
  for (const seg of marks) {
    seg.text.split("\n").forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== "") lines[lines.length - 1]!.push({ text: piece, kind: seg.kind });
    });
  }
  return lines
    .map((line) => trimLine(line))
    .filter((line) => line.some((s) => s.text.trim() !== ""));
}

/** Trims the indentation and trailing space of a printed line and joins neighbouring runs of one kind. */
function trimLine(line: Line): Line {
  const out: Line = [];
  for (const s of line) appendRun(out, s.text, s.kind);
  if (out[0]) out[0].text = out[0].text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out.filter((s) => s.text !== "");
}

function plainLines(text: string, kind: Segment["kind"]): Line[] {
  return marksToLines([{ text, kind }]);
}

/** Opens the first line with the section number, as the printed bill does. */
function numbered(section: string, lines: Line[], kind: Segment["kind"]): Line[] {
  const label = { text: `${section}.`, kind: kind === "inserted" ? ("inserted" as const) : ("same" as const) };
  if (lines.length === 0) return [[label]];
  const [first, ...rest] = lines;
  return [trimLine([label, { text: " ", kind: label.kind }, ...first!]), ...rest];
}


/** The standard opening of an urgency clause (Cal. Const., art. IV, § 8(d)); the bill supplies the facts. */
export const URGENCY_LEAD =
  "This act is an urgency statute necessary for the immediate preservation of the public peace, health, or safety within the meaning of Article IV of the Constitution and shall go into immediate effect. The facts constituting the necessity are:";

function section(op: Operation, label: string, statutes: StatuteLookup): BillSection {
  const printed = printSection(op, label, statutes);
  const note = [op.note, printed.note].filter(Boolean).join(" ");
  return { ...printed, note: note || undefined };
}

/** The law in force for an amend or repeal: the text the bill gives, else the stored one. */
function lawInForce(op: { code: string; section: string; current?: string }, statutes: StatuteLookup): StoredText | undefined {
  if (op.current === undefined) {
    const found = statutes(op.code, op.section);
    return found && "root" in found ? found : found && { root: found };
  }
  return { root: parseProvisions(withoutNumber(op.current, op.section), "ca") };
}

/** Section text as copied from a code or bill often opens with its number ("15009. (a) …"); the print adds it itself. */
export function withoutNumber(text: string, section: string): string {
  const t = text.trim();
  return t.startsWith(`${section}.`) ? t.slice(section.length + 1).trimStart() : t;
}

/** A drafter's note for an amendment against an incomplete stored copy: the print would silently drop what the store lacks. */
function incompleteNote(section: string, law: StoredText): string | undefined {
  if (!law.omissions) return undefined;
  const what = law.omissions.length ? ` (${law.omissions.map((o) => o.replace(/\.$/, "")).join("; ")})` : "";
  return `The stored text of Section ${section} is incomplete${what}. Check the section against the official code, or give its full text as "current", before introduction.`;
}

function printSection(op: Operation, label: string, statutes: StatuteLookup): BillSection {
  if (op.op === "uncodified") {
    const text = op.text.trim();
    const lead =
      op.kind === "findings" && !/^The Legislature (hereby )?finds/i.test(text)
        ? "The Legislature finds and declares all of the following:\n"
        : op.kind === "urgency" && !/^This act is an urgency statute/i.test(text)
          ? `${URGENCY_LEAD} `
          : "";
    return { label, op: op.op, instruction: "", lines: plainLines(`${lead}${text}`, "same") };
  }
  const code = codeName(op.code);
  switch (op.op) {
    case "amend": {
      const law = lawInForce(op, statutes);
      const instruction = `Section ${op.section} of the ${code}${op.as ? `, ${op.as},` : ""} is amended to read:`;
      const target = { code: op.code, codeName: code, section: op.section };
      if (!law && op.changes.length === 0) {
        // Nothing to apply yet: the bill still builds (title, digest, other sections), with the gap marked.
        const note = `The text of Section ${op.section} of the ${code} is not stored, so the section is not printed: give its text in force as "current".`;
        return { label, op: op.op, instruction, target, lines: numbered(op.section, plainLines("[TEXT OF THE SECTION AS AMENDED]", "same"), "same"), note };
      }
      if (!law) throw new AmendmentError(`Section ${op.section} of the ${code} is not in the stored statutes; give its text in force as "current"`);
      const root = law.root;
      const { amended, marks } = amendSection(root, op.changes, { section: op.section });
      return {
        label,
        op: op.op,
        instruction,
        target,
        lines: numbered(op.section, marksToLines(marks), "same"),
        note: [op.changes.length === 0 ? NO_CHANGES : undefined, incompleteNote(op.section, law)].filter(Boolean).join(" ") || undefined,
        current: renderProvisions(root),
        proposed: renderProvisions(amended),
      };
    }
    case "add":
      return {
        label,
        op: op.op,
        instruction: `Section ${op.section} is added to the ${code}, to read:`,
        target: { code: op.code, codeName: code, section: op.section },
        lines: numbered(op.section, plainLines(withoutNumber(op.text ?? "", op.section) || "[TEXT OF NEW SECTION]", "inserted"), "inserted"),
      };
    case "repeal": {
      // The repealed text is not printed in the bill, but the comparative print shows it struck.
      const root = lawInForce(op, statutes)?.root;
      return { label, op: op.op, instruction: `Section ${op.section} of the ${code}${op.as ? `, ${op.as},` : ""} is repealed.`, target: { code: op.code, codeName: code, section: op.section }, lines: [], current: root && renderProvisions(root) };
    }
    case "add-unit":
      return {
        label,
        op: op.op,
        instruction: `${op.unit} ${op.number} (commencing with Section ${op.commencing}) is added to ${unitWhere(op, code)}, to read:`,
        lines: plainLines(op.text?.trim() || "[TEXT OF NEW UNIT]", "inserted"),
      };
    case "repeal-unit":
      return { label, op: op.op, instruction: `${op.unit} ${op.number} (commencing with Section ${op.commencing}) of ${unitWhere(op, code)} is repealed.`, lines: [] };
  }
}

function sessionLine(session: string | undefined): string | undefined {
  if (!session) return undefined;
  const [from, to] = session.split("-");
  return `CALIFORNIA LEGISLATURE— ${from}–${to} REGULAR SESSION`;
}

/**
 * Builds the bill from its operations and the stored statute text.
 *
 * @throws AmendmentError when an amended section is not stored or a change does not fit its text
 * @example
 * buildBill({ house: "Senate", authors: ["Wiener"], subject: "personal information", operations: [
 *   { op: "repeal", code: "civ", section: "1798.90.55" },
 * ] }, () => undefined).sections[0].instruction
 * // "Section 1798.90.55 of the Civil Code is repealed."
 */
export function buildBill(input: BillInput, statutes: StatuteLookup): BillDocument {
  const title = billTitle(input);
  const short = input.number?.replace(/^(AB|SB) /, "");
  const member = input.house === "Assembly" ? (input.authors.length > 1 ? "Assembly Members" : "Assembly Member") : input.authors.length > 1 ? "Senators" : "Senator";
  const stage = input.version && /^amended/i.test(input.version) ? "as amended" : "as introduced";
  const lead = `${input.number ?? `${input.house === "Assembly" ? "AB" : "SB"} [NUMBER]`}, ${stage}, ${input.authors[0]}. ${input.topic ? input.topic.replace(/\.?$/, ".") : "[TOPIC]."}`;
  return {
    house: input.house,
    number: input.number,
    heading: short ? `${input.house} Bill No. ${short}` : `${input.house} Bill`,
    sessionLine: sessionLine(input.session),
    version: input.version,
    introducedBy: `Introduced by ${member} ${joinNames(input.authors)}`,
    introduced: input.introduced,
    title,
    digest: { lead, paragraphs: input.digest ?? input.operations.map(digestParagraph), key: digestKey(input.digestKey, input.operations.some((op) => op.op === "uncodified" && op.kind === "urgency")) },
    enactingClause: ENACTING_CLAUSE,
    sections: input.operations.map((op, i) => {
      try {
        return section(op, i === 0 ? "SECTION 1." : `SEC. ${i + 1}.`, statutes);
      } catch (err) {
        throw err instanceof AmendmentError ? err.at({ operation: i }) : err;
      }
    }),
  };
}

/** "Hill", "Hill and Gatto", "Hill, Gatto, and Low". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(" and ");
  return `${names.slice(0, -1).join(", ")}, and ${names[names.length - 1]}`;
}

/** The plain text of a printed line (struck words included, as printed). */
export function lineText(line: Line): string {
  return line.map((s) => s.text).join("");
}
