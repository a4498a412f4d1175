/**
 * The requirement catalog: importing checklists as versions, and reading them.
 *
 * Importing a changed checklist never rewrites history: it adds a version,
 * marks the previous one superseded, and leaves its requirements in place so
 * findings that cite them still resolve. Importing identical content is a no-op.
 */
import { and, asc, desc, eq, getTableColumns, max, sql } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { checklists, checklistVersions, requirements } from "../db/schema/index.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { NotFoundError } from "../lib/errors.js";
import { sha256 } from "../lib/hash.js";
import type { Citation } from "../statutes/citations-types.js";
import type { ChecklistInput } from "./checklist.schema.js";
import type { CheckedChecklist } from "./checklist-source.js";

export type ChecklistVersionRow = typeof checklistVersions.$inferSelect;
export type RequirementRow = typeof requirements.$inferSelect;

export type ImportResult = { checklistId: string; status: "created" | "updated" | "unchanged"; version: number; label: string; requirements: number };

/** Stable JSON (sorted keys) so the hash depends on content, not key order. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}

function statuteKey(c: Citation): string {
  return `${c.jurisdiction}/${c.code}/${c.section}`;
}

/** All concept terms of a requirement, flattened for the full-text index. */
function indexTerms(r: ChecklistInput["requirements"][number]): string {
  return r.concepts.flatMap((c) => [c.description, ...c.terms]).join(" ; ");
}

/**
 * Imports a validated checklist as its newest version (or does nothing if the content is unchanged).
 *
 * @example
 * await importChecklist(db, readChecklist(yaml), { actor: "seed" }, clock)
 * // { checklistId: "ca-alpr-operator", status: "created", version: 1, … }
 */
export async function importChecklist(db: Db, checked: CheckedChecklist, who: Actor, clock: Clock): Promise<ImportResult> {
  const { input, citations } = checked;
  const hash = sha256(stableJson(input));
  const now = clock.now().toISOString();
  return db.transaction(async (tx) => {
    const [same] = await tx
      .select()
      .from(checklistVersions)
      .where(and(eq(checklistVersions.checklistId, input.id), eq(checklistVersions.contentHash, hash)))
      .orderBy(desc(checklistVersions.seq))
      .limit(1);
    const [existing] = await tx.select().from(checklists).where(eq(checklists.id, input.id));
    if (same && existing?.currentVersionId === same.id) {
      return { checklistId: input.id, status: "unchanged", version: same.seq, label: same.label, requirements: input.requirements.length } satisfies ImportResult;
    }
    const meta = { title: input.title, jurisdiction: input.jurisdiction, appliesTo: input.appliesTo };
    if (existing) await tx.update(checklists).set(meta).where(eq(checklists.id, input.id));
    else await tx.insert(checklists).values({ id: input.id, ...meta, createdAt: now });

    const [{ last } = { last: null }] = await tx.select({ last: max(checklistVersions.seq) }).from(checklistVersions).where(eq(checklistVersions.checklistId, input.id));
    const seq = (last ?? 0) + 1;
    await tx.update(checklistVersions).set({ status: "superseded" }).where(and(eq(checklistVersions.checklistId, input.id), eq(checklistVersions.status, "current")));
    await tx.update(requirements).set({ isCurrent: false }).where(and(eq(requirements.checklistId, input.id), eq(requirements.isCurrent, true)));
    const [version] = await tx
      .insert(checklistVersions)
      .values({ checklistId: input.id, seq, label: input.version, asOf: input.asOf, status: "current", contentHash: hash, source: input, importedAt: now, importedBy: who.actor })
      .returning();
    const rows = input.requirements.map((r, position) => {
      const citation = citations.get(r.id)!;
      return {
        requirementId: `${input.id}.${r.id}`,
        checklistId: input.id,
        checklistVersionId: version!.id,
        isCurrent: true,
        position,
        key: r.id,
        title: r.title,
        citation: r.citation,
        sectionId: statuteKey(citation),
        path: citation.path.join("/"),
        text: r.text,
        summary: r.summary,
        kind: r.kind,
        parent: r.parent ? `${input.id}.${r.parent}` : null,
        evidence: r.evidence,
        concepts: r.concepts,
        terms: indexTerms(r),
        effective: r.effective ?? null,
        expires: r.expires ?? null,
        crosswalk: r.crosswalk,
      };
    });
    // Chunked so a large checklist stays under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 50) await tx.insert(requirements).values(rows.slice(i, i + 50));
    await tx.update(checklists).set({ currentVersionId: version!.id }).where(eq(checklists.id, input.id));
    await recordAccess(tx, who, { action: existing ? "checklist.version" : "checklist.create", entity: "checklist", entityId: input.id, detail: { version: seq, label: input.version, requirements: rows.length } });
    return { checklistId: input.id, status: existing ? "updated" : "created", version: seq, label: input.version, requirements: rows.length } satisfies ImportResult;
  });
}

