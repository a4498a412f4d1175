/**
 * Policy check: a policy of 10, 50, 100 and 200 pages (~500 words a page, built
 * from real policy text) against the California ALPR operator checklist. The
 * baseline is remark parsing the same Markdown with the same plugins; the check
 * (section recovery + assessment, on the already-parsed tree) should cost at
 * most half of it (ratio ≤ 1.5 for parse + check) and grow linearly. Also
 * prints agreement with the labeled reference policies when they are present.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { readBundledChecklists } from "../../src/checklists/checklists.seed.js";
import { packagePath } from "../../src/lib/package-info.js";
import { checkPolicy } from "../../src/policy-check/assess.js";
import { readPolicyDocument } from "../../src/policy-check/document.js";
import { evaluatePolicyChecks, type LabeledPolicy } from "../../src/policy-check/evaluate.js";
import { renderPolicyTemplate } from "../../src/policy-check/policy-template.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

const POLICIES = packagePath("..", "shared", "reference", "policies");
const WORDS_PER_PAGE = 500;

export const policyCheckCase: BenchCase = {
  name: "policy-check",
  description: "A 10/50/100/200-page policy against ca-alpr-operator: read + check (one parse) vs remark-parse + GFM alone; ratio = (read + check) ÷ parse, target ≤ 1.5, linear growth. Agreement with the labeled reference policies.",
  async run() {
    const operator = (await readBundledChecklists()).find((b) => b.checked.input.id === "ca-alpr-operator")!.checked.input;
    const real = existsSync(POLICIES) ? readdirSync(POLICIES).filter((f) => f.endsWith(".md")).map((f) => readFileSync(`${POLICIES}/${f}`, "utf8").split("\n---\n").slice(1).join("\n")) : [];
    const parts = real.length ? real : [renderPolicyTemplate(operator)];
    const parser = unified().use(remarkParse).use(remarkGfm).freeze();
    const rows: BenchRow[] = [];
    for (const pages of [10, 50, 100, 200]) {
      let text = "";
      for (let i = 0; text.split(/\s+/).length < pages * WORDS_PER_PAGE; i++) text += `${parts[i % parts.length]!.replace(/^#/gm, "##")}\n\n`;
      const runs = pages >= 100 ? 3 : 5;
      const parse = summarize(await timeRuns(runs, () => parser.parse(text), 1));
      const full = summarize(await timeRuns(runs, async () => checkPolicy(await readPolicyDocument({ format: "markdown", content: text }), operator.requirements), 1));
      rows.push({ pages, words: text.split(/\s+/).length, "remark parse ms": parse.median, "read + check ms": full.median, ratio: (full.median / parse.median).toFixed(2), "ms per page": (full.median / pages).toFixed(2) });
    }
    if (existsSync(`${POLICIES}/labels-dev.jsonl`)) {
      const labels = readFileSync(`${POLICIES}/labels-dev.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l) as LabeledPolicy);
      const runs = [];
      for (const l of labels) {
        const path = `${POLICIES}/${l.policy}.md`;
        if (!existsSync(path)) continue;
        const doc = await readPolicyDocument({ format: "markdown", content: readFileSync(path, "utf8").split("\n---\n").slice(1).join("\n") });
        runs.push({ ...l, result: checkPolicy(doc, operator.requirements) });
      }
      const e = evaluatePolicyChecks(runs);
      rows.push({ pages: "labeled set", words: `${runs.length} policies, ${e.n} elements`, "remark parse ms": "", "read + check ms": "", ratio: `agreement ${e.accuracy}`, "ms per page": `missing/partial not called addressed: ${e.missingOrPartialNotAddressed}` });
    }
    return rows;
  },
};
