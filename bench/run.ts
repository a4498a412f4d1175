/** `npm run bench [-- filter]`: runs every benchmark case (or those matching the filter) and prints its table. */
import { printTable, type BenchCase } from "./harness.js";
import { catalogSearchCase } from "./cases/catalog-search.bench.js";
import { citationsCase } from "./cases/citations.bench.js";
import { documentsCase } from "./cases/documents.bench.js";
import { draftingBillCase } from "./cases/drafting-bill.bench.js";
import { draftingCompareCase } from "./cases/drafting-compare.bench.js";
import { httpCase } from "./cases/http.bench.js";
import { mappingCase } from "./cases/mapping.bench.js";
import { policyCheckCase } from "./cases/policy-check.bench.js";

const cases: BenchCase[] = [httpCase, catalogSearchCase, citationsCase, mappingCase, policyCheckCase, documentsCase, draftingBillCase, draftingCompareCase];

const filter = process.argv[2];
const selected = cases.filter((c) => !filter || c.name.includes(filter));
if (selected.length === 0) {
  console.error(`No benchmark matches "${filter}". Cases: ${cases.map((c) => c.name).join(", ")}`);
  process.exit(2);
}
for (const c of selected) {
  console.log(`\n## ${c.name}\n${c.description}\n`);
  const started = performance.now();
  printTable(await c.run());
  console.log(`(${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
