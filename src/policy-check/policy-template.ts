/**
 * The model policy rendered from its Handlebars template
 * (`templates/policy/model-policy.md.hbs`), compiled once in an isolated,
 * strict Handlebars environment: a missing field is an error naming it.
 */
import { readFileSync } from "node:fs";
import Handlebars from "handlebars";
import type { ChecklistInput } from "../checklists/checklist.schema.js";
import { packagePath } from "../lib/package-info.js";
import { skeletonFor } from "./template.js";

const env = Handlebars.create();
env.registerHelper("eq", (a: unknown, b: unknown) => a === b);
env.registerHelper("inc", (n: number) => n + 1);
env.registerHelper("heading", (depth: number) => "#".repeat(Math.min(6, 2 + depth)));
/**
 * Markdown-safe text for a document people edit as Markdown: raw HTML and
 * line-leading block markers are neutralized, but brackets and emphasis stay
 * readable (the placeholders are [BRACKETED]), unlike the letters' stricter escaping.
 */
env.registerHelper("md", (value: unknown) =>
  String(value ?? "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n+/g, " ")
    .replace(/^([#>+-]|\d+\.)(\s)/, "\\$1$2"),
);

let compiled: HandlebarsTemplateDelegate | undefined;

function template(): HandlebarsTemplateDelegate {
  compiled ??= env.compile(readFileSync(packagePath("templates", "policy", "model-policy.md.hbs"), "utf8"), { noEscape: true, strict: true });
  return compiled;
}

/**
 * A Markdown model usage and privacy policy for a checklist; checked against
 * that checklist, every element it contains is addressed.
 *
 * @example
 * renderPolicyTemplate(operatorChecklist) // "# [AGENCY NAME] — ALPR operator: usage and privacy policy\n…"
 */
export function renderPolicyTemplate(checklist: ChecklistInput): string {
  const skeleton = skeletonFor(checklist);
  let n = 0;
  const sections = skeleton.sections.map((s) => ({ ...s, number: s.depth === 0 ? ++n : 0 }));
  return template()({ ...skeleton, sections }).replace(/\n{3,}/g, "\n\n");
}
