/**
 * Seeds the bundled checklists (`checklists/<jurisdiction>/<id>.yaml`). A file
 * that changed since the last start becomes a new version; an unchanged file
 * is skipped. Runs after the statutes so quotes can be checked against them.
 */
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import type { Seeder } from "../db/seed.js";
import { hashFiles, listFiles } from "../lib/hash.js";
import { packagePath } from "../lib/package-info.js";
import { readChecklist } from "./checklist-source.js";
import { importChecklist } from "./checklists.service.js";

export const checklistsDir = packagePath("checklists");

/** Every bundled checklist file, read and validated (throws naming the file and line). */
export async function readBundledChecklists(dir = checklistsDir) {
  const files = await listFiles(dir, [".yaml", ".yml"]);
  return Promise.all(files.map(async (file) => ({ file, checked: readChecklist(await readFile(file, "utf8"), relative(dir, file)) })));
}

/** The seeder for a folder of checklist files (the bundled one by default). */
export function createChecklistsSeeder(dir = checklistsDir): Seeder {
  return {
    name: "checklists",
    contentHash: () => hashFiles(dir, [".yaml", ".yml"]),
    async seed({ db, clock }) {
      const results = [];
      for (const { checked } of await readBundledChecklists(dir)) results.push(await importChecklist(db, checked, { actor: "system:seed" }, clock));
      const changed = results.filter((r) => r.status !== "unchanged");
      return { summary: `${results.length} checklists (${changed.map((r) => `${r.checklistId} v${r.version}`).join(", ") || "none changed"})` };
    },
  };
}
