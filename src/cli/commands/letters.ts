import { createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { planBulk, writeZip, type BulkRequest } from "../../documents/bulk.js";
import { createRenderPool } from "../../documents/render-pool.js";
import { createTemplateRegistry } from "../../documents/templates/registry.js";
import { toCsv } from "../../lib/csv.js";
import { sha256 } from "../../lib/hash.js";
import { CliFailure, EXIT, parseFlags, UsageError, withDatabase, type CliIO, type Command } from "../command.js";

const usage = `Usage: oversight letters --template T --audit A (--each agency | --recipients FILE.csv [--agency NAME])
                         --format docx|pdf|html|markdown --out DIR|FILE.zip [--skip-invalid]

One letter per recipient: --each agency writes a finding letter to every agency with
mapped findings in the audit; --recipients reads a CSV (header row with at least "name";
optional address, city, state, zip, email, agency) for sharing-justification letters.
Letters stream into FILE.zip (or files in DIR) with manifest.csv (recipient, file, sha256).
A bad recipient row stops everything unless --skip-invalid.`;

function progress(io: CliIO, total: number) {
  if (!io.stderr.isTTY) return () => undefined;
  return (n: number) => {
    const width = 30;
    const filled = Math.round((n / Math.max(total, 1)) * width);
    io.stderr.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${n}/${total}${n === total ? "\n" : ""}`);
  };
}

export const lettersCommand: Command = {
  name: "letters",
  summary: "generate one letter per recipient (agencies of an audit, or a recipients CSV) into a zip or folder",
  usage,
  async run(args, io) {
    const { values } = parseFlags(args, { template: { type: "string" }, audit: { type: "string" }, each: { type: "string" }, recipients: { type: "string" }, agency: { type: "string" }, format: { type: "string", default: "pdf" }, out: { type: "string" }, "skip-invalid": { type: "boolean" } }, false);
    if (values.template !== "finding-letter" && values.template !== "sharing-justification-letter") throw new UsageError("--template must be finding-letter or sharing-justification-letter");
    if (!values.audit) throw new UsageError("--audit is required");
    if (!values.out) throw new UsageError("--out DIR or --out FILE.zip is required");
    if (!["docx", "pdf", "html", "markdown"].includes(values.format!)) throw new UsageError("--format must be docx, pdf, html or markdown");
    if (values.template === "finding-letter" && values.each !== "agency") throw new UsageError("finding letters go to each agency: add --each agency");
    if (values.template === "sharing-justification-letter" && !values.recipients) throw new UsageError("sharing letters need --recipients FILE.csv");
    const recipients = values.recipients ? await readFile(resolve(io.cwd, values.recipients), "utf8").catch(() => { throw new CliFailure(`cannot read ${values.recipients}`, EXIT.usage); }) : undefined;
    const req: BulkRequest = { template: values.template, format: values.format as BulkRequest["format"], audit: values.audit, each: values.each === "agency" ? "agency" : undefined, recipients, sharingAgency: values.agency, skipInvalid: values["skip-invalid"] };
    const out = resolve(io.cwd, values.out);
    // Bulk rendering is CPU work: spread it over one worker per core.
    const pool = recipients ? createRenderPool() : undefined;
    const manifest = await withDatabase(io, async ({ database, clock }) => {
      const plan = await planBulk(database.db, createTemplateRegistry(), req, clock, pool?.render);
      for (const bad of plan.invalid) io.stderr.write(`row ${bad.row} (line ${bad.line}): ${bad.errors.map((e) => `${e.path} ${e.message}`).join("; ")} — skipped\n`);
      const tick = progress(io, plan.count);
      if (out.endsWith(".zip")) return writeZip(plan.letters(), createWriteStream(out), tick);
      await mkdir(out, { recursive: true });
      const rows = [];
      for await (const letter of plan.letters()) {
        await writeFile(join(out, letter.file), letter.bytes);
        rows.push({ recipient: letter.recipient, file: letter.file, sha256: sha256(letter.bytes), bytes: letter.bytes.byteLength });
        tick(rows.length);
      }
      await writeFile(join(out, "manifest.csv"), toCsv(["recipient", "file", "sha256", "bytes"], rows.map((m) => [m.recipient, m.file, m.sha256, m.bytes])));
      return rows;
    }).finally(() => pool?.close());
    io.stdout.write(`Wrote ${manifest.length} letter(s) to ${values.out} with manifest.csv.\n`);
    return EXIT.ok;
  },
};
