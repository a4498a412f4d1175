/**
 * Seeds the bundled example audits (`examples/audits/*.yaml`, the 2019-118
 * report). An audit already in the database is left alone, so restarts and
 * edits made through the API never clobber each other.
 */
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { parse } from "yaml";
import type { Seeder } from "../db/seed.js";
import { fieldErrors, ValidationError } from "../lib/errors.js";
import { hashFiles, listFiles } from "../lib/hash.js";
import { packagePath } from "../lib/package-info.js";
import { AuditFile } from "./audit.schema.js";
import { importAuditFile } from "./audit-file.js";
import { getAudit } from "./audits.service.js";

export const examplesDir = packagePath("examples", "audits");

/** Reads and validates an audit exchange file (YAML or JSON); errors name the file and field. */
export async function readAuditFile(path: string, name = path): Promise<AuditFile> {
  const parsed = AuditFile.safeParse(parse(await readFile(path, "utf8"), { maxAliasCount: 100 }));
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error.issues);
    throw new ValidationError(`${name}: ${errors[0]!.path} ${errors[0]!.message}`, errors);
  }
  return parsed.data;
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
