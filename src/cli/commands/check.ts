import { readFile, stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
import { readBundledChecklists } from "../../checklists/checklists.seed.js";
import { getChecklist } from "../../checklists/checklists.service.js";
import type { ChecklistInput } from "../../checklists/checklist.schema.js";
import { paint } from "../../lib/terminal.js";
import { checkPolicy } from "../../policy-check/assess.js";
import { PolicyDocumentError, readPolicyDocument } from "../../policy-check/document.js";
import { PolicyFormat } from "../../policy-check/policy-check.schema.js";
import { globalResults } from "../../policy-check/policy-checks.service.js";
import { renderPolicyTemplate } from "../../policy-check/policy-template.js";
import { htmlReport, markdownReport, textReport, type ReportInput } from "../../policy-check/report.js";
import { loadConfig } from "../../config.js";
import { sha256 } from "../../lib/hash.js";
import { CliFailure, EXIT, parseFlags, UsageError, withDatabase, type CliIO, type Command } from "../command.js";

/**
 * A checklist by id: the bundled files first (no database needed, so `check`
 * runs anywhere, e.g. in an agency's CI), else the catalog database.
 */
async function findChecklist(id: string, io: CliIO): Promise<ChecklistInput> {
  const bundled = (await readBundledChecklists()).find((b) => b.checked.input.id === id);
  if (bundled) return bundled.checked.input;
  try {
    loadConfig(io.env);
    return await withDatabase(io, async ({ database }) => (await getChecklist(database.db, id)).version.source);
  } catch {
    throw new CliFailure(`unknown checklist "${id}". Bundled: ${(await readBundledChecklists()).map((b) => b.checked.input.id).join(", ")}`, EXIT.usage);
  }
}

const checkUsage = `Usage: oversight check FILE --checklist ID [--format text|json|md|html] [--fail-on missing|partial] [--as markdown|text|html|docx|pdf]

Checks a policy document (Markdown, text, HTML, DOCX or PDF) against a checklist's required
elements: each is addressed, partial or missing, with the evidence quoted from the policy.

Exit codes: 0 nothing at or above --fail-on (default: missing) was found; 1 something was;
2 usage or input error (unreadable file, unknown checklist, unsupported format).`;

export const checkCommand: Command = {
  name: "check",
  summary: "check a policy document against the elements a law requires (CI-friendly exit codes)",
  usage: checkUsage,
  async run(args, io) {
    const { values, positionals } = parseFlags(args, { checklist: { type: "string" }, format: { type: "string", default: "text" }, "fail-on": { type: "string", default: "missing" }, as: { type: "string" } });
    const file = positionals[0];
    if (!file) throw new UsageError("which policy file?");
    if (!values.checklist) throw new UsageError("--checklist is required, e.g. --checklist ca-alpr-operator");
    if (!["text", "json", "md", "html"].includes(values.format!)) throw new UsageError(`--format must be text, json, md or html (got "${values.format}")`);
    if (!["missing", "partial"].includes(values["fail-on"]!)) throw new UsageError(`--fail-on must be missing or partial (got "${values["fail-on"]}")`);
    const format = values.as === undefined ? undefined : PolicyFormat.safeParse(values.as);
    if (format && !format.success) throw new UsageError(`--as must be one of ${PolicyFormat.options.join(", ")}`);
    const path = resolve(io.cwd, file);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) throw new CliFailure(`cannot read ${file}: no such file`, EXIT.usage);
    const limit = loadConfig(io.env).uploadLimit;
    if (info.size > limit) throw new CliFailure(`${file} is ${info.size.toLocaleString("en-US")} bytes, over the ${limit.toLocaleString("en-US")}-byte limit (UPLOAD_LIMIT)`, EXIT.usage);
    const checklist = await findChecklist(values.checklist, io);
    const bytes = new Uint8Array(await readFile(path));
    let doc;
    try {
      doc = await readPolicyDocument({ content: bytes, name: basename(file), ...(format?.success ? { format: format.data } : {}) });
    } catch (err) {
      if (err instanceof PolicyDocumentError) throw new CliFailure(err.message, EXIT.usage);
      throw err;
    }
    const result = globalResults(checklist.id, checkPolicy(doc, checklist.requirements));
    const report: ReportInput = { ...result, checklist: { id: checklist.id, title: checklist.title, version: checklist.version }, document: { name: basename(file), format: doc.format, words: doc.wordCount } };
    if (values.format === "json") io.stdout.write(JSON.stringify({ checklist: checklist.id, document: { name: basename(file), format: doc.format, words: doc.wordCount, bytes: bytes.byteLength, hash: sha256(bytes) }, summary: result.summary, results: result.results }, null, 2) + "\n");
    else if (values.format === "md") io.stdout.write(markdownReport(report));
    else if (values.format === "html") io.stdout.write(await htmlReport(report));
    else io.stdout.write(textReport(report, paint(io)));
    const failing = result.results.some((r) => r.status === "missing" || (values["fail-on"] === "partial" && r.status === "partial"));
    return failing ? EXIT.failure : EXIT.ok;
  },
};

export const policyTemplateCommand: Command = {
  name: "policy-template",
  summary: "print a model usage and privacy policy (Markdown) for a checklist",
  usage: "Usage: oversight policy-template --checklist ID\n\nOne section per required element, with its citation, the statute as guidance, and bracketed placeholders to complete.",
  async run(args, io) {
    const { values } = parseFlags(args, { checklist: { type: "string" } }, false);
    if (!values.checklist) throw new UsageError("--checklist is required");
    io.stdout.write(renderPolicyTemplate(await findChecklist(values.checklist, io)));
    return EXIT.ok;
  },
};
