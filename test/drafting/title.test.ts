import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BillInput, type Operation } from "../../src/drafting/bill.schema.js";
import { billTitle, compareSections } from "../../src/drafting/title.js";

const examples = new URL("../../examples/bills/", import.meta.url);
const reference = new URL("../../../shared/reference/legislation_followup/", import.meta.url);

/** Each example bill version, the reference file giving its title, and which title in that file (in order of appearance). */
const REAL_TITLES = [
  { example: "sb34-introduced.yaml", file: "SB34_2015_legislative_history.txt", nth: 0 },
  { example: "sb210-introduced.yaml", file: "SB210_2021_Wiener.txt", nth: 0 },
  { example: "sb210-amended-senate-2021-03-15.yaml", file: "SB210_2021_Wiener.txt", nth: 1 },
  { example: "ab1076-introduced.yaml", file: "AB1076_2021_Kiley_DOJ_model_policy.txt", nth: 0 },
  { example: "ab2192-introduced.yaml", file: "AB2192_2022_Ramos_sharing.txt", nth: 0 },
  { example: "ab1463-amended-assembly-2023-03-22.yaml", file: "AB1463_2023_Lowenthal.txt", nth: 0 },
  { example: "sb274-amended-senate-2025-03-26.yaml", file: "SB274_2025_Cervantes_vetoed.txt", nth: 0 },
];

function loadExample(name: string): BillInput {
  return BillInput.parse(parse(readFileSync(new URL(name, examples), "utf8")));
}

/** The nth "An act to … relating to ….” sentence in a reference file. */
function referenceTitle(file: string, nth: number): string | undefined {
  const text = readFileSync(new URL(file, reference), "utf8");
  return [...text.matchAll(/An act to .*?, relating to [^.]*\./g)][nth]?.[0];
}

describe("billTitle on real bills", () => {
  for (const { example, file, nth } of REAL_TITLES) {
    it.runIf(existsSync(new URL(file, reference)))(`reproduces the title of ${example}`, () => {
      const expected = referenceTitle(file, nth);
      expect(expected).toBeDefined();
      expect(billTitle(loadExample(example))).toBe(expected);
    });
  }

  it("parses every example bill", () => {
    for (const { example } of REAL_TITLES) expect(() => loadExample(example)).not.toThrow();
  });
});

const amend = (section: string, code: "civ" | "gov" | "pen" | "veh" = "civ"): Operation => ({ op: "amend", code, section, changes: [] });
const add = (section: string, code: "civ" | "gov" | "pen" | "veh" = "civ"): Operation => ({ op: "add", code, section });
const repeal = (section: string, code: "civ" | "gov" | "pen" | "veh" = "civ"): Operation => ({ op: "repeal", code, section });
const title = (...operations: Operation[]) => billTitle({ subject: "privacy", operations });

describe("billTitle", () => {
  it.each([
    ["one section", [amend("1798.90.51")], "An act to amend Section 1798.90.51 of the Civil Code, relating to privacy."],
    ["two sections", [amend("1798.90.53"), amend("1798.90.51")], "An act to amend Sections 1798.90.51 and 1798.90.53 of the Civil Code, relating to privacy."],
    ["three sections, sorted numerically", [amend("1798.90.53"), amend("1798.90.5"), amend("1798.90.51")], "An act to amend Sections 1798.90.5, 1798.90.51, and 1798.90.53 of the Civil Code, relating to privacy."],
    ["an added section", [add("15009", "gov")], "An act to add Section 15009 to the Government Code, relating to privacy."],
    ["a repealed section", [repeal("1798.90.52")], "An act to repeal Section 1798.90.52 of the Civil Code, relating to privacy."],
    ["amend, repeal and add in one code", [add("1798.90.56"), repeal("1798.90.54"), amend("1798.90.51")], "An act to amend Section 1798.90.51 of, to repeal Section 1798.90.54 of, and to add Section 1798.90.56 to, the Civil Code, relating to privacy."],
    ["a section amended and repealed", [amend("1798.90.52"), repeal("1798.90.52"), amend("1798.90.51")], "An act to amend Section 1798.90.51 of, and to amend and repeal Section 1798.90.52 of, the Civil Code, relating to privacy."],
    ["two codes in alphabetical order", [add("15009", "gov"), amend("1798.90.51")], "An act to amend Section 1798.90.51 of the Civil Code, and to add Section 15009 to the Government Code, relating to privacy."],
    [
      "three codes, one with two verbs",
      [amend("2413", "veh"), add("1798.90.56"), amend("1798.90.51"), repeal("13012", "pen")],
      "An act to amend Section 1798.90.51 of, and to add Section 1798.90.56 to, the Civil Code, to repeal Section 13012 of the Penal Code, and to amend Section 2413 of the Vehicle Code, relating to privacy.",
    ],
  ] as const)("titles %s", (_name, operations, expected) => {
    expect(title(...operations)).toBe(expected);
  });

  it("leaves uncodified sections out of the title", () => {
    const findings: Operation = { op: "uncodified", kind: "findings", text: "The Legislature finds and declares…" };
    expect(title(findings, amend("1798.90.51"))).toBe("An act to amend Section 1798.90.51 of the Civil Code, relating to privacy.");
    expect(title(findings)).toBe("An act relating to privacy.");
  });

  it("closes with an appropriation and an urgency clause, in that order", () => {
    const urgency: Operation = { op: "uncodified", kind: "urgency", text: "To protect privacy without delay." };
    expect(billTitle({ subject: "privacy", operations: [amend("1798.90.51")], digestKey: { appropriation: true } })).toBe(
      "An act to amend Section 1798.90.51 of the Civil Code, relating to privacy, and making an appropriation therefor.",
    );
    expect(title(amend("1798.90.51"), urgency)).toBe("An act to amend Section 1798.90.51 of the Civil Code, relating to privacy, and declaring the urgency thereof, to take effect immediately.");
    expect(billTitle({ subject: "privacy", operations: [add("15009", "gov"), urgency], digestKey: { appropriation: true } })).toBe(
      "An act to add Section 15009 to the Government Code, relating to privacy, making an appropriation therefor, and declaring the urgency thereof, to take effect immediately.",
    );
  });

  it("names each section once", () => {
    expect(title(amend("1798.90.51"), amend("1798.90.51"))).toBe("An act to amend Section 1798.90.51 of the Civil Code, relating to privacy.");
  });
});

describe("compareSections", () => {
  it("orders section numbers segment by segment", () => {
    expect(["1798.100", "1798.90.56", "1798.91", "1798.90.5", "1798.29", "1798.90.51"].sort(compareSections)).toEqual(["1798.29", "1798.90.5", "1798.90.51", "1798.90.56", "1798.91", "1798.100"]);
  });
});