/** Every checklist with its current version and requirement count. */
export async function listChecklists(db: DbOrTx) {
  return db
    .select({
      id: checklists.id,
      title: checklists.title,
      jurisdiction: checklists.jurisdiction,
      appliesTo: checklists.appliesTo,
      version: checklistVersions.seq,
      label: checklistVersions.label,
      asOf: checklistVersions.asOf,
      requirementCount: sql<number>`(SELECT count(*) FROM requirements r WHERE r.checklist_version_id = ${checklistVersions.id})`,
      versionCount: sql<number>`(SELECT count(*) FROM checklist_versions v WHERE v.checklist_id = ${checklists.id})`,
    })
    .from(checklists)
    .innerJoin(checklistVersions, eq(checklistVersions.id, checklists.currentVersionId))
    .orderBy(asc(checklists.jurisdiction), asc(checklists.id));
}

/**
 * One version of a checklist: the current one, or `version` — its sequence number (`2`) or its label (`2026.1`).
 */
export async function findChecklistVersion(db: DbOrTx, id: string, version?: string): Promise<{ checklist: typeof checklists.$inferSelect; version: ChecklistVersionRow }> {
  const [checklist] = await db.select().from(checklists).where(eq(checklists.id, id));
  if (!checklist) throw new NotFoundError(`There is no checklist "${id}". GET /api/checklists lists them.`);
  const where =
    version === undefined
      ? eq(checklistVersions.id, checklist.currentVersionId!)
      : and(eq(checklistVersions.checklistId, id), /^\d+$/.test(version) ? eq(checklistVersions.seq, Number(version)) : eq(checklistVersions.label, version));
  const { source: _source, ...columns } = getTableColumns(checklistVersions);
  const [row] = await db.select(columns).from(checklistVersions).where(where).orderBy(desc(checklistVersions.seq)).limit(1);
  if (!row) throw new NotFoundError(`Checklist "${id}" has no version "${version}".`);
  return { checklist, version: { ...row, source: await versionSource(db, row.id) } };
}

/**
 * A checklist version's content (its source and its requirements) never
 * changes once imported — only its status and whether it is current, which are
 * read fresh every time. So content reads are cached per database and version,
 * and a checklist read costs two small queries instead of re-parsing every
 * requirement's JSON.
 */
const contentCache = new WeakMap<object, Map<string, Promise<unknown>>>();
const CACHED_ENTRIES = 128;

function cachedContent<T>(db: DbOrTx, key: string, load: () => PromiseLike<T>): Promise<T> {
  let perDb = contentCache.get(db);
  if (!perDb) contentCache.set(db, (perDb = new Map()));
  let hit = perDb.get(key) as Promise<T> | undefined;
  if (!hit) {
    if (perDb.size >= CACHED_ENTRIES) perDb.delete(perDb.keys().next().value!);
    // Drizzle queries are lazy thenables that run again on every await: keep the settled promise.
    hit = Promise.resolve(load());
    perDb.set(key, hit);
    hit.catch(() => perDb!.delete(key));
  }
  return hit;
}

