/**
 * The finding mapper's service verbs: the index over the current catalog,
 * cached per database and rebuilt only when the catalog changes, and
 * suggestions for a text.
 *
 * Whether the catalog changed is one cheap query per call (the newest
 * checklist version, the newest requirement row and the number of current
 * requirements); the index itself is built from the current requirements only
 * when that answer differs from the cached one.
 */
import { asc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { requirements } from "../db/schema/index.js";
import { NotFoundError } from "../lib/errors.js";
import { buildMappingIndex, suggestRequirements, type MappableRequirement, type MappingIndex, type SuggestOptions, type SuggestResult } from "./mapping.engine.js";

type Cached = { key: string; index: Promise<MappingIndex> };

const cache = new WeakMap<object, Cached>();

/** A fingerprint of the current catalog: changes whenever a checklist version is imported or withdrawn. */
async function catalogKey(db: DbOrTx): Promise<string> {
  const [row] = await db.all<{ v: number | null; r: number | null; n: number }>(sql`
    SELECT (SELECT max(id) FROM checklist_versions) AS v,
           (SELECT max(row_id) FROM requirements) AS r,
           (SELECT count(*) FROM requirements WHERE is_current = 1) AS n`);
  return `${row?.v ?? 0}:${row?.r ?? 0}:${row?.n ?? 0}`;
}

/** The current requirements, in catalog order, in the mapper's shape. */
export async function loadMappableRequirements(db: DbOrTx): Promise<MappableRequirement[]> {
  const rows = await db
    .select({
      requirementId: requirements.requirementId,
      checklistId: requirements.checklistId,
      title: requirements.title,
      citation: requirements.citation,
      text: requirements.text,
      summary: requirements.summary,
      kind: requirements.kind,
      parent: requirements.parent,
      concepts: requirements.concepts,
    })
    .from(requirements)
    .where(eq(requirements.isCurrent, true))
    .orderBy(asc(requirements.checklistId), asc(requirements.position));
  return rows.map((r) => ({
    ...r,
    concepts: r.concepts.map((c) => ({ id: c.id, description: c.description, required: c.required, terms: c.terms, patterns: c.patterns })),
  }));
}

/**
 * The mapping index for the database's current catalog, built on first use and
 * rebuilt when the catalog changes.
 *
 * @example
 * const index = await getMappingIndex(db);
 */
export async function getMappingIndex(db: DbOrTx): Promise<MappingIndex> {
  const key = await catalogKey(db);
  const hit = cache.get(db);
  if (hit?.key === key) return hit.index;
  const index = loadMappableRequirements(db).then(buildMappingIndex);
  cache.set(db, { key, index });
  // A failed build must not stay cached.
  index.catch(() => {
    if (cache.get(db)?.index === index) cache.delete(db);
  });
  return index;
}

/**
 * Suggests the requirements a finding's text most likely describes a violation of.
 *
 * @example
 * await suggestForText(db, "No one audits who searches the database.", { limit: 3 })
 */
export async function suggestForText(db: DbOrTx, text: string, opts: SuggestOptions = {}): Promise<SuggestResult> {
  const index = await getMappingIndex(db);
  if (opts.checklist && !index.entries.some((e) => e.req.checklistId === opts.checklist)) {
    throw new NotFoundError(`There is no checklist "${opts.checklist}" in the current catalog. GET /api/checklists lists them.`);
  }
  return suggestRequirements(index, text, opts);
}
