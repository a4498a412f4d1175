/** Seeds the bundled statute texts (`statutes/**.yaml`) into the statute store. */
import type { Seeder } from "../db/seed.js";
import { hashFiles } from "../lib/hash.js";
import { packagePath } from "../lib/package-info.js";
import { loadStatuteFiles } from "./statute-file.js";
import { importStatutes } from "./statutes.service.js";

export const statutesDir = packagePath("statutes");

export const statutesSeeder: Seeder = {
  name: "statutes",
  contentHash: () => hashFiles(statutesDir, [".yaml", ".yml"]),
  async seed({ db }) {
    const files = await loadStatuteFiles(statutesDir);
    const { sections, versions } = await db.transaction((tx) => importStatutes(tx, files));
    return { summary: `${sections} statute sections, ${versions} versions` };
  },
};
