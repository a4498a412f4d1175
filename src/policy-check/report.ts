/**
 * A policy-check result as a report people read: a terminal table (colored on
 * a TTY), Markdown, or a standalone HTML page rendered from that Markdown
 * through remark/rehype with sanitizing, so text quoted from an uploaded
 * policy can never inject markup.
 */
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Paint } from "../lib/terminal.js";
import { table, wrap } from "../lib/terminal.js";
import { escapeMarkdown as md } from "../documents/templates/escape.js";
import type { PolicyCheckResult, RequirementCheck } from "./policy-check.schema.js";

export type ReportInput = PolicyCheckResult & { checklist: { id: string; title: string; version: string }; document: { name?: string; format: string; words: number } };

const MARK = { addressed: "✓", partial: "◐", missing: "✗" } as const;

function where(r: RequirementCheck): string {
  const e = r.evidence[0];
  if (!e) return "—";
  return `${e.section}${e.page ? `, p. ${e.page}` : ""}, line ${e.line}`;
}

/** The terminal report: a table of requirements with status and where the evidence is, then what to fix. */
export function textReport(r: ReportInput, p: Paint): string {
  const color = { addressed: p.green, partial: p.yellow, missing: p.red } as const;
  const out = [
    `${p.bold(r.document.name ?? "policy")} against ${p.bold(r.checklist.title)} ${p.dim(`(${r.checklist.id} ${r.checklist.version}; ${r.document.format}, ${r.document.words.toLocaleString("en-US")} words)`)}`,
    "",
    table([["", "STATUS", "CITATION", "REQUIREMENT", "EVIDENCE"].map(p.bold), ...r.results.map((x) => [color[x.status](MARK[x.status]), color[x.status](x.status), x.citation, x.title, where(x)])]),
    "",
  ];
  const gaps = r.results.filter((x) => x.status !== "addressed");
  if (gaps.length) out.push(p.bold("What is missing or partial:"), "");
  for (const x of gaps) {
    out.push(`${color[x.status](MARK[x.status])} ${p.bold(x.citation)} — ${x.title}`);
    for (const reason of x.reasons) out.push(wrap(`- ${reason}`, 96, "    "));
    out.push("");
  }
  out.push(`${p.green(`${r.summary.addressed} addressed`)}, ${p.yellow(`${r.summary.partial} partial`)}, ${p.red(`${r.summary.missing} missing`)}`);
  return out.join("\n") + "\n";
}

export function markdownReport(r: ReportInput): string {
  const out = [
    `# Policy check: ${md(r.document.name ?? "policy")}`,
    "",
    `Checked against **${md(r.checklist.title)}** (${md(r.checklist.id)}, ${md(r.checklist.version)}). ${r.summary.addressed} addressed, ${r.summary.partial} partial, ${r.summary.missing} missing.`,
    "",
    "| Status | Citation | Requirement | Evidence |",
    "|---|---|---|---|",
    ...r.results.map((x) => `| ${MARK[x.status]} ${x.status} | ${md(x.citation)} | ${md(x.title)} | ${md(where(x))} |`),
    "",
  ];
  for (const x of r.results) {
    out.push(`## ${MARK[x.status]} ${md(x.citation)} — ${md(x.title)}`, "", ...x.reasons.map((reason) => `- ${md(reason)}`), "");
    for (const e of x.evidence) out.push(`> ${md(e.text)}`, ">", `> — ${md(e.section)}${e.page ? `, page ${e.page}` : ""}, line ${e.line}`, "");
  }
  return out.join("\n");
}

const toHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSanitize).use(rehypeStringify).freeze();

export async function htmlReport(r: ReportInput): Promise<string> {
  const body = String(await toHtml.process(markdownReport(r)));
  const title = (r.document.name ?? "policy").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Policy check: ${title}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d9dee3;padding:.3rem .5rem;text-align:left;vertical-align:top}blockquote{border-left:3px solid #d9dee3;margin:.5rem 0;padding:0 .8rem;color:#444}@media print{body{margin:0}}</style>
</head><body>
${body}
</body></html>
`;
}
