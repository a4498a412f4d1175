/**
 * The bundled content seeded at start-up, in order (later seeders may rely on
 * earlier ones: checklists quote the statutes, the example audit cites checklists, the example bills amend the statutes).
 */
import { createExamplesSeeder } from "./audits/examples.seed.js";
import { createBillExamplesSeeder } from "./drafting/examples.seed.js";
import { createChecklistsSeeder } from "./checklists/checklists.seed.js";
import type { Seeder } from "./db/seed.js";
import { statutesSeeder } from "./statutes/statutes.seed.js";

export function bundledSeeders(): Seeder[] {
  return [statutesSeeder, createChecklistsSeeder(), createExamplesSeeder(), createBillExamplesSeeder()];
}
