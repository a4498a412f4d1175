/**
 * Seeds the bundled example audits (`examples/audits/*.yaml`, the 2019-118
 * report). An audit already in the database is left alone, so restarts and
 * edits made through the API never clobber each other.
 */
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import type { Seeder } from "../db/seed.js";
import { parseDocument, validateDocument } from "../lib/source-body.js";
import { hashFiles, listFiles } from "../lib/hash.js";
import { packagePath } from "../lib/package-info.js";
import { AuditFile } from "./audit.schema.js";
import { importAuditFile } from "./audit-file.js";
import { getAudit } from "./audits.service.js";

export const examplesDir = packagePath("examples", "audits");

/** Reads and validates an audit exchange file (YAML or JSON); errors name the file and field. */
export async function readAuditFile(path: string, name = path): Promise<AuditFile> {
  return validateDocument(AuditFile, parseDocument(await readFile(path, "utf8"), name), name);
}

export function createExamplesSeeder(dir = examplesDir): Seeder {
  return {
    name: "example-audits",
    contentHash: () => hashFiles(dir, [".yaml", ".yml"]),
    async seed({ db, clock, log }) {
      const done: string[] = [];
      for (const path of await listFiles(dir, [".yaml", ".yml"])) {
        const file = await readAuditFile(path, relative(dir, path));
        const exists = await getAudit(db, file.audit.reportNumber).then(() => true, () => false);
        if (exists) {
          log.info({ audit: file.audit.reportNumber }, "example audit already present; left as is");
          continue;
        }
        await importAuditFile(db, file, { actor: "system:seed" }, clock);
        done.push(file.audit.reportNumber);
      }
      return { summary: done.length ? `imported ${done.join(", ")}` : "all present" };
    },
  };
}
