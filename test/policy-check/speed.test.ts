/**
 * The check must cost well under the Markdown parse it sits on (the target is
 * half) and grow linearly: a 100-page policy is checked in a fraction of a
 * second. Timings are medians of several runs; the thresholds leave room for a
 * loaded machine.
 */
import { readdirSync, readFileSync } from "node:fs";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { checkPolicy } from "../../src/policy-check/assess.js";
import { readPolicyDocument } from "../../src/policy-check/document.js";
import { buildPolicySkeleton } from "../../src/policy-check/template.js";
import { checklist, hasReferencePolicies, POLICIES_DIR } from "./helpers.js";

async function corpus(words: number): Promise<string> {
  const parts = hasReferencePolicies
    ? readdirSync(POLICIES_DIR).filter((f) => f.endsWith(".md")).map((f) => readFileSync(`${POLICIES_DIR}${f}`, "utf8").split("\n---\n").slice(1).join("\n"))
    : [buildPolicySkeleton(await checklist("ca-alpr-operator"))];
  let text = "";
  for (let i = 0; text.split(/\s+/).length < words; i++) text += `${parts[i % parts.length]!.replace(/^#/gm, "##")}\n\n`;
  return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function measure(text: string, runs = 3) {
  const operator = await checklist("ca-alpr-operator");
  const parser = unified().use(remarkParse).use(remarkGfm);
  const parse: number[] = [];
  const check: number[] = [];
  const parsed = await readPolicyDocument({ format: "markdown", content: text });
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    parser.parse(text);
    parse.push(performance.now() - t);
    // A fresh document object and checklist: nothing cached from the previous run.
    const doc = { ...parsed };
    const requirements = structuredClone(operator.requirements);
    t = performance.now();
    checkPolicy(doc, requirements);
    check.push(performance.now() - t);
  }
  return { parse: median(parse), check: median(check) };
}

describe("speed", () => {
  it("checks a ~50,000-word policy in well under the time remark takes to parse it, and grows linearly", { timeout: 120_000 }, async () => {
    const half = await measure(await corpus(25_000));
    const full = await measure(await corpus(50_000));
    console.info(`policy check: 25k words ${half.check.toFixed(0)} ms (parse ${half.parse.toFixed(0)} ms); 50k words ${full.check.toFixed(0)} ms (parse ${full.parse.toFixed(0)} ms)`);
    expect(full.check).toBeLessThan(full.parse * 0.75);
    expect(full.check).toBeLessThan(half.check * 3.5);
  });
});
