/**
 * The statute store: statute sections as versioned provision trees in the
 * database. Bundled statute files are imported at start-up; "the text in force
 * on date D" is a query over the versions' start and end dates.
 */
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, or } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { statuteSections, statuteVersions } from "../db/schema/index.js";
import { NotFoundError, BadRequestError } from "../lib/errors.js";
import { findProvision, type ProvisionNode } from "./provisions.js";
import { versionProvisions, versionStart, type StatuteFile } from "./statute-file.js";

export type SectionRow = typeof statuteSections.$inferSelect;
export type VersionRow = typeof statuteVersions.$inferSelect;

/** `CA/civ/1798.90.51` */
export function sectionId(jurisdiction: string, code: string, section: string): string {
  return `${jurisdiction}/${code}/${section}`;
}

/**
 * Imports statute files: inserts new sections and versions, refreshes changed
 * ones in place (a version id names one text; editing it corrects a copying
 * error, a new text gets a new version id). Runs in the caller's transaction.
 */
export async function importStatutes(db: DbOrTx, files: readonly StatuteFile[]): Promise<{ sections: number; versions: number }> {
  let versions = 0;
  for (const file of files) {
    const id = sectionId(file.jurisdiction, file.code, file.section);
    const section = { id, jurisdiction: file.jurisdiction, code: file.code, codeName: file.codeName, section: file.section, heading: file.heading ?? null, scheme: file.scheme };
    await db.insert(statuteSections).values(section).onConflictDoUpdate({ target: statuteSections.id, set: section });
    const dated = file.versions.map((v) => ({ v, start: versionStart(v) }));
    for (const [i, { v, start }] of dated.entries()) {
      const next = dated.slice(i + 1).find((d) => d.start !== undefined)?.start;
      const row = {
        id: `${id}@${v.id}`,
        sectionId: id,
        version: v.id,
        startsOn: start ?? null,
        endsOn: start === undefined ? null : next ?? null,
        effective: v.effective ?? null,
        operative: v.operative ?? null,
        asOf: v.asOf ?? null,
        enactedBy: v.enactedBy ?? null,
        history: v.history ?? null,
        sourceUrl: v.sourceUrl,
        complete: v.complete,
        omissions: v.omissions ?? null,
        notes: v.notes ?? null,
        text: v.text ?? null,
        tree: versionProvisions(file, v) ?? null,
      };
      await db.insert(statuteVersions).values(row).onConflictDoUpdate({ target: statuteVersions.id, set: row });
      versions++;
    }
  }
  return { sections: files.length, versions };
}

export type StatuteQuery = { code: string; section: string; jurisdiction?: string; asOf?: string };

/** Finds the section a query names; the jurisdiction may be left out when the code key is unambiguous. */
export async function findSection(db: DbOrTx, q: Pick<StatuteQuery, "code" | "section" | "jurisdiction">): Promise<SectionRow> {
  const rows = await db
    .select()
    .from(statuteSections)
    .where(and(eq(statuteSections.code, q.code), eq(statuteSections.section, q.section), q.jurisdiction ? eq(statuteSections.jurisdiction, q.jurisdiction.toUpperCase()) : undefined));
  if (rows.length === 0) throw new NotFoundError(`No statute ${q.jurisdiction ? q.jurisdiction.toUpperCase() + " " : ""}${q.code} § ${q.section} is stored.`);
  if (rows.length > 1) throw new BadRequestError(`Code "${q.code}" § ${q.section} exists in ${rows.map((r) => r.jurisdiction).join(" and ")}; add ?jurisdiction=.`);
  return rows[0]!;
}

/**
 * The version of a section in force on a date (ISO day), or the newest when no date is given.
 * A version is in force from its start (inclusive) to the next version's start (exclusive).
 */
export async function versionOn(db: DbOrTx, sectionKey: string, asOf?: string): Promise<VersionRow | undefined> {
  return (await versionsOn(db, [sectionKey], asOf)).get(sectionKey);
}

/**
 * The version in force on `asOf` (else the newest) of each of several sections,
 * in one query, so a caller touching many sections (a bill) makes one round trip.
 */
export async function versionsOn(db: DbOrTx, sectionKeys: readonly string[], asOf?: string): Promise<Map<string, VersionRow>> {
  const found = new Map<string, VersionRow>();
  if (sectionKeys.length === 0) return found;
  const inForce = asOf ? and(isNotNull(statuteVersions.startsOn), lte(statuteVersions.startsOn, asOf), or(isNull(statuteVersions.endsOn), gt(statuteVersions.endsOn, asOf))) : undefined;
  const rows = await db
    .select()
    .from(statuteVersions)
    .where(and(inArray(statuteVersions.sectionId, [...sectionKeys]), inForce))
    .orderBy(desc(statuteVersions.startsOn));
  // Newest first: the first row of a section is the one in force (with a date) or the newest (without).
  for (const row of rows) if (!found.has(row.sectionId)) found.set(row.sectionId, row);
  return found;
}

/** A section with the version in force on `asOf` (default: newest) and the list of all its versions. */
export async function getStatute(db: DbOrTx, q: StatuteQuery) {
  const section = await findSection(db, q);
  const version = await versionOn(db, section.id, q.asOf);
  if (!version) throw new NotFoundError(`${section.codeName} § ${section.section} has no version in force on ${q.asOf}.`);
  const versions = await db
    .select({ version: statuteVersions.version, startsOn: statuteVersions.startsOn, endsOn: statuteVersions.endsOn, complete: statuteVersions.complete })
    .from(statuteVersions)
    .where(eq(statuteVersions.sectionId, section.id))
    .orderBy(asc(statuteVersions.startsOn));
  return { section, version, versions };
}

/** The provision at `path` in a version's tree, or undefined. */
export function provisionAt(version: Pick<VersionRow, "tree">, path: readonly string[]): ProvisionNode | undefined {
  return version.tree ? findProvision(version.tree, path) : undefined;
}

/** Every stored version's provision tree by section key, for checking quotations (small: a few dozen sections). */
export async function loadStatuteTrees(db: DbOrTx): Promise<(sectionKey: string) => ProvisionNode[] | undefined> {
  const rows = await db.select({ sectionId: statuteVersions.sectionId, tree: statuteVersions.tree }).from(statuteVersions);
  const bySection = new Map<string, ProvisionNode[]>();
  for (const r of rows) if (r.tree) bySection.set(r.sectionId, [...(bySection.get(r.sectionId) ?? []), r.tree]);
  return (key) => bySection.get(key);
}
