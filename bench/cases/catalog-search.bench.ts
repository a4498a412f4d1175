/**
 * Requirement search against a 10,000-requirement catalog: the service's
 * search (FTS5 match, filters, snippet, highlighting, fallback) versus a raw
 * FTS5 query on the same index.
 */
import { searchRequirements, toFtsQuery } from "../../src/checklists/requirements.search.js";
import { benchCatalog, benchDatabase } from "../catalog-fixture.js";
import { summarize, timeRuns, type BenchCase } from "../harness.js";

const TARGET = 10_000;
const QUERIES = [
  "retention period destroy",
  "share ALPR information with other agencies",
  "audit searches",
  "training requirements",
  "official custodian",
  "accuracy of data correct errors",
  "public comment before implementing",
  "sell share transfer",
  "username organization purpose of access",
  "security procedures unauthorized access",
  "retained",
  "military equipment use policy",
  "body-worn camera recording",
  "license plate",
  "privacy civil liberties",
];

export const catalogSearchCase: BenchCase = {
  name: "catalog-search",
  description: `GET /api/requirements?q= over ${TARGET.toLocaleString()} requirements: searchRequirements (snippet, highlight, any-word fallback) vs a raw FTS5 MATCH … ORDER BY rank LIMIT 20 on the same index. Target: p99 < 10 ms, ratio < 2.`,
  async run() {
    const catalog = await benchCatalog(TARGET);
    const { database, dispose } = await benchDatabase(catalog);
    try {
      const total = catalog.reduce((n, c) => n + c.input.requirements.length, 0);
      const raw = (q: string) => database.client.execute({ sql: "SELECT rowid, bm25(requirements_fts) AS score FROM requirements_fts WHERE requirements_fts MATCH ? ORDER BY rank LIMIT 20", args: [toFtsQuery(q)!] });
      const runs = QUERIES.length * 40;
      const rawMs = summarize(await timeRuns(runs, (i) => raw(QUERIES[i % QUERIES.length]!)));
      const oursMs = summarize(await timeRuns(runs, (i) => searchRequirements(database.db, { q: QUERIES[i % QUERIES.length]!, limit: 20 })));
      const filtered = summarize(await timeRuns(runs, (i) => searchRequirements(database.db, { q: QUERIES[i % QUERIES.length]!, checklist: "ca-alpr-operator", limit: 20 })));
      return [
        { query: "raw FTS5 (baseline)", requirements: total, queries: runs, "median ms": rawMs.median, "p99 ms": rawMs.p99, ratio: "" },
        { query: "searchRequirements", requirements: total, queries: runs, "median ms": oursMs.median, "p99 ms": oursMs.p99, ratio: (oursMs.median / rawMs.median).toFixed(2) },
        { query: "… with ?checklist=", requirements: total, queries: runs, "median ms": filtered.median, "p99 ms": filtered.p99, ratio: (filtered.median / rawMs.median).toFixed(2) },
      ];
    } finally {
      dispose();
    }
  },
};
