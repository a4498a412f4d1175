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
import { findProvision } from "../statutes/provisions.js";
import { BillInput, CodeId, type Operation } from "./bill.schema.js";
import { storedStatutes } from "./statute-source.js";
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

type Rec = Awaited<ReturnType<typeof listRecommendations>>["items"][number];
type Finding = Awaited<ReturnType<typeof hydrateFindings>>[number];
type Cited = { citation: string; code: CodeId; section: string; path: string[]; findings: string[] };

/** The recommendations asked for (default: all to the Legislature); a missing one or one to an agency is a 422 naming it. */
function selectRecommendations(recs: Rec[], numbers: number[] | undefined, report: string): Rec[] {
  const problems: { path: string; message: string }[] = [];
  const chosen = numbers
    ? numbers.flatMap((n, i) => {
        const rec = recs.find((r) => r.number === n);
        if (!rec) problems.push({ path: `recommendations.${i}`, message: `audit ${report} has no recommendation ${n}` });
        else if (rec.kind !== "legislative") problems.push({ path: `recommendations.${i}`, message: `recommendation ${n} is addressed to ${rec.addressee.name}, not the Legislature` });
        return rec ? [rec] : [];
      })
    : recs.filter((r) => r.kind === "legislative");
  if (problems.length) throw new ValidationError(`${problems[0]!.path}: ${problems[0]!.message}`, problems);
  if (chosen.length === 0) throw new ValidationError(`Audit ${report} has no recommendations addressed to the Legislature; choose some with "recommendations".`, [{ path: "recommendations", message: "none addressed to the Legislature" }]);
  return chosen;
}

/** The California provisions a recommendation's findings cite, most cited first, one per section. */
function citedProvisions(rec: Rec, findings: Map<string, Finding>): Cited[] {
  const cited = new Map<string, Cited>();
  for (const f of rec.findings.map((id) => findings.get(id)).filter((f): f is Finding => f !== undefined)) {
    for (const c of f.criteria) {
      const parsed = parseCitation(c.citation);
      const code = CodeId.safeParse(parsed?.code);
      if (!parsed || parsed.jurisdiction !== "CA" || !code.success) continue;
      const entry = cited.get(c.citation) ?? { citation: c.citation, code: code.data, section: parsed.section, path: parsed.path, findings: [] };
      entry.findings.push(f.key);
      cited.set(c.citation, entry);
    }
  }
  const bySection = new Map<string, Cited>();
  for (const t of [...cited.values()].sort((a, b) => b.findings.length - a.findings.length)) if (!bySection.has(`${t.code}/${t.section}`)) bySection.set(`${t.code}/${t.section}`, t);
  return [...bySection.values()];
}

/** The uncodified findings and declarations: the report, what it found, and the intent staff must state. */
function findingsAndDeclarations(audit: { office: string; reportNumber: string; title: string; releaseDate: string | null }, found: Finding[]): string {
  const when = monthYear(audit.releaseDate);
  const lines = [...found].sort((a, b) => a.position - b.position).map((f, i) => `(${i + 1}) ${sentence(f.title)}`);
  return [
    `(a) ${when ? `In ${when}, the` : "The"} ${audit.office} issued Report ${audit.reportNumber}, “${audit.title}.”`,
    ...(lines.length ? ["(b) The report found all of the following:", ...lines] : []),
    `(${lines.length ? "c" : "b"}) It is the intent of the Legislature to [STATE THE INTENT OF THE LEGISLATURE].`,
  ].join("\n");
}

/**
 * Proposes a starting draft; the caller stores it as a bill. A provision whose
 * section is not stored, or that the stored text does not have, is reported as
 * unmapped rather than drafted against.
 * @throws ValidationError when a chosen recommendation is not addressed to the Legislature or does not exist
 */
export async function draftFromAudit(db: DbOrTx, req: FromAuditRequest, clock: Clock): Promise<DraftFromAudit> {
  const audit = await getAudit(db, req.audit);
  const recs = (await listRecommendations(db, { audit: audit.id, limit: 10_000, offset: 0 }, clock)).items;
  const selected = selectRecommendations(recs, req.recommendations, audit.reportNumber);
  const findingIds = [...new Set(selected.flatMap((r) => r.findings))];
  const found = findingIds.length ? await hydrateFindings(db, await db.select().from(findingsTable).where(inArray(findingsTable.id, findingIds))) : [];
  const byId = new Map(found.map((f) => [f.id, f]));

  const perRec = selected.map((rec) => ({ rec, cited: citedProvisions(rec, byId) }));
  const law = await storedStatutes(db, { operations: perRec.flatMap(({ cited }) => cited.map((t): Operation => ({ op: "amend", code: t.code, section: t.section, changes: [] }))) });

  const changes = new Map<string, { code: CodeId; section: string; list: AmendmentChange[]; recs: Rec[] }>();
  const targets: DraftTarget[] = [];
  const unmapped: DraftFromAudit["unmapped"] = [];
  for (const { rec, cited } of perRec) {
    const usable = cited.filter((t) => {
      const stored = law(t.code, t.section);
      return stored && findProvision("root" in stored ? stored.root : stored, t.path);
    });
    if (usable.length === 0) {
      unmapped.push({ recommendation: rec.number, reason: cited.length ? `the provisions its findings cite (${cited.map((t) => t.citation).join(", ")}) are not in the stored statutes; draft this part by hand` : "its findings cite no California code section; draft this part by hand" });
      continue;
    }
    for (const t of usable) {
      const key = `${t.code}/${t.section}`;
      const entry = changes.get(key) ?? { code: t.code, section: t.section, list: [], recs: [] };
      entry.list.push({ type: "insert", path: t.path, text: `[DRAFT TEXT FOR RECOMMENDATION ${rec.number}]` });
      if (!entry.recs.includes(rec)) entry.recs.push(rec);
      changes.set(key, entry);
      targets.push({ recommendation: rec.number, citation: t.citation, findings: t.findings });
    }
  }

  const recList = (nums: number[]) => (nums.length === 1 ? `Recommendation ${nums[0]}` : `Recommendations ${joinNames(nums.map(String))}`);
  const operations: Operation[] = [
    { op: "uncodified", kind: "findings", text: findingsAndDeclarations(audit, found), note: `Cites Report ${audit.reportNumber}; the findings are the audit's as recorded in Oversight — check them against the report before introduction.` },
    ...[...changes.values()].map(({ code, section, list, recs: answered }): Operation => ({
      op: "amend",
      code,
      section,
      changes: list,
      note: `Answers ${recList(answered.map((r) => r.number))} of Report ${audit.reportNumber}. ${answered.map((r) => `Recommendation ${r.number}: “${r.text}”`).join(" ")}`,
    })),
  ];
  const input = BillInput.parse({ house: req.house, number: req.number, session: req.session, authors: req.authors, subject: req.subject, operations });
  return { auditId: audit.id, input, targets, unmapped };
}
