/**
 * The amendment format: structured changes to one section's provision tree, as a
 * follow-up bill states them ("strike 'reasonable' in paragraph (2) of subdivision
 * (b)"), and the error raised when a change cannot be applied to the law in force.
 */
import { z } from "@hono/zod-openapi";
import { AppError } from "../lib/errors.js";

/** Keys from the section down: ["b", "2", "G"] is (b)(2)(G); [] is the section's own text. */
export const ProvisionPath = z.array(z.string().min(1)).openapi({ example: ["b", "2", "G"] });

/** A provision added by a bill, with its own sub-provisions. */
export type NewProvision = { label?: string; text: string; children?: NewProvision[] };
export const NewProvision: z.ZodType<NewProvision> = z.lazy(() =>
  z.object({ label: z.string().optional(), text: z.string(), children: z.array(NewProvision).optional() }),
);

export const ReplaceChange = z.object({ type: z.literal("replace"), path: ProvisionPath, text: z.string() });
export const StrikeChange = z.object({ type: z.literal("strike"), path: ProvisionPath, words: z.string().min(1) });
export const InsertChange = z
  .object({ type: z.literal("insert"), path: ProvisionPath, after: z.string().min(1).optional(), before: z.string().min(1).optional(), text: z.string().min(1) })
  .refine((c) => !(c.after !== undefined && c.before !== undefined), { message: "give either after or before, not both" });
export const AddProvisionChange = z.object({
  type: z.literal("add-provision"),
  /** The parent: ["b"] adds a paragraph to subdivision (b); [] adds a subdivision. */
  path: ProvisionPath,
  /** Key of the sibling it follows; omitted: it goes first. */
  after: z.string().min(1).optional(),
  label: z.string().optional(),
  text: z.string(),
  children: z.array(NewProvision).optional(),
});
export const RemoveProvisionChange = z.object({ type: z.literal("remove-provision"), path: ProvisionPath.min(1) });

/** One change to a section; changes apply in order, each to the section as amended by those before it. */
export const AmendmentChange = z
  .union([ReplaceChange, StrikeChange, InsertChange, AddProvisionChange, RemoveProvisionChange])
  .openapi("AmendmentChange");
export type AmendmentChange = z.infer<typeof AmendmentChange>;

/** A run of the section as amended: unchanged, added by the bill, or struck from the law in force. */
export type Segment = { text: string; kind: "same" | "inserted" | "deleted" };

/** A change that cannot apply to the section (missing provision, words absent or ambiguous). */
export class AmendmentError extends AppError {
  constructor(detail: string) {
    super(422, "amendment_invalid", "Amendment cannot be applied", detail);
  }
}
