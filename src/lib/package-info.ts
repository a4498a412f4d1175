/**
 * Where the package lives on disk and its version. Bundled content (checklists,
 * templates, migrations, statutes) is found relative to the package root, so
 * the service works from any working directory and from `dist/` or `src/`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  let dir = from;
  for (;;) {
    const candidate = join(dir, "package.json");
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, "utf8")).name === "oversight") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the oversight package root above ${from}`);
    dir = parent;
  }
}

export const packageRoot = findRoot(dirname(fileURLToPath(import.meta.url)));
export const packageVersion: string = JSON.parse(readFileSync(join(packageRoot, "package.json"), "utf8")).version;

/** A path inside the package: `packagePath("drizzle")`. */
export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}
