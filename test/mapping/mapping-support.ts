/**
 * Shared by the mapping tests: the index over the shipped catalog (built once
 * per test file) and the labeled evaluation sets under test/fixtures/mapping/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBundledChecklists } from "../../src/checklists/checklists.seed.js";
import { packageRoot } from "../../src/lib/package-info.js";
import { mappableFromChecklist } from "../../src/mapping/mapping.catalog.js";
import { buildMappingIndex, type MappableRequirement, type MappingIndex } from "../../src/mapping/mapping.engine.js";
import type { EvaluationCase } from "../../src/mapping/mapping.evaluate.js";

let catalog: Promise<{ requirements: MappableRequirement[]; index: MappingIndex }> | undefined;

/** The shipped checklists' requirements and their mapping index. */
export function shippedCatalog() {
  catalog ??= readBundledChecklists().then((files) => {
    const requirements = files.flatMap((f) => mappableFromChecklist(f.checked.input));
    return { requirements, index: buildMappingIndex(requirements) };
  });
  return catalog;
}

/** A labeled set from test/fixtures/mapping/<name>.jsonl. */
export function readCases(name: string): EvaluationCase[] {
  const file = join(packageRoot, "test", "fixtures", "mapping", `${name}.jsonl`);
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as EvaluationCase);
}

/** "Cal. Civ. Code § 1798.90.51(b)(2)(G)" → "1798.90.51(b)(2)(G)"; other codes unchanged. */
export function short(citation: string | undefined): string {
  return (citation ?? "(none)").replace(/^Cal\. Civ\. Code § /, "");
}

/** Operator and end-user provisions with the same path are the same duty. */
export function sameDuty(citation: string | undefined, expected: string): boolean {
  return short(citation).replace("1798.90.53", "1798.90.51") === expected.replace("1798.90.53", "1798.90.51");
}
