/**
 * The statute data file format: `statutes/<jurisdiction>/<code>/<section>.yaml`.
 *
 * Findings, letters and bills quote the law, so the law ships as data that
 * says exactly where every word came from and what is missing, and the text
 * is never retyped. One file holds one section and all the versions of it we
 * know about. Validated by {@link StatuteFileSchema} when loaded.
 *
 * ```yaml
 * jurisdiction: CA            # two capital letters; the folder is its lower case ("ca")
 * code: civ                   # code key, lower case, the folder name ("civ", "vsa-23", "utah-code")
 * codeName: "Civil Code"      # display name of the code
 * section: "1798.90.51"       # section number as cited; always quoted. The file name is
 *                             # the section with anything outside [A-Za-z0-9.-] replaced by
 *                             # "_" (RSA 261:75-b → 261_75-b.yaml)
 * heading: "..."              # only if the source prints one
 * scheme: ca                  # numbering ladder for parseProvisions: ca | vt | mn | ut | nh
 *                             # (ca also fits Arkansas and Maryland)
 * versions:                   # oldest first
 *   - id: "2016-01-01"        # stable and unique in the file: the date the version starts,
 *                             # "as-of-<date>" when only asOf is known, "reference" when undated
 *     effective: 2016-01-01   # date the text took effect, if the reference states it
 *     operative: 2016-01-01   # date it became operative, if the reference states it
 *     asOf: "2023-08-19"      # date (or "2023-08", "2017") the source says the text was current
 *     enactedBy: "..."        # enacting/amending act, only as the reference states it
 *     history: "(Added by Stats. 2021, Ch. 406, Sec. 2. (AB 481) Effective January 1, 2022.)"
 *                             # the source's history note, verbatim, if it prints one
 *     sourceUrl: https://...  # where the text was copied from
 *     sources: [https://...]  # other copies compared, the official site
 *     referenceFile: statutes_ca/civ_1798.90.5-55_SB34_ALPR.txt
 *                             # the file under /work/shared/reference/ the text was extracted from
 *     complete: true          # false when any of the section's text is missing
 *     omissions: [...]        # required when complete is false: what is missing and why
 *     notes: [...]            # caveats about dates, sources, history
 *     text: |-                # the statute text, verbatim, one provision per line as the
 *       (a) ...               # source lays it out; "[...]" marks text the reference lacks.
 *                             # Omitted when the version is known to exist but its text is not
 *                             # available (then complete is false).
 * ```
 *
 * When a version starts: `operative`, else `effective`, else `asOf` (a partial
 * asOf counts from the last day of its period: "2017" → 2017-12-31). A version
 * with none of the three is undated — kept for its text, never chosen by
 * `versionInForce`. Dated versions must be in order.
 */
import { z } from "zod";
import { LADDERS, type NumberingScheme } from "./provisions-labels.js";

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Strict calendar date "YYYY-MM-DD" (rejects 2023-02-30). */
const IsoDate = z
  .string({ error: "must be a date written YYYY-MM-DD" })
  .regex(ISO_DATE, "must be a date written YYYY-MM-DD")
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s, "is not a calendar date");

/** "2023-08-19", "2023-08" or "2023" (YAML may read a bare year as a number). */
const PartialDate = z
  .union([z.string(), z.number().int()])
  .transform((v) => String(v))
  .pipe(z.string().regex(PARTIAL_DATE, "must be YYYY-MM-DD, YYYY-MM or YYYY"));

const Url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const Note = z.string().trim().min(1, "must not be empty");
export const CUT_MARKER = "[...]";

export const StatuteVersionSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, "must be letters, digits, '.' and '-'"),
    effective: IsoDate.optional(),
    operative: IsoDate.optional(),
    asOf: PartialDate.optional(),
    enactedBy: Note.optional(),
    history: Note.optional(),
    sourceUrl: Url,
    sources: z.array(Url).optional(),
    referenceFile: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "must be a path like statutes_ca/file.txt").optional(),
    complete: z.boolean({ error: "must be true or false" }),
    omissions: z.array(Note).optional(),
    notes: z.array(Note).optional(),
    text: z.string().trim().min(1, "must not be empty").optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.complete && v.text === undefined) ctx.addIssue({ code: "custom", path: ["text"], message: "is required when complete is true" });
    if (v.complete && v.text?.includes(CUT_MARKER)) {
      ctx.addIssue({ code: "custom", path: ["text"], message: `contains the cut marker ${CUT_MARKER}, so complete must be false` });
    }
    if (!v.complete && !v.omissions?.length) {
      ctx.addIssue({ code: "custom", path: ["omissions"], message: "must say what is missing when complete is false" });
    }
  });

export const StatuteFileSchema = z
  .object({
    jurisdiction: z.string().regex(/^[A-Z]{2}$/, "must be two capital letters, e.g. CA"),
    code: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be a lower-case key, e.g. civ"),
    codeName: Note,
    section: z.string({ error: "must be a quoted string, e.g. \"1798.90.51\"" }).regex(/^[0-9A-Za-z][0-9A-Za-z.:-]*$/, "must be a section number"),
    heading: Note.optional(),
    scheme: z.enum(Object.keys(LADDERS) as [NumberingScheme, ...NumberingScheme[]]),
    versions: z.array(StatuteVersionSchema).min(1, "must list at least one version"),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    let previous: string | undefined;
    f.versions.forEach((v, i) => {
      if (seen.has(v.id)) ctx.addIssue({ code: "custom", path: ["versions", i, "id"], message: `duplicates version id "${v.id}"` });
      seen.add(v.id);
      const start = versionStart(v);
      if (start === undefined) return;
      if (previous !== undefined && start <= previous) {
        ctx.addIssue({ code: "custom", path: ["versions", i], message: `starts ${start}, not after the previous version (${previous}); list versions oldest first` });
      }
      previous = start;
    });
  });

export type StatuteVersion = z.infer<typeof StatuteVersionSchema>;
export type StatuteFile = z.infer<typeof StatuteFileSchema>;

/** Last day of a partial date's period: "2017" → "2017-12-31", "2024-02" → "2024-02-29". */
function endOfPeriod(date: string): string {
  if (date.length === 10) return date;
  if (date.length === 4) return `${date}-12-31`;
  const [y, m] = date.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The first day a version can be said to be in force, or undefined if it is undated.
 *
 * @example
 * versionStart({ asOf: "2017" } as StatuteVersion) // "2017-12-31"
 */
export function versionStart(v: Pick<StatuteVersion, "operative" | "effective" | "asOf">): string | undefined {
  return v.operative ?? v.effective ?? (v.asOf === undefined ? undefined : endOfPeriod(v.asOf));
}
