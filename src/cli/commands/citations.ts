import { findCitations } from "../../statutes/citations.js";
import { EXIT, parseFlags, UsageError, type Command } from "../command.js";
import { paint, table } from "../../lib/terminal.js";

export const citationsCommand: Command = {
  name: "citations",
  summary: "find and canonicalize the statute citations in a passage",
  usage: `Usage: oversight citations parse "<text>" [--json]
       echo "<text>" | oversight citations parse -

Prints each citation found with its character offsets and canonical form, and every
citation-like phrase that could not be read. Exit 1 when there are unreadable ones.`,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub !== "parse") throw new UsageError(sub ? `unknown subcommand "${sub}"` : 'a subcommand is required: parse "<text>"');
    const { values, positionals } = parseFlags(rest, { json: { type: "boolean" } });
    let text = positionals.join(" ");
    if (text === "-") text = await readStdin();
    if (!text.trim()) throw new UsageError("give the text to parse");
    const { citations, problems } = findCitations(text);
    if (values.json) {
      io.stdout.write(JSON.stringify({ citations: citations.map((c) => ({ text: c.text, start: c.start, end: c.end, canonical: c.canonical, ...c.citation })), problems }, null, 2) + "\n");
    } else {
      const p = paint(io);
      if (citations.length) io.stdout.write(table([["AT", "FOUND", "CANONICAL"].map(p.bold), ...citations.map((c) => [`${c.start}–${c.end}`, c.text, p.cyan(c.canonical)])]) + "\n");
      else io.stdout.write("No citations found.\n");
      for (const pr of problems) io.stdout.write(`${p.yellow("unreadable")} ${pr.start}–${pr.end} "${pr.text}": ${pr.message}\n`);
    }
    return problems.length ? EXIT.failure : EXIT.ok;
  },
};

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
