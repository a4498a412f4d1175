/**
 * A starting draft from an audit: the recommendations addressed to the
 * Legislature become amendments to the provisions their findings' criteria
 * cite, with placeholders where staff must write the words, and an uncodified
 * findings-and-declarations section citing the audit. Nothing is invented:
 * every target comes from a criterion a person confirmed on a finding, and
 * every new word is a bracketed placeholder until staff write it.
 */
import { z } from "@hono/zod-openapi";
import { getAudit } from "../audits/audits.service.js";
import { hydrateFindings } from "../audits/findings.service.js";
import { listRecommendations } from "../audits/recommendations.service.js";
import type { DbOrTx } from "../db/client.js";
import { findings as findingsTable } from "../db/schema/index.js";
import type { Clock } from "../lib/clock.js";
import { ValidationError } from "../lib/errors.js";
import { parseCitation } from "../statutes/citations.js";
import { inArray } from "drizzle-orm";
import { BillInput, CodeId, type Operation } from "./bill.schema.js";
import type { AmendmentChange } from "./amend.schema.js";
import { joinNames } from "./assemble.js";
import { longDate } from "../documents/templates/dates.js";

export const FromAuditRequest = z
  .object({
    audit: z.string().min(1).max(100).openapi({ example: "2019-118" }),
    recommendations: z.array(z.number().int().positive()).max(500).optional().openapi({ description: "Recommendation numbers; default: every recommendation addressed to the Legislature", example: [57, 59] }),
    house: z.enum(["Assembly", "Senate"]),
    authors: z.array(z.string().trim().min(1).max(100)).min(1).max(100),
    subject: z.string().trim().min(1).max(300).default("personal information"),
    number: z.string().regex(/^(AB|SB) \d+$/).optional(),
    session: z.string().regex(/^\d{4}-\d{4}$/).optional(),
  })
  .openapi("BillFromAuditRequest");
export type FromAuditRequest = z.infer<typeof FromAuditRequest>;

export type DraftTarget = { recommendation: number; citation: string; findings: string[] };
export type DraftFromAudit = { auditId: string; input: BillInput; targets: DraftTarget[]; unmapped: { recommendation: number; reason: string }[] };

/** "February 2020" from "2020-02-13". */
function monthYear(day: string | null): string | undefined {
  return day ? longDate(day).replace(/ \d+,/, "") : undefined;
}

/** Ends a finding title as a sentence. */
const sentence = (s: string) => s.trim().replace(/[.;:,]*$/, ".");

/**
 * Proposes a starting draft; the caller stores it as a bill.
 * @throws ValidationError when a chosen recommendation is not addressed to the Legislature or does not exist
 */
