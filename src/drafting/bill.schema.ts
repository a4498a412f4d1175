/**
 * The bill input format: a California bill as structured operations on the
 * codes (amend, add, repeal a section; add or repeal a division unit such as
 * a title or chapter) plus uncodified sections (findings, severability,
 * sunset). Read from `examples/bills/*.yaml`; the title, and later the bill
 * text and digest, are generated from it.
 */
import { z } from "@hono/zod-openapi";
import { AmendmentChange } from "./amend.schema.js";

/** California code abbreviations and the names Legislative Counsel uses in titles. */
export const CA_CODE_NAMES = {
  bpc: "Business and Professions Code",
  civ: "Civil Code",
  ccp: "Code of Civil Procedure",
  corp: "Corporations Code",
  edc: "Education Code",
  elec: "Elections Code",
  evid: "Evidence Code",
  fam: "Family Code",
  fin: "Financial Code",
  fgc: "Fish and Game Code",
  fac: "Food and Agricultural Code",
  gov: "Government Code",
  hnc: "Harbors and Navigation Code",
  hsc: "Health and Safety Code",
  ins: "Insurance Code",
  lab: "Labor Code",
  mvc: "Military and Veterans Code",
  pen: "Penal Code",
  prob: "Probate Code",
  pcc: "Public Contract Code",
  prc: "Public Resources Code",
  puc: "Public Utilities Code",
  rtc: "Revenue and Taxation Code",
  shc: "Streets and Highways Code",
  uic: "Unemployment Insurance Code",
  veh: "Vehicle Code",
  wat: "Water Code",
  wic: "Welfare and Institutions Code",
} as const;

export const CodeId = z.enum(Object.keys(CA_CODE_NAMES) as [keyof typeof CA_CODE_NAMES, ...(keyof typeof CA_CODE_NAMES)[]]);
export type CodeId = z.infer<typeof CodeId>;

const Text = z.string().trim().min(1, "must not be empty");
/** A section number as the code writes it: "1798.90.51", "12022.53", "22a". */
const SectionNumber = z.string().regex(/^\d+[a-z]?(?:\.\d+[a-z]?)*$/, "must be a section number such as 1798.90.51");
/** The organizational units of a code that a bill adds or repeals whole. */
export const UnitType = z.enum(["Division", "Part", "Title", "Chapter", "Article"]);

/**
 * What the Legislative Counsel's Digest says about one operation: the existing
 * law it changes and what the bill would do. Placeholders are printed where
 * these are not yet written.
 */
export const DigestNote = z
  .object({
    existing: z.string().trim().min(1).max(5000).optional().openapi({ example: "Existing law prohibits a public agency from selling, sharing, or transferring ALPR information, except to another public agency, and only as otherwise permitted by law." }),
    change: z.string().trim().min(1).max(5000).optional().openapi({ example: "This bill would additionally prohibit a public agency from selling, sharing, or transferring ALPR information to a law enforcement agency of the federal government or another state." }),
  })
  .openapi("DigestNote");

/**
 * Which version of a section is meant, when the code has more than one
 * (one operative until a date, another after): printed in the instruction as
 * "Section 1798.90.51 of the Civil Code, as amended by Section 2 of Chapter 100
 * of the Statutes of 2020, is amended to read:".
 */
const Which = Text.max(300)
  .regex(/^as (amended|added|renumbered|amended and renumbered) by /, 'must start "as amended by", "as added by" or "as renumbered by"')
  .openapi({ example: "as amended by Section 2 of Chapter 100 of the Statutes of 2020" });

/**
 * The text of the section in force, one provision per line, for a section the
 * statute store does not hold (copied from the official code by the drafter).
 * When given, the bill is drafted against it instead of the stored text.
 */
const CurrentText = z
  .string()
  .trim()
  .min(1)
  .max(200_000)
  .openapi({ description: "The section's text in force, one provision per line, when the statute store does not hold it", example: "(a) A public agency …\n(b) …" });

/** What every operation may carry besides its own fields. */
const Annotations = {
  digest: DigestNote.optional(),
  note: z.string().trim().min(1).max(5000).optional().openapi({ description: "A drafter's note printed under the bill section, never part of the bill text" }),
};

