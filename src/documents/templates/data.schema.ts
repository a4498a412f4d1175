/**
 * The data each registry template renders, one named zod schema per template
 * (named in the template's front matter `data:`). Templates receive these
 * plain objects; the registry validates before rendering, so a letter is never
 * produced from half its data.
 */
import { z } from "@hono/zod-openapi";
import { FollowUpStage, RecommendationStatus } from "../../audits/audit.schema.js";

const Text = z.string().trim().min(1, "must not be empty");
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date in the form YYYY-MM-DD");

/** The office a letter comes from and who signs it. */
export const Sender = z
  .object({
    office: Text.openapi({ example: "California State Auditor" }),
    addressLines: z.array(Text).min(1),
    signer: Text.openapi({ example: "Elaine M. Howle, CPA" }),
    signerTitle: Text.openapi({ example: "California State Auditor" }),
    phone: Text.optional(),
    website: Text.optional(),
    logoText: Text.optional().openapi({ description: "A short line above the office name, e.g. a seal caption" }),
    logo: z
      .string()
      .max(400_000, "must be at most about 300 KB")
      .regex(/^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+=*$/, "must be a PNG or JPEG data URL (data:image/png;base64,…)")
      .optional()
      .openapi({ description: "The office's logo as a PNG or JPEG data URL, printed at the top of every letter" }),
  })
  .openapi("LetterSender");

/** Who a letter is addressed to. */
export const Recipient = z
  .object({
    name: Text,
    attention: Text.optional().openapi({ description: "The person addressed, with title, e.g. \"Paco Balderrama, Chief of Police\"" }),
    salutation: Text.optional().openapi({ description: "After \"Dear\", e.g. \"Chief Balderrama\"; \"Sir or Madam\" when absent" }),
    addressLines: z.array(Text).default([]),
  })
  .openapi("LetterRecipient");

/** A statutory requirement as cited and quoted. */
export const Criterion = z.object({
  citation: Text.openapi({ example: "Civil Code section 1798.90.51(b)(2)(G)" }),
  text: Text.openapi({ description: "The statutory text, verbatim" }),
});

const LetterBase = { sender: Sender, date: IsoDate };
/** The audit a document reports on, as letters cite it. */
const AuditRef = z.object({ reportNumber: Text, title: Text, releaseDate: IsoDate });

export const FindingLetterData = z
  .object({
    ...LetterBase,
    agency: Recipient,
    audit: AuditRef,
    findings: z
      .array(z.object({ title: Text, criteria: z.array(Criterion).min(1), condition: Text, cause: Text.optional(), effect: Text.optional() }))
      .min(1),
    recommendations: z.array(z.object({ number: z.number().int().positive(), text: Text })),
    dueDates: z.object({ "60-day": IsoDate, "6-month": IsoDate, "1-year": IsoDate }),
  })
  .openapi("FindingLetterData");

export const ComplianceLetterData = z
  .object({
    ...LetterBase,
    agency: Recipient,
    policy: z.object({ title: Text, checkedOn: IsoDate.optional() }),
    checklist: z.object({ title: Text, citation: Text.optional() }),
    elements: z
      .array(
        z.object({
          requirement: Text.openapi({ description: "What the law requires, in a phrase" }),
          status: z.enum(["missing", "partial"]),
          citation: Text,
          text: Text,
          reasons: z.array(Text).default([]),
        }),
      )
      .min(1),
    respondWithinBusinessDays: z.number().int().positive().max(365),
  })
  .openapi("ComplianceLetterData");

export const SharingJustificationLetterData = z
  .object({
    ...LetterBase,
    recipient: Recipient,
    sharingAgency: Text.openapi({ description: "The agency whose records show the sharing" }),
    audit: AuditRef.omit({ releaseDate: true }).optional(),
    recipientCount: z.number().int().positive().optional().openapi({ description: "How many entities received the data, e.g. 1119" }),
    statute: Criterion.openapi({ description: "Civil Code § 1798.90.55(b), passed from the statute catalog" }),
    respondBy: IsoDate,
    contact: z.object({ name: Text, email: Text.optional(), phone: Text.optional() }).optional(),
  })
  .openapi("SharingJustificationLetterData");

export const FollowUpReminderData = z
  .object({
    ...LetterBase,
    agency: Recipient,
    audit: AuditRef,
    overdue: z
      .array(
        z.object({
          number: z.number().int().positive(),
          text: Text,
          stage: FollowUpStage,
          dueDate: IsoDate,
          lastStatus: RecommendationStatus.nullable().default(null),
          lastResponseDate: IsoDate.optional(),
        }),
      )
      .min(1),
    respondBy: IsoDate,
  })
  .openapi("FollowUpReminderData");

export const AuditSummaryData = z
  .object({
    date: IsoDate,
    office: Text,
    audit: AuditRef,
    findings: z.array(
      z.object({ number: z.number().int().positive(), title: Text, agency: Text, requirement: Text, citation: Text }),
    ),
    byAgency: z.array(z.object({ agency: Text, findings: z.number().int().nonnegative() })),
    byRequirement: z.array(z.object({ requirement: Text, citation: Text, findings: z.number().int().nonnegative() })),
    recommendationsByStatus: z.array(
      z.object({
        status: Text,
        recommendations: z.array(z.object({ number: z.number().int().positive(), agency: Text, text: Text })),
      }),
    ),
  })
  .openapi("AuditSummaryData");

export type FindingLetterData = z.input<typeof FindingLetterData>;
export type ComplianceLetterData = z.input<typeof ComplianceLetterData>;
export type SharingJustificationLetterData = z.input<typeof SharingJustificationLetterData>;
export type FollowUpReminderData = z.input<typeof FollowUpReminderData>;
export type AuditSummaryData = z.input<typeof AuditSummaryData>;
