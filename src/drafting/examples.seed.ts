/**
 * Seeds the example bills (`examples/bills/*.yaml`, the real follow-up bills to
 * report 2019-118 as structured operations) as stored drafts named after their
 * files, so a new installation opens with bills to read, render and compare.
 * A draft staff have since edited is left as it is; an example whose changes
 * no longer fit the stored text is skipped with a warning.
 */
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import type { Seeder } from "../db/seed.js";
import { hashFiles, listFiles } from "../lib/hash.js";
import { packagePath } from "../lib/package-info.js";
import { AmendmentError } from "./amend.schema.js";
import { createBill, getBill } from "./bills.service.js";
import { readBill } from "./statute-source.js";

export const billExamplesDir = packagePath("examples", "bills");

export function createBillExamplesSeeder(dir = billExamplesDir): Seeder {
  return {
    name: "example-bills",
    contentHash: () => hashFiles(dir, [".yaml", ".yml"]),
    async seed({ db, clock, log }) {
      const done: string[] = [];
      const skipped: string[] = [];
      for (const path of await listFiles(dir, [".yaml", ".yml"])) {
        const id = basename(path, extname(path));
        if (await getBill(db, id).then(() => true, () => false)) {
          log.info({ bill: id }, "example bill already present; left as is");
          continue;
        }
        try {
          await createBill(db, readBill(await readFile(path, "utf8"), `examples/bills/${basename(path)}`), { actor: "system:seed" }, clock, { id });
          done.push(id);
        } catch (err) {
          // An example whose changes do not fit the stored text (after a statute file is corrected, say) must not stop start-up.
          if (!(err instanceof AmendmentError)) throw err;
          log.warn({ bill: id, reason: err.message }, "example bill not stored: its changes do not fit the stored statutes");
          skipped.push(id);
        }
      }
      return { summary: `${done.length ? `stored ${done.length} example bill(s)` : "all present"}${skipped.length ? `; not stored (changes do not fit): ${skipped.join(", ")}` : ""}` };
    },
  };
}