export async function draftFromAudit(db: DbOrTx, req: FromAuditRequest, clock: Clock): Promise<DraftFromAudit> {
  const audit = await getAudit(db, req.audit);
  const recs = (await listRecommendations(db, { audit: audit.id, limit: 10_000, offset: 0 }, clock)).items;
  const legislative = recs.filter((r) => r.kind === "legislative");
  const chosen = req.recommendations ? req.recommendations.map((n) => recs.find((r) => r.number === n) ?? n) : legislative;
  const bad = chosen.map((r, i) => (typeof r === "number" ? `recommendations.${i}: audit ${audit.reportNumber} has no recommendation ${r}` : r.kind !== "legislative" ? `recommendations.${i}: recommendation ${r.number} is addressed to ${r.addressee.name}, not the Legislature` : undefined)).filter((x): x is string => !!x);
  if (bad.length) throw new ValidationError(bad[0]!, bad.map((m) => ({ path: m.split(":")[0]!, message: m.slice(m.indexOf(":") + 2) })));
  const selected = chosen.filter((r): r is (typeof recs)[number] => typeof r !== "number");
  if (selected.length === 0) throw new ValidationError(`Audit ${audit.reportNumber} has no recommendations addressed to the Legislature; choose some with "recommendations".`, [{ path: "recommendations", message: "none addressed to the Legislature" }]);

  const findingIds = [...new Set(selected.flatMap((r) => r.findings))];
  const found = findingIds.length ? await hydrateFindings(db, await db.select().from(findingsTable).where(inArray(findingsTable.id, findingIds))) : [];
  const byId = new Map(found.map((f) => [f.id, f]));

  // Per recommendation, the California provisions its findings' criteria cite, most cited first, one per section.
  const changes = new Map<string, { list: AmendmentChange[]; recs: number[] }>();
  const targets: DraftTarget[] = [];
  const unmapped: DraftFromAudit["unmapped"] = [];
  for (const rec of selected) {
    const cited = new Map<string, { citation: string; code: string; section: string; path: string[]; findings: string[] }>();
    for (const fid of rec.findings) {
      for (const c of byId.get(fid)?.criteria ?? []) {
        const parsed = parseCitation(c.citation);
        if (!parsed || parsed.jurisdiction !== "CA" || !CodeId.safeParse(parsed.code).success) continue;
        const entry = cited.get(c.citation) ?? { citation: c.citation, code: parsed.code, section: parsed.section, path: parsed.path, findings: [] };
        entry.findings.push(byId.get(fid)!.key);
        cited.set(c.citation, entry);
      }
    }
    const bySection = new Map<string, (typeof cited extends Map<string, infer V> ? V : never)>();
    for (const t of [...cited.values()].sort((a, b) => b.findings.length - a.findings.length)) {
      const key = `${t.code}/${t.section}`;
      if (!bySection.has(key)) bySection.set(key, t);
    }
    if (bySection.size === 0) {
      unmapped.push({ recommendation: rec.number, reason: "its findings cite no stored California code section; draft this part by hand" });
      continue;
    }
    for (const [key, t] of bySection) {
      const entry = changes.get(key) ?? { list: [], recs: [] };
      entry.list.push({ type: "insert", path: t.path, text: `[DRAFT TEXT FOR RECOMMENDATION ${rec.number}]` });
      if (!entry.recs.includes(rec.number)) entry.recs.push(rec.number);
      changes.set(key, entry);
      targets.push({ recommendation: rec.number, citation: t.citation, findings: t.findings });
    }
  }

  const when = monthYear(audit.releaseDate);
  const findingLines = found.sort((a, b) => a.position - b.position).map((f, i) => `(${i + 1}) ${sentence(f.title)}`);
  const findingsText = [
    `(a) ${when ? `In ${when}, the` : "The"} ${audit.office} issued Report ${audit.reportNumber}, “${audit.title}.”`,
    ...(findingLines.length ? ["(b) The report found all of the following:", ...findingLines] : []),
    `(${findingLines.length ? "c" : "b"}) It is the intent of the Legislature to [STATE THE INTENT OF THE LEGISLATURE].`,
  ].join("\n");
  const recList = (nums: number[]) => (nums.length === 1 ? `Recommendation ${nums[0]}` : `Recommendations ${joinNames(nums.map(String))}`);
  const operations: Operation[] = [
    { op: "uncodified", kind: "findings", text: findingsText, note: `Cites Report ${audit.reportNumber}; the findings are the audit's as recorded in Oversight — check them against the report before introduction.` },
    ...[...changes].map(([key, { list, recs: nums }]): Operation => {
      const [code, section] = key.split("/") as [CodeId, string];
      const texts = nums.map((n) => `Recommendation ${n}: “${selected.find((r) => r.number === n)!.text}”`).join(" ");
      return { op: "amend", code, section, changes: list, note: `Answers ${recList(nums)} of Report ${audit.reportNumber}. ${texts}` };
    }),
  ];
  const input = BillInput.parse({ house: req.house, number: req.number, session: req.session, authors: req.authors, subject: req.subject, operations });
  return { auditId: audit.id, input, targets, unmapped };
}
