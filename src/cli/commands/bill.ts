/**
 * `oversight bill`: builds a draft bill from its structured file (YAML or JSON,
 * see examples/bills/) against the bundled statute text, and prints the
 * comparative print. No database is needed, so drafts build anywhere.
 */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { buildBill, type BillDocument } from "../../drafting/assemble.js";
import { compareBill } from "../../drafting/compare.js";
import { renderComparisonHtml, renderComparisonText } from "../../drafting/render/compare.js";
import { BILL_FORMATS, BillFormat, renderBill } from "../../drafting/render/index.js";
import { AmendmentError } from "../../drafting/amend.schema.js";
import { bundledStatutes, readBillSource } from "../../drafting/statute-source.js";
import { CliFailure, EXIT, parseFlags, UsageError, type CliIO, type Command } from "../command.js";

const usage = `Usage:
  oversight bill build FILE [--format md|html|docx|pdf|akn] [--out PATH] [--track-changes]
      the draft in California form (Markdown to stdout by default); --track-changes makes
      the DOCX's insertions and deletions Word tracked changes
  oversight bill compare FILE [--format text|html|json] [--out PATH]
      current and proposed law per amended section: side by side, and an inline word redline

FILE is a bill as structured operations (YAML or JSON); start from examples/bills/.`;

export const billCommand: Command = {
  name: "bill",
  summary: "build a draft bill in California form from its operations; print the comparative print",
  usage,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "build") return build(rest, io);
    if (sub === "compare") return compare(rest, io);
    throw new UsageError(sub ? `unknown subcommand "${sub}"` : "a subcommand is required: build or compare");
  },
};

async function load(file: string | undefined, io: CliIO): Promise<BillDocument> {
  if (!file) throw new UsageError("which bill file? e.g. examples/bills/ab1463-amended-assembly-2023-03-22.yaml");
  const text = await readFile(resolve(io.cwd, file), "utf8").catch(() => {
    throw new CliFailure(`cannot read ${file}: no such file`, EXIT.usage);
  });
  const { input, lineOf } = readBillSource(text, file);
  try {
    return buildBill(input, await bundledStatutes(input));
  } catch (err) {
    if (!(err instanceof AmendmentError)) throw err;
    const line = lineOf(err.location);
    throw new CliFailure(`${file}${line ? `:${line}` : ""} ${err.message}`, EXIT.usage);
  }
}

/** Writes to --out, or to stdout when the output is text (binary output needs --out). */
async function emit(io: CliIO, out: string | undefined, bytes: Uint8Array, binary: boolean, what: string): Promise<number> {
  if (out) {
    await writeFile(resolve(io.cwd, out), bytes);
    io.stderr.write(`Wrote ${what} to ${out} (${bytes.byteLength.toLocaleString("en-US")} bytes).\n`);
    return EXIT.ok;
  }
  if (binary) throw new UsageError(`${what} is binary; give --out PATH`);
  io.stdout.write(new TextDecoder().decode(bytes));
  return EXIT.ok;
}

async function build(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: "string", default: "md" }, out: { type: "string" }, "track-changes": { type: "boolean" } });
  const format = BillFormat.safeParse(values.format);
  if (!format.success) throw new UsageError(`--format must be md, html, docx, pdf or akn (got "${values.format}")`);
  if (values["track-changes"] && format.data !== "docx") throw new UsageError("--track-changes applies to --format docx");
  const bill = await load(positionals[0], io);
  const bytes = await renderBill(bill, format.data, { trackChanges: values["track-changes"] });
  return emit(io, values.out, bytes, BILL_FORMATS[format.data].binary, `the ${format.data.toUpperCase()} draft`);
}

async function compare(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseFlags(args, { format: { type: "string", default: "text" }, out: { type: "string" } });
  if (!["text", "html", "json"].includes(values.format!)) throw new UsageError(`--format must be text, html or json (got "${values.format}")`);
  const bill = await load(positionals[0], io);
  const cmp = compareBill(bill);
  const color = values.format === "text" && !values.out && io.stdout.isTTY === true && !io.env.NO_COLOR;
  const text =
    values.format === "json" ? `${JSON.stringify(cmp, null, 2)}\n` : values.format === "html" ? renderComparisonHtml(cmp, `${bill.heading}: comparative print`) : renderComparisonText(cmp, { color });
  return emit(io, values.out, new TextEncoder().encode(text), false, "the comparative print");
}
