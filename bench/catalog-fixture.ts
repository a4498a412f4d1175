/**
 * A large requirement catalog for benchmarks: the bundled checklists
 * replicated with varied wording (synonym swaps, numbered variants) until it
 * holds `target` requirements, so term statistics look like real law.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChecklistInput } from "../src/checklists/checklist.schema.js";
import type { CheckedChecklist } from "../src/checklists/checklist-source.js";
import { readBundledChecklists } from "../src/checklists/checklists.seed.js";
import { importChecklist } from "../src/checklists/checklists.service.js";
import { openDatabase, type Database } from "../src/db/client.js";
import { migrateDatabase } from "../src/db/migrate.js";
import { systemClock } from "../src/lib/clock.js";

const SWAPS: Array<[RegExp, string[]]> = [
  [/\bretain(ed)?\b/g, ["keep", "store", "hold", "retain"]],
  [/\bshar(e|ing)\b/g, ["disclose", "provide", "share", "release"]],
  [/\bpolicy\b/g, ["procedure", "directive", "policy", "order"]],
  [/\bagency\b/g, ["department", "office", "agency", "bureau"]],
  [/\binformation\b/g, ["data", "records", "information", "scans"]],
];

/** Variant `n` of a checklist: ids suffixed, text varied by word swaps and a numbered clause. */
export function variantChecklist(source: ChecklistInput, n: number): ChecklistInput {
  const vary = (s: string, k: number) => SWAPS.reduce((acc, [re, words]) => acc.replace(re, words[(n + k) % words.length]!), s) + ` (variant ${n}-${k})`;
  return {
    ...source,
    id: `${source.id}-v${n}`,
    version: `bench.${n}`,
    requirements: source.requirements.map((r, k) => ({ ...r, text: vary(r.text, k), summary: vary(r.summary, k + 1), title: `${r.title} ${n}` })),
  };
}

/** The bundled checklists plus variants up to `target` requirements, as validated inputs. */
export async function benchCatalog(target: number): Promise<CheckedChecklist[]> {
  const bundled = (await readBundledChecklists()).map((b) => b.checked);
  const out = [...bundled];
  let total = bundled.reduce((n, c) => n + c.input.requirements.length, 0);
  for (let n = 0; total < target; n++) {
    const base = bundled[n % bundled.length]!;
    const input = variantChecklist(base.input, n);
    out.push({ input, citations: base.citations });
    total += input.requirements.length;
  }
  return out;
}

/** A migrated file database holding the catalog; `dispose` closes and deletes it. */
export async function benchDatabase(catalog: CheckedChecklist[]): Promise<{ database: Database; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "oversight-bench-"));
  const database = await openDatabase({ url: `file:${join(dir, "bench.db")}` });
  await migrateDatabase(database);
  for (const checked of catalog) await importChecklist(database.db, checked, { actor: "bench" }, systemClock);
  return {
    database,
    dispose() {
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