export const AmendOperation = z
  .object({
    op: z.literal("amend"),
    code: CodeId,
    section: SectionNumber,
    changes: z.array(AmendmentChange).default([]).openapi({ description: "The amendments to the section, applied in order to the law in force (see amend.schema.ts)." }),
    as: Which.optional(),
    current: CurrentText.optional(),
    ...Annotations,
  })
  .openapi("AmendOperation");

export const AddOperation = z
  .object({ op: z.literal("add"), code: CodeId, section: SectionNumber, text: z.string().optional().openapi({ description: "The new section's text; omitted when not yet drafted or not available." }), ...Annotations })
  .openapi("AddOperation");

export const RepealOperation = z.object({ op: z.literal("repeal"), code: CodeId, section: SectionNumber, as: Which.optional(), current: CurrentText.optional(), ...Annotations }).openapi("RepealOperation");

/** Adding a whole unit, e.g. Title 1.81.23 (commencing with Section 1798.90.5) to Part 4 of Division 3 of the Civil Code. */
export const AddUnitOperation = z
  .object({
    op: z.literal("add-unit"),
    code: CodeId,
    unit: UnitType,
    number: Text.max(20).openapi({ example: "1.81.23" }),
    commencing: SectionNumber.openapi({ description: "The first section of the unit", example: "1798.90.5" }),
    parent: Text.max(200).optional().openapi({ description: "Where the unit goes, as the title says it", example: "Part 4 of Division 3" }),
    text: z.string().optional(),
    ...Annotations,
  })
  .openapi("AddUnitOperation");

export const RepealUnitOperation = z
  .object({ op: z.literal("repeal-unit"), code: CodeId, unit: UnitType, number: Text.max(20), commencing: SectionNumber, parent: Text.max(200).optional(), ...Annotations })
  .openapi("RepealUnitOperation");

/**
 * Uncodified sections: findings and declarations, severability, a sunset, an
 * urgency clause (the title then declares the urgency and the vote is 2/3), a
 * state-mandated local program disclaimer, or anything else.
 */
export const UncodifiedKind = z.enum(["findings", "severability", "sunset", "urgency", "mandate", "other"]);
export const UncodifiedOperation = z
  .object({ op: z.literal("uncodified"), kind: UncodifiedKind, text: z.string(), ...Annotations })
  .openapi("UncodifiedOperation");

export const Operation = z.discriminatedUnion("op", [AmendOperation, AddOperation, RepealOperation, AddUnitOperation, RepealUnitOperation, UncodifiedOperation]);
export type Operation = z.infer<typeof Operation>;

/** The digest key line; what is not given prints as a placeholder for Legislative Counsel to settle. */
export const DigestKey = z
  .object({
    vote: z.enum(["majority", "2/3"]).optional(),
    appropriation: z.boolean().optional(),
    fiscalCommittee: z.boolean().optional(),
    localProgram: z.boolean().optional(),
  })
  .openapi("DigestKey");

export const BillInput = z
  .object({
    house: z.enum(["Assembly", "Senate"]),
    number: z.string().regex(/^(AB|SB) \d+$/, "must be a bill number such as \"AB 1463\"").optional(),
    session: z.string().regex(/^\d{4}-\d{4}$/, "must be a session such as 2023-2024").optional(),
    version: Text.max(100).optional().openapi({ example: "Amended in Assembly March 22, 2023" }),
    authors: z.array(Text.max(100)).min(1, "a bill has at least one author").max(100),
    subject: Text.max(300).openapi({ description: "What the title says the act relates to", example: "personal information" }),
    topic: Text.max(300).optional().openapi({ description: "The digest's short title", example: "Automated license plate recognition systems: information sharing" }),
    introduced: z.iso.date().optional().openapi({ description: "The day the bill was introduced", example: "2022-02-15" }),
    digestKey: DigestKey.optional(),
    digest: z
      .array(z.string().trim().min(1).max(10_000))
      .min(1)
      .max(50)
      .optional()
      .openapi({ description: "The digest's paragraphs as written (e.g. Legislative Counsel's, for a real bill); when given they replace the per-operation paragraphs" }),
    asOf: z.iso.date().optional().openapi({ description: "Amend the law in force on this day (default: the newest stored text)", example: "2023-03-22" }),
    operations: z.array(Operation).min(1, "a bill has at least one operation").max(200),
  })
  .openapi("BillInput");
export type BillInput = z.infer<typeof BillInput>;