export function versionRequirements(db: DbOrTx, versionId: number): Promise<RequirementRow[]> {
  return cachedContent(db, `requirements:${versionId}`, () => db.select().from(requirements).where(eq(requirements.checklistVersionId, versionId)).orderBy(asc(requirements.position)));
}

function versionSource(db: DbOrTx, versionId: number): Promise<ChecklistInput> {
  return cachedContent(db, `source:${versionId}`, async () => (await db.select({ source: checklistVersions.source }).from(checklistVersions).where(eq(checklistVersions.id, versionId)))[0]!.source);
}

/** A checklist version with its requirements in file order, and the list of its versions. */
export async function getChecklist(db: DbOrTx, id: string, version?: string) {
  const found = await findChecklistVersion(db, id, version);
  const [reqs, versions] = await Promise.all([
    versionRequirements(db, found.version.id),
    db
      .select({ version: checklistVersions.seq, label: checklistVersions.label, status: checklistVersions.status, asOf: checklistVersions.asOf, importedAt: checklistVersions.importedAt })
      .from(checklistVersions)
      .where(eq(checklistVersions.checklistId, id))
      .orderBy(asc(checklistVersions.seq)),
  ]);
  return { ...found, requirements: reqs, versions };
}

/** A requirement by its global id, at the current version of its checklist (or at a given version). */
export async function getRequirement(db: DbOrTx, requirementId: string, version?: string): Promise<RequirementRow> {
  const checklistId = requirementId.slice(0, requirementId.lastIndexOf("."));
  if (version !== undefined) {
    const found = await findChecklistVersion(db, checklistId, version);
    const [row] = await db.select().from(requirements).where(and(eq(requirements.checklistVersionId, found.version.id), eq(requirements.requirementId, requirementId)));
    if (!row) throw new NotFoundError(`Requirement "${requirementId}" is not in version ${found.version.seq} of ${checklistId}.`);
    return row;
  }
  const [row] = await db.select().from(requirements).where(and(eq(requirements.requirementId, requirementId), eq(requirements.isCurrent, true)));
  if (row) return row;
  // Withdrawn from the current version: still resolvable at the latest version that had it.
  const [old] = await db.select().from(requirements).where(eq(requirements.requirementId, requirementId)).orderBy(desc(requirements.checklistVersionId)).limit(1);
  if (!old) throw new NotFoundError(`There is no requirement "${requirementId}".`);
  return old;
}

/**
 * Withdraws a checklist version (published in error, or the law it quoted was
 * struck): it stays readable so findings that cite it still resolve, but new
 * criteria cannot cite it. Withdrawing the current version makes the newest
 * remaining version current again.
 */
export async function withdrawChecklistVersion(db: Db, id: string, version: string, who: Actor): Promise<ChecklistVersionRow> {
  return db.transaction(async (tx) => {
    const found = await findChecklistVersion(tx, id, version);
    if (found.version.status === "withdrawn") return found.version;
    const [row] = await tx.update(checklistVersions).set({ status: "withdrawn" }).where(eq(checklistVersions.id, found.version.id)).returning();
    if (found.checklist.currentVersionId === found.version.id) {
      await tx.update(requirements).set({ isCurrent: false }).where(eq(requirements.checklistVersionId, found.version.id));
      const [previous] = await tx
        .select()
        .from(checklistVersions)
        .where(and(eq(checklistVersions.checklistId, id), eq(checklistVersions.status, "superseded")))
        .orderBy(desc(checklistVersions.seq))
        .limit(1);
      if (previous) {
        await tx.update(checklistVersions).set({ status: "current" }).where(eq(checklistVersions.id, previous.id));
        await tx.update(requirements).set({ isCurrent: true }).where(eq(requirements.checklistVersionId, previous.id));
      }
      await tx.update(checklists).set({ currentVersionId: previous?.id ?? found.version.id }).where(eq(checklists.id, id));
    }
    await recordAccess(tx, who, { action: "checklist.withdraw", entity: "checklist", entityId: id, detail: { version: found.version.seq } });
    return row!;
  });
}
