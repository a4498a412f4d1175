/**
 * Finding → requirement suggestions: 1,000 findings against a 10,000-requirement
 * catalog — median and p99 per finding for the mapper (citations, concepts,
 * synonyms, deficiency language, calibration) versus one raw FTS5 any-word
 * query per finding on the same catalog. Also prints the mapper's accuracy on
 * the labeled evaluation sets (bundled catalog only, as the API serves it).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { toFtsQuery } from "../../src/checklists/requirements.search.js";
import { readBundledChecklists } from "../../src/checklists/checklists.seed.js";
import { packagePath } from "../../src/lib/package-info.js";
import { mappableFromChecklist } from "../../src/mapping/mapping.catalog.js";
import { buildMappingIndex, suggestRequirements } from "../../src/mapping/mapping.engine.js";
import { evaluateMapping, type EvaluationCase } from "../../src/mapping/mapping.evaluate.js";
import { benchCatalog, benchDatabase } from "../catalog-fixture.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

const CATALOG = 10_000;
const FINDINGS = 1_000;
const fixtures = packagePath("test", "fixtures", "mapping");

function loadCases(file: string): EvaluationCase[] {
  return readFileSync(join(fixtures, file), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as EvaluationCase);
}

export const mappingCase: BenchCase = {
  name: "mapping",
  description: `POST /api/mapping/suggest engine: ${FINDINGS.toLocaleString()} findings against ${CATALOG.toLocaleString()} requirements vs one raw FTS5 any-word query per finding (ratio of medians). Target: p99 < 20 ms per finding. Accuracy on the labeled sets (bundled catalog).`,
  async run() {
    const sets = readdirSync(fixtures).filter((f) => f.endsWith(".jsonl")).sort();
    const rows: BenchRow[] = [];
    const bundled = (await readBundledChecklists()).flatMap((b) => mappableFromChecklist(b.checked.input));
    const small = buildMappingIndex(bundled);
    for (const set of sets) {
      const e = evaluateMapping(small, loadCases(set));
      rows.push({ measure: `accuracy: ${set}`, n: e.n, "top-1": e.top1, "top-3": e.top3, "false alarms": `${e.falseAlarmRate} of ${e.nNoViolation}` });
    }

    const catalog = await benchCatalog(CATALOG);
    const requirements = catalog.flatMap((c) => mappableFromChecklist(c.input));
    const t0 = performance.now();
    const index = buildMappingIndex(requirements);
    const buildMs = performance.now() - t0;
    const texts = sets.flatMap(loadCases).map((c) => c.text);
    const findings = Array.from({ length: FINDINGS }, (_, i) => `${texts[i % texts.length]}${i >= texts.length ? ` (case ${i})` : ""}`);

    const { database, dispose } = await benchDatabase(catalog);
    try {
      const raw = summarize(
        await timeRuns(FINDINGS, (i) => database.client.execute({ sql: "SELECT rowid, bm25(requirements_fts) FROM requirements_fts WHERE requirements_fts MATCH ? ORDER BY rank LIMIT 5", args: [toFtsQuery(findings[i]!, "any")!] })),
      );
      const ours = summarize(await timeRuns(FINDINGS, (i) => suggestRequirements(index, findings[i]!, { limit: 5 })));
      rows.push(
        { measure: "raw FTS5 any-word query (baseline)", n: FINDINGS, "median ms": raw.median, "p99 ms": raw.p99, requirements: requirements.length },
        { measure: "suggestRequirements", n: FINDINGS, "median ms": ours.median, "p99 ms": ours.p99, requirements: requirements.length, ratio: (ours.median / raw.median).toFixed(2), "index build ms": Math.round(buildMs) },
      );
    } finally {
      dispose();
    }
    return rows;
  },
};
