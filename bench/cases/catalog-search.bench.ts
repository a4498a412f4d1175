/**
 * Requirement search against a 10,000-requirement catalog: the service's
 * search (FTS5 match, join, filters, snippet, highlighting, fallback) versus a
 * raw FTS5 query on the same index. The catalog replicates the bundled
 * requirements with varied wording, so term statistics look like real law.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundledChecklists } from "../../src/checklists/checklists.seed.js";
import { importChecklist } from "../../src/checklists/checklists.service.js";
import { searchRequirements, toFtsQuery } from "../../src/checklists/requirements.search.js";
import { openDatabase } from "../../src/db/client.js";
import { migrateDatabase } from "../../src/db/migrate.js";
import { systemClock } from "../../src/lib/clock.js";
import type { ChecklistInput } from "../../src/checklists/checklist.schema.js";
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

const SWAPS: Array<[RegExp, string[]]> = [
  [/\bretain(ed)?\b/g, ["keep", "store", "hold", "retain"]],
  [/\bshar(e|ing)\b/g, ["disclose", "provide", "share", "release"]],
  [/\bpolicy\b/g, ["procedure", "directive", "policy", "order"]],
  [/\bagency\b/g, ["department", "office", "agency", "bureau"]],
  [/\binformation\b/g, ["data", "records", "information", "scans"]],
];

/** A variant of a checklist whose requirement text differs by word swaps and a numbered clause. */
function variant(source: ChecklistInput, n: number): ChecklistInput {
  const vary = (s: string, k: number) => SWAPS.reduce((acc, [re, words]) => acc.replace(re, words[(n + k) % words.length]!), s) + ` (variant ${n}-${k})`;
  return {
    ...source,
    id: `${source.id}-v${n}`,
    version: `bench.${n}`,
    requirements: source.requirements.map((r, k) => ({ ...r, text: vary(r.text, k), summary: vary(r.summary, k + 1), title: `${r.title} ${n}` })),
  };
}

export const catalogSearchCase: BenchCase = {
  name: "catalog-search",
  description: `GET /api/requirements?q= over ${TARGET.toLocaleString()} requirements: searchRequirements (join, filters, snippet, highlight) vs a raw FTS5 MATCH … ORDER BY rank LIMIT 20 on the same index. Target: p99 < 10 ms, ratio < 2.`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "oversight-bench-catalog-"));
    const database = await openDatabase({ url: `file:${join(dir, "catalog.db")}` });
    try {
      await migrateDatabase(database);
      const bundled = (await readBundledChecklists()).map((b) => b.checked);
      let total = 0;
      for (let n = 0; total < TARGET; n++) {
        const base = bundled[n % bundled.length]!;
        const input = variant(base.input, n);
        const citations = new Map([...base.citations].map(([k, v]) => [k, v]));
        await importChecklist(database.db, { input, citations }, { actor: "bench" }, systemClock);
        total += input.requirements.length;
      }
      const raw = (q: string) => database.client.execute({ sql: "SELECT rowid, bm25(requirements_fts) AS score FROM requirements_fts WHERE requirements_fts MATCH ? ORDER BY rank LIMIT 20", args: [toFtsQuery(q)!] });
      const ours = (q: string) => searchRequirements(database.db, { q, limit: 20 });
      const runs = QUERIES.length * 40;
      const rawMs = summarize(await timeRuns(runs, (i) => raw(QUERIES[i % QUERIES.length]!)));
      const oursMs = summarize(await timeRuns(runs, (i) => ours(QUERIES[i % QUERIES.length]!)));
      const filtered = summarize(await timeRuns(runs, (i) => searchRequirements(database.db, { q: QUERIES[i % QUERIES.length]!, checklist: "ca-alpr-operator", limit: 20 })));
      return [
        { query: "raw FTS5 (baseline)", requirements: total, queries: runs, "median ms": rawMs.median, "p99 ms": rawMs.p99, ratio: "" },
        { query: "searchRequirements", requirements: total, queries: runs, "median ms": oursMs.median, "p99 ms": oursMs.p99, ratio: (oursMs.median / rawMs.median).toFixed(2) },
        { query: "… with ?checklist=", requirements: total, queries: runs, "median ms": filtered.median, "p99 ms": filtered.p99, ratio: (filtered.median / rawMs.median).toFixed(2) },
      ];
    } finally {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
