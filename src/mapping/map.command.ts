/**
 * `oversight map`: which requirement does a finding violate? The same service
 * verb as POST /api/mapping/suggest, over the configured database's current
 * catalog. The lead registers it in `src/cli/commands/index.ts`.
 */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { CliFailure, EXIT, parseFlags, UsageError, withDatabase, type CliIO, type Command } from "../cli/command.js";
import { paint, wrap } from "../lib/terminal.js";
import type { SuggestResult } from "./mapping.engine.js";
import { InputError, readFindingsInput, type FindingInput } from "./mapping.input.js";
import { getMappingIndex, suggestForText } from "./mapping.service.js";

const usage = `Usage:
  oversight map "<finding text>" [--checklist ID] [--limit N] [--json]
  oversight map --input FILE [--checklist ID] [--limit N]

Suggests the statutory requirements a finding describes a violation of, best first,
with a calibrated confidence (0.5 or more: very likely) and the reasons.

  --input FILE   a CSV file with a header row (a "text" or "condition" column,
                 optional "id") or JSON Lines (objects with "text" or "condition",
                 optional "id"); prints one JSON result per line: {"id", "suggestions"}
  --checklist ID only this checklist's requirements (e.g. ca-alpr-operator)
  --limit N      how many suggestions (1–20, default 5)
  --json         print the result as JSON

Exit codes: 0 done, 1 a failure (e.g. unknown checklist), 2 usage error or unreadable input.`;

function limitOf(raw: string | undefined): number {
  if (raw === undefined) return 5;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new UsageError(`--limit must be a whole number from 1 to 20 (got "${raw}")`);
  return n;
}

async function readInput(file: string, io: CliIO): Promise<FindingInput[]> {
  let content: string;
  try {
    content = await readFile(resolve(io.cwd, file), "utf8");
  } catch (err) {
    throw new CliFailure(`cannot read ${file}: ${(err as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (err as Error).message}`, EXIT.usage);
  }
  try {
    return readFindingsInput(content, file);
  } catch (err) {
    if (err instanceof InputError) throw new CliFailure(`${file}: ${err.message}`, EXIT.usage);
    throw err;
  }
}

function printReadable(result: SuggestResult, io: CliIO): void {
  const p = paint(io);
  const { suggestions, deficiency } = result;
  io.stdout.write(
    deficiency.describesDeficiency
      ? `${p.dim("Deficiency language:")} ${deficiency.cues.join(", ")}\n\n`
      : `${p.yellow("No deficiency language found")} ${p.dim("(confidence stays below 0.5)")}\n\n`,
  );
  if (suggestions.length === 0) io.stdout.write("No requirement matches this text.\n");
  suggestions.forEach((s, k) => {
    const confidence = s.confidence.toFixed(2);
    io.stdout.write(`${k + 1}. ${p.cyan(s.citation)}  ${s.confidence >= 0.5 ? p.green(confidence) : p.dim(confidence)}  ${p.bold(s.title)}\n`);
    io.stdout.write(`   ${p.dim(s.requirementId)}\n`);
    for (const r of s.reasons) io.stdout.write(wrap(`- ${r}`, 92, "   ") + "\n");
  });
}

export const mapCommand: Command = {
  name: "map",
  summary: "suggest the statutory requirement a finding violates",
  usage,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { checklist: { type: "string" }, limit: { type: "string" }, json: { type: "boolean" }, input: { type: "string" } });
    const limit = limitOf(values.limit);
    const opts = { limit, ...(values.checklist ? { checklist: values.checklist } : {}) };
    if (values.input !== undefined) {
      if (positionals.length) throw new UsageError("give either the finding text or --input FILE, not both");
      const findings = await readInput(values.input, io);
      await withDatabase(io, async ({ database }) => {
        await getMappingIndex(database.db);
        for (const f of findings) {
          const { suggestions } = f.text.trim() ? await suggestForText(database.db, f.text, opts) : { suggestions: [] };
          io.stdout.write(JSON.stringify({ id: f.id, suggestions }) + "\n");
        }
      });
      return EXIT.ok;
    }
    const text = positionals.join(" ");
    if (!text.trim()) throw new UsageError('give the finding text, e.g. oversight map "The county kept plate scans for five years."');
    const result = await withDatabase(io, ({ database }) => suggestForText(database.db, text, opts));
    if (values.json) io.stdout.write(JSON.stringify(result, null, 2) + "\n");
    else printReadable(result, io);
    return EXIT.ok;
  },
};
