/**
 * Test fixtures built from the shipped statute text (never retyped): a small
 * checklist over Civil Code § 1798.90.51 whose quotes come from the provision tree.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { packageRoot } from "../../src/lib/package-info.js";
import { findProvision } from "../../src/statutes/provisions.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";

export function provisionWords(sectionFile: string, path: string[]): string {
  const file = validateStatuteFile(sectionFile, readFileSync(join(packageRoot, "statutes", sectionFile), "utf8"));
  const node = findProvision(versionProvisions(file, file.versions[0]!)!, path);
  if (!node) throw new Error(`no provision ${path.join("/")} in ${sectionFile}`);
  return node.text;
}

/** A two-requirement checklist; `overrides` patch the top level, `retentionText` swaps the quote. */
export function miniChecklist(overrides: Record<string, unknown> = {}, retentionText?: string) {
  return {
    id: "test-alpr",
    title: "Test ALPR checklist",
    jurisdiction: "CA",
    appliesTo: "ALPR operator",
    version: "2026.1",
    asOf: "2026-01-15",
    sources: [{ citation: "Civ. Code §§ 1798.90.5–1798.90.55" }],
    requirements: [
      {
        id: "policy-elements",
        title: "Usage and privacy policy contents",
        citation: "Civil Code section 1798.90.51(b)(2)",
        text: provisionWords("ca/civ/1798.90.51.yaml", ["b", "2"]),
        summary: "The policy must include the listed elements.",
        kind: "policy-element",
        evidence: ["The written usage and privacy policy"],
      },
      {
        id: "retention",
        title: "Retention period and destruction process",
        citation: "Cal. Civ. Code § 1798.90.51(b)(2)(G)",
        text: retentionText ?? provisionWords("ca/civ/1798.90.51.yaml", ["b", "2", "G"]),
        summary: "Say how long plate data is kept and how the agency decides when to destroy it.",
        kind: "policy-element",
        parent: "policy-elements",
        evidence: ["Retention section of the policy", "Purge logs"],
        concepts: [
          { id: "retention-period", description: "How long data is kept", terms: ["retain", "retention", "purge"], patterns: ["\\b\\d+\\s*(days?|months?|years?)\\b"] },
          { id: "destruction-process", description: "How the agency decides when to destroy data", terms: ["destroy", "delete", "purge"] },
        ],
      },
    ],
    ...overrides,
  };
}

export const miniChecklistYaml = (overrides: Record<string, unknown> = {}, retentionText?: string) => stringify(miniChecklist(overrides, retentionText), { lineWidth: 0 });
