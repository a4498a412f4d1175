/**
 * Criteria: the statutory requirements a finding violates. A criterion is
 * pinned to the checklist version it relied on and quotes the statute as in
 * force on the audit's date, so a finding reads the same after the law or the
 * checklist changes.
 */
import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { checklistVersions, requirements } from "../db/schema/index.js";
import { findChecklistVersion } from "../checklists/checklists.service.js";
import { NotFoundError, ValidationError } from "../lib/errors.js";
import { provisionAt, versionOn } from "../statutes/statutes.service.js";
import type { AuditRow } from "./audits.service.js";

export type ResolvedCriterion = {
  requirementId: string;
  requirementRowId: number;
  checklistVersionId: number;
  citation: string;
  quotedText: string;
  statuteVersionId: string | null;
};

/**
 * Resolves a requirement reference for a finding of `audit`: at the given
 * checklist version, else the version the audit tests against, else the current one.
 */
export async function resolveCriterion(tx: DbOrTx, audit: AuditRow, ref: { requirement: string; version?: string }, path: string, asOf: string): Promise<ResolvedCriterion> {
  const checklistId = ref.requirement.includes(".") ? ref.requirement.slice(0, ref.requirement.lastIndexOf(".")) : "";
  const pinned = audit.checklists.find((c) => c.checklistId === checklistId);
  let versionId: number;
  try {
    versionId = ref.version !== undefined ? (await findChecklistVersion(tx, checklistId, ref.version)).version.id : pinned ? pinned.versionId : (await findChecklistVersion(tx, checklistId)).version.id;
  } catch (err) {
    if (err instanceof NotFoundError) throw new ValidationError(`Unknown requirement "${ref.requirement}": ${err.message}`, [{ path, message: err.message }]);
    throw err;
  }
  const [version] = await tx.select().from(checklistVersions).where(eq(checklistVersions.id, versionId));
  if (version!.status === "withdrawn") {
    const message = `version ${version!.seq} of ${checklistId} was withdrawn; cite a version in force`;
    throw new ValidationError(`Cannot cite ${ref.requirement}: ${message}.`, [{ path, message }]);
  }
  const [req] = await tx.select().from(requirements).where(and(eq(requirements.checklistVersionId, versionId), eq(requirements.requirementId, ref.requirement)));
  if (!req) {
    const message = `there is no requirement "${ref.requirement}" in version ${version!.seq} of ${checklistId}`;
    throw new ValidationError(`Unknown requirement: ${message}.`, [{ path, message }]);
  }
  // Quote the statute in force on the audit date when we hold it; else the checklist's verbatim quote.
  let quotedText = req.text;
  let statuteVersionId: string | null = null;
  if (req.sectionId) {
    const statute = await versionOn(tx, req.sectionId, asOf);
    const node = statute ? provisionAt(statute, req.path ? req.path.split("/") : []) : undefined;
    if (statute && node?.text) {
      quotedText = node.text;
      statuteVersionId = statute.id;
    }
  }
  return { requirementId: req.requirementId, requirementRowId: req.rowId, checklistVersionId: versionId, citation: req.citation, quotedText, statuteVersionId };
}
