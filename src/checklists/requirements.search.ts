/**
 * Full-text search over the requirement catalog with SQLite FTS5 (built into
 * libSQL): ranked by BM25 with the title and citation weighted above the body,
 * filtered by checklist and by citation (a provision and everything under it),
 * with highlighted snippets that are safe to put in a page.
 */
import { escapeHtml } from "../lib/html.js";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { BadRequestError } from "../lib/errors.js";
import { parseCitation } from "../statutes/citations.js";

export type RequirementHit = {
  requirementId: string;
  checklistId: string;
  title: string;
  citation: string;
  kind: string;
  /** HTML-escaped excerpt with matches wrapped in <mark>…</mark>; null when listing without a query. */
  snippet: string | null;
  /** BM25 relevance, higher is better; null without a query. */
  score: number | null;
};

export type SearchQuery = { q?: string; checklist?: string; citation?: string; limit?: number; offset?: number };

// Control characters can't occur in requirement text, so they mark matches unambiguously before escaping.
const OPEN = "\u0002";
const CLOSE = "\u0003";

/**
 * Turns what a person types into a safe FTS5 query: words become quoted
 * terms (so FTS syntax in the input is inert), the last one a prefix.
 *
 * @example
 * toFtsQuery('retention "5 years"')    // '"retention" "5" "years"*'
 * toFtsQuery("purpose of access", "any") // '"purpose" OR "access"*'
 * toFtsQuery("   ")                   // undefined
 */
export function toFtsQuery(q: string, mode: "all" | "any" = "all"): string | undefined {
  const all = q.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  // Function words carry no meaning for ranking and, in an any-word query, match everything.
  const content = all.filter((w) => !STOPWORDS.has(w));
  const words = content.length ? content : all;
  if (words.length === 0) return undefined;
  const terms = words.slice(0, 32).map((w, i, all) => `"${w}"${i === all.length - 1 && w.length >= 3 && !/^\d+$/.test(w) ? "*" : ""}`);
  return terms.join(mode === "all" ? " " : " OR ");
}

const STOPWORDS = new Set(
  "a an and any are as at be been but by for from has have if in into is it its no not of on or shall such that the their them there these this those to was were which who will with".split(" "),
);

/** Escapes the snippet, then turns the match markers into <mark> tags. */
export function highlight(raw: string): string {
  return escapeHtml(raw).replaceAll(OPEN, "<mark>").replaceAll(CLOSE, "</mark>");
}

function citationFilter(citation: string): SQL {
  const c = parseCitation(citation);
  if (!c) throw new BadRequestError(`"${citation}" is not a citation this service can read (try "Cal. Civ. Code § 1798.90.51(b)").`);
  const sectionId = `${c.jurisdiction}/${c.code}/${c.section}`;
  if (c.path.length === 0) return sql`r.section_id = ${sectionId}`;
  const path = c.path.join("/");
  return sql`r.section_id = ${sectionId} AND (r.path = ${path} OR r.path LIKE ${path + "/%"})`;
}

/** The FTS token the `tag` column holds for a checklist (see the requirements_fts migration). */
function checklistTag(id: string): string {
  return "x" + Buffer.from(id, "utf8").toString("hex").toUpperCase();
}

const COLUMNS = sql.raw(`r.requirement_id AS requirementId, r.checklist_id AS checklistId, r.title, r.citation, r.kind`);
// Title and citation outweigh the body; the checklist tag column carries no weight.
const BM25 = sql.raw(`bm25(requirements_fts, 6.0, 4.0, 1.0, 2.0, 1.5, 0.0)`);

/**
 * Searches current requirements. Every word must match (stems: "retained" finds
 * "retention"); if nothing matches all of them, any word may.
 *
 * The index holds only current requirements and tags each with its checklist,
 * so the common query is answered inside FTS5: rank, cut to the page, and only
 * then join the page's rows for their details.
 *
 * @example
 * await searchRequirements(db, { q: "retention destroy", checklist: "ca-alpr-operator" })
 */
export async function searchRequirements(db: DbOrTx, query: SearchQuery): Promise<{ results: RequirementHit[]; nextOffset: number | null }> {
  const limit = Math.min(Math.max(query.limit ?? 20, 1), 100);
  const offset = Math.max(query.offset ?? 0, 0);
  const citation = query.citation ? citationFilter(query.citation) : undefined;
  const all = query.q ? toFtsQuery(query.q, "all") : undefined;

  let rows: RequirementHit[];
  if (!all) {
    const filters = [sql`r.is_current = 1`, query.checklist ? sql`r.checklist_id = ${query.checklist}` : undefined, citation].filter((f): f is SQL => f !== undefined);
    rows = await db.all<RequirementHit>(sql`
      SELECT ${COLUMNS}, NULL AS snippet, NULL AS score FROM requirements r WHERE ${sql.join(filters, sql` AND `)}
      ORDER BY r.checklist_id, r.position LIMIT ${limit + 1} OFFSET ${offset}`);
  } else {
    const run = (terms: string) => {
      const match = query.checklist ? `tag : ${checklistTag(query.checklist)} AND (${terms})` : terms;
      // A citation filter needs the requirements table before the cut; everything else is FTS-only.
      const ranked = citation
        ? sql`SELECT f.rowid AS rid, snippet(requirements_fts, -1, ${OPEN}, ${CLOSE}, '…', 18) AS snip, ${BM25} AS s
              FROM requirements_fts f JOIN requirements r ON r.row_id = f.rowid
              WHERE requirements_fts MATCH ${match} AND ${citation} ORDER BY s LIMIT ${limit + 1} OFFSET ${offset}`
        : sql`SELECT rowid AS rid, snippet(requirements_fts, -1, ${OPEN}, ${CLOSE}, '…', 18) AS snip, ${BM25} AS s
              FROM requirements_fts WHERE requirements_fts MATCH ${match} ORDER BY s LIMIT ${limit + 1} OFFSET ${offset}`;
      return db.all<RequirementHit>(sql`
        SELECT ${COLUMNS}, top.snip AS snippet, -top.s AS score
        FROM (${ranked}) top JOIN requirements r ON r.row_id = top.rid ORDER BY top.s`);
    };
    rows = await run(all);
    if (rows.length === 0 && offset === 0) {
      const any = toFtsQuery(query.q!, "any")!;
      if (any !== all) rows = await run(any);
    }
    rows = rows.map((r) => ({ ...r, snippet: r.snippet === null ? null : highlight(r.snippet), score: Math.round(r.score! * 1000) / 1000 }));
  }
  const more = rows.length > limit;
  return { results: more ? rows.slice(0, limit) : rows, nextOffset: more ? offset + limit : null };
}
