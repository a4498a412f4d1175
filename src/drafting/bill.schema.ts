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

export const AmendOperation = z
  .object({
    op: z.literal("amend"),
    code: CodeId,
    section: SectionNumber,
    changes: z.array(AmendmentChange).default([]).openapi({ description: "The amendments to the section, applied in order to the law in force (see amend.schema.ts)." }),
  })
  .openapi("AmendOperation");

export const AddOperation = z
  .object({ op: z.literal("add"), code: CodeId, section: SectionNumber, text: z.string().optional().openapi({ description: "The new section's text; omitted when not yet drafted or not available." }) })
  .openapi("AddOperation");

export const RepealOperation = z.object({ op: z.literal("repeal"), code: CodeId, section: SectionNumber }).openapi("RepealOperation");

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
  })
  .openapi("AddUnitOperation");

export const RepealUnitOperation = z
  .object({ op: z.literal("repeal-unit"), code: CodeId, unit: UnitType, number: Text.max(20), commencing: SectionNumber, parent: Text.max(200).optional() })
  .openapi("RepealUnitOperation");

export const UncodifiedKind = z.enum(["findings", "severability", "sunset", "other"]);
export const UncodifiedOperation = z.object({ op: z.literal("uncodified"), kind: UncodifiedKind, text: z.string() }).openapi("UncodifiedOperation");

export const Operation = z.discriminatedUnion("op", [AmendOperation, AddOperation, RepealOperation, AddUnitOperation, RepealUnitOperation, UncodifiedOperation]);
export type Operation = z.infer<typeof Operation>;

export const BillInput = z
  .object({
    house: z.enum(["Assembly", "Senate"]),
    number: z.string().regex(/^(AB|SB) \d+$/, "must be a bill number such as \"AB 1463\"").optional(),
    session: z.string().regex(/^\d{4}-\d{4}$/, "must be a session such as 2023-2024").optional(),
    version: Text.max(100).optional().openapi({ example: "Amended in Assembly March 22, 2023" }),
    authors: z.array(Text.max(100)).min(1, "a bill has at least one author"),
    subject: Text.max(300).openapi({ description: "What the title says the act relates to", example: "personal information" }),
    operations: z.array(Operation).min(1, "a bill has at least one operation"),
  })
  .openapi("BillInput");
export type BillInput = z.infer<typeof BillInput>;
