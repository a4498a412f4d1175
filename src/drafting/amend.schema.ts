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
// Named, so the OpenAPI document refers to it by $ref instead of expanding the recursion forever.
export const NewProvision: z.ZodType<NewProvision> = z
  .lazy(() => z.object({ label: z.string().max(20).optional(), text: z.string(), children: z.array(NewProvision).max(200).optional() }))
  .openapi("NewProvision");

/**
 * Which occurrence of quoted words a change means when they occur more than once:
 * `occurrence: 2` is the second; `all: true` is every one ("Internet Web site"
 * → "internet website" throughout). Without either, the words must be unique.
 */
const Which = {
  occurrence: z.number().int().min(1).optional(),
  all: z.boolean().optional(),
};
const oneWhich = (c: { occurrence?: number; all?: boolean }) => !(c.occurrence !== undefined && c.all);
const ONE_WHICH = { message: "give either occurrence or all, not both" };

/** Replaces a provision's whole text, or, with `words`, those words within it. */
export const ReplaceChange = z
  .object({ type: z.literal("replace"), path: ProvisionPath, words: z.string().min(1).optional(), text: z.string(), ...Which })
  .refine(oneWhich, ONE_WHICH)
  .refine((c) => c.words !== undefined || (c.occurrence === undefined && !c.all), { message: "occurrence and all apply to quoted words; add words" });
export const StrikeChange = z.object({ type: z.literal("strike"), path: ProvisionPath, words: z.string().min(1), ...Which }).refine(oneWhich, ONE_WHICH);
export const InsertChange = z
  .object({ type: z.literal("insert"), path: ProvisionPath, after: z.string().min(1).optional(), before: z.string().min(1).optional(), text: z.string().min(1), ...Which })
  .refine((c) => !(c.after !== undefined && c.before !== undefined), { message: "give either after or before, not both" })
  .refine(oneWhich, ONE_WHICH);
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

/** Where in a bill a failed change is: its operation and change, by index. */
export type AmendmentLocation = { operation?: number; change?: number };

/**
 * A change that cannot apply to the section (missing provision, words absent or
 * ambiguous). It says which operation and change failed as a field error
 * (`/operations/1/changes/0`), so an API client or an editor can point at it.
 */
export class AmendmentError extends AppError {
  constructor(
    detail: string,
    readonly location: AmendmentLocation = {},
  ) {
    const path = location.operation === undefined ? undefined : `/operations/${location.operation}${location.change === undefined ? "" : `/changes/${location.change}`}`;
    super(422, "amendment_invalid", "Amendment cannot be applied", detail, path ? [{ path, message: detail }] : undefined);
  }

  /** The same error, placed: `at({ change: 2 })` inside the engine, `at({ operation: 1 })` by the bill. */
  at(more: AmendmentLocation): AmendmentError {
    return new AmendmentError(this.message, { ...more, ...this.location });
  }
}
