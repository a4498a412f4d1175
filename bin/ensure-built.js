#!/usr/bin/env node
// Builds dist/ from src/ when it is missing or older than any source file, so
// `npm start` and `npx oversight` work straight after `npm ci` and after edits.
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const stamp = join(root, "dist", ".built");

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuilt({ quiet = false } = {}) {
  const src = join(root, "src");
  if (!existsSync(src)) return; // an installed package ships dist/ only
  const sources = Math.max(newestMtime(src), statSync(join(root, "tsconfig.json")).mtimeMs, statSync(join(root, "tsconfig.build.json")).mtimeMs);
  if (existsSync(stamp) && statSync(stamp).mtimeMs >= sources) return;
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  } catch {
    process.stderr.write("oversight: dist/ is out of date and TypeScript is not installed; run `npm ci` first.\n");
    process.exit(1);
  }
  if (!quiet) process.stderr.write("oversight: building (tsc)…\n");
  const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    process.stderr.write("oversight: the build failed; see the TypeScript errors above.\n");
    process.exit(1);
  }
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString() + "\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) ensureBuilt();
