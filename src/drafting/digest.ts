/**
 * The Legislative Counsel's Digest skeleton: one paragraph per operation
 * (existing law, then what this bill would do), from the drafter's digest notes
 * where given and bracketed placeholders where not, and the digest key line.
 */
import { CA_CODE_NAMES, type BillInput, type Operation } from "./bill.schema.js";

/** "Civil Code" for "civ". */
export function codeName(code: string): string {
  return CA_CODE_NAMES[code as keyof typeof CA_CODE_NAMES] ?? code;
}

/** "Part 4 of Division 3 of the Civil Code", or "the Civil Code". */
export function unitWhere(op: { parent?: string }, code: string): string {
  return op.parent ? `${op.parent} of the ${code}` : `the ${code}`;
}

const UNCODIFIED_DIGEST: Record<Extract<Operation, { op: "uncodified" }>["kind"], string> = {
  findings: "make legislative findings and declarations",
  severability: "include a severability clause",
  sunset: "repeal its provisions on a specified date",
  urgency: "declare that it is to take effect immediately as an urgency statute",
  mandate: "provide that no reimbursement is required by this act for a specified reason",
  other: "make other uncodified provisions",
};

function describe(op: Operation): string {
  const code = op.op === "uncodified" ? "" : codeName(op.code);
  switch (op.op) {
    case "amend":
      return `amend Section ${op.section} of the ${code}`;
    case "add":
      return `add Section ${op.section} to the ${code}`;
    case "repeal":
      return `repeal Section ${op.section} of the ${code}`;
    case "add-unit":
      return `add ${op.unit} ${op.number} (commencing with Section ${op.commencing}) to ${unitWhere(op, code)}`;
    case "repeal-unit":
      return `repeal ${op.unit} ${op.number} (commencing with Section ${op.commencing}) of ${unitWhere(op, code)}`;
    case "uncodified":
      return UNCODIFIED_DIGEST[op.kind];
  }
}

/** One digest paragraph per operation: existing law, then what this bill would do. */
export function digestParagraph(op: Operation): string {
  const existing = op.digest?.existing ?? (op.op === "uncodified" ? "" : `Existing law [${op.op === "add" || op.op === "add-unit" ? "DESCRIBE THE RELATED EXISTING LAW" : `DESCRIBE EXISTING LAW IN ${"section" in op ? `SECTION ${op.section}` : "THE UNIT"}`}].`);
  const change = op.digest?.change ?? `This bill would ${describe(op)} to [DESCRIBE THE CHANGE].`;
  return existing ? `${existing} ${change}` : change;
}

function yesNo(value: boolean | undefined): string {
  return value === undefined ? "[YES/NO]" : value ? "YES" : "NO";
}

export function digestKey(key: BillInput["digestKey"], urgent: boolean): string {
  // An urgency clause needs a two-thirds vote.
  const vote = key?.vote ? key.vote.toUpperCase() : urgent ? "2/3" : "[MAJORITY/2/3]";
  return `Vote: ${vote}   Appropriation: ${yesNo(key?.appropriation)}   Fiscal Committee: ${yesNo(key?.fiscalCommittee)}   Local Program: ${yesNo(key?.localProgram)}`;
}

