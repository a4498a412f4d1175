/**
 * The bundled content seeded at start-up, in order (later seeders may rely on
 * earlier ones: the example audit needs the checklists it cites).
 */
import type { Seeder } from "./db/seed.js";

export function bundledSeeders(): Seeder[] {
  return [];
}
