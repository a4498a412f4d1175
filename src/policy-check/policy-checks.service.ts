/**
 * Policy-check runs as a service: read the document, check it against a
 * checklist version, store the run (document hash, checklist version, agency,
 * results) with its access-log row, and compare runs.
 */
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { checklistVersions, policyChecks } from "../db/schema/index.js";
import { findChecklistVersion } from "../checklists/checklists.service.js";
import { getAgency } from "../audits/agencies.service.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { NotFoundError } from "../lib/errors.js";
import { sha256 } from "../lib/hash.js";
import { randomKey } from "../lib/ids.js";
import { checkPolicy } from "./assess.js";
import { readPolicyDocument, type PolicyDocumentInput } from "./document.js";
import type { PolicyCheckResult } from "./policy-check.schema.js";

export type PolicyCheckRow = typeof policyChecks.$inferSelect;

export type RunRequest = { checklist: string; version?: string; agency?: string; document: PolicyDocumentInput };

/** Results with global requirement ids (`<checklist>.<requirement>`), as every other API names requirements. */
export function globalResults(checklistId: string, result: PolicyCheckResult): PolicyCheckResult {
  const g = (id: string | undefined) => (id === undefined ? undefined : `${checklistId}.${id}`);
  return { summary: result.summary, results: result.results.map((r) => ({ ...r, requirementId: g(r.requirementId)!, ...(r.parent ? { parent: g(r.parent) } : {}) })) };
}

/**
 * Checks a policy document and stores the run. Nothing is stored when the
 * document cannot be read.
 *
 * @example
 * await runPolicyCheck(db, { checklist: "ca-alpr-operator", document: { format: "markdown", content, name: "463.md" } }, who, clock)
 */
export async function runPolicyCheck(db: Db, req: RunRequest, who: Actor, clock: Clock): Promise<PolicyCheckRow> {
  const { checklist, version } = await findChecklistVersion(db, req.checklist, req.version);
  if (req.agency) await getAgency(db, req.agency);
  const doc = await readPolicyDocument(req.document); // unreadable documents throw a typed 415/422 before anything is stored
  const result = globalResults(checklist.id, checkPolicy(doc, version.source.requirements));
  const bytes = typeof req.document.content === "string" ? Buffer.from(req.document.content, "utf8") : req.document.content;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(policyChecks)
      .values({
        id: `pc-${randomKey(10)}`,
        checklistId: checklist.id,
        checklistVersionId: version.id,
        agencyId: req.agency ?? null,
        documentName: req.document.name ?? null,
        documentFormat: doc.format,
        documentHash: sha256(bytes),
        documentBytes: bytes.byteLength,
        wordCount: doc.wordCount,
        summary: result.summary,
        results: result.results,
        createdBy: who.actor,
        createdAt: clock.now().toISOString(),
      })
      .returning();
    await recordAccess(tx, who, { action: "policy-check.run", entity: "policy-check", entityId: row!.id, detail: { checklist: checklist.id, agency: req.agency ?? null, ...result.summary } });
    return row!;
  });
}

export async function getPolicyCheck(db: DbOrTx, id: string): Promise<PolicyCheckRow> {
  const [row] = await db.select().from(policyChecks).where(eq(policyChecks.id, id));
  if (!row) throw new NotFoundError(`There is no policy check "${id}".`);
  return row;
}

export async function listPolicyChecks(db: DbOrTx, q: { agency?: string; checklist?: string; limit: number; offset: number }) {
  if (q.agency) await getAgency(db, q.agency);
  const where = and(q.agency ? eq(policyChecks.agencyId, q.agency) : undefined, q.checklist ? eq(policyChecks.checklistId, q.checklist) : undefined);
  return db.select().from(policyChecks).where(where).orderBy(desc(policyChecks.createdAt), desc(policyChecks.id)).limit(q.limit).offset(q.offset);
}

const RANK = { missing: 0, partial: 1, addressed: 2 } as const;

/**
 * What changed from one run to a later one, requirement by requirement
 * (matched by citation, so runs against different checklist versions compare).
 *
 * @example
 * diffPolicyChecks(before, after).improved // [{ citation: "… (b)(2)(G)", from: "partial", to: "addressed" }]
 */
export function diffPolicyChecks(before: Pick<PolicyCheckRow, "results">, after: Pick<PolicyCheckRow, "results">) {
  const old = new Map(before.results.map((r) => [r.citation, r]));
  const changes = { improved: [] as Change[], regressed: [] as Change[], unchanged: [] as Change[], added: [] as Change[], removed: [] as Change[] };
  for (const r of after.results) {
    const o = old.get(r.citation);
    old.delete(r.citation);
    const change: Change = { requirementId: r.requirementId, citation: r.citation, title: r.title, from: o?.status ?? null, to: r.status };
    if (!o) changes.added.push(change);
    else if (RANK[r.status] > RANK[o.status]) changes.improved.push(change);
    else if (RANK[r.status] < RANK[o.status]) changes.regressed.push(change);
    else changes.unchanged.push(change);
  }
  for (const o of old.values()) changes.removed.push({ requirementId: o.requirementId, citation: o.citation, title: o.title, from: o.status, to: null });
  return changes;
}

export type Change = { requirementId: string; citation: string; title: string; from: "addressed" | "partial" | "missing" | null; to: "addressed" | "partial" | "missing" | null };

/** Version number and label of each checklist version id, for showing runs. */
export async function checklistVersionLabels(db: DbOrTx, ids: number[]): Promise<Map<number, { version: number; label: string }>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await db.select({ id: checklistVersions.id, seq: checklistVersions.seq, label: checklistVersions.label }).from(checklistVersions).where(inArray(checklistVersions.id, unique)) : [];
  return new Map(rows.map((r) => [r.id, { version: r.seq, label: r.label }]));
}
