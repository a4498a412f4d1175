import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** SHA-256 hex of a string or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash("sha256").update(data).digest("hex");
}

/** All files under `dir` with the given extensions, sorted, as paths. */
export async function listFiles(dir: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && extensions.some((ext) => e.name.endsWith(ext)))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** One hash over the names and contents of every file under `dir` with the extensions: a seeder's content hash. */
export async function hashFiles(dir: string, extensions: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  for (const path of await listFiles(dir, extensions)) {
    hash.update(relative(dir, path)).update("\0").update(await readFile(path)).update("\0");
  }
  return hash.digest("hex");
}
