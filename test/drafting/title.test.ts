import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { BillInput, type CodeId, type Operation } from "../../src/drafting/bill.schema.js";
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
    ["amend, add and repeal in one code", [add("1798.90.56"), repeal("1798.90.54"), amend("1798.90.51")], "An act to amend Section 1798.90.51 of, to add Section 1798.90.56 to, and to repeal Section 1798.90.54 of, the Civil Code, relating to privacy."],
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

/**
 * Real titles of other California bills, from the public record (leginfo, as
 * quoted in public datasets), expressed as operations: titles the generator
 * was not written against, across codes, units, urgency and replaced sections.
 */
describe("billTitle on other real California bills", () => {
  type Code = CodeId;
  const op = (verb: "amend" | "add" | "repeal", code: Code, ...sections: string[]): Operation[] => sections.map((section) => (verb === "amend" ? { op: verb, code, section, changes: [] } : { op: verb, code, section }) as Operation);
  const unit = (code: Code, unit: "Division" | "Part" | "Chapter" | "Article", number: string, commencing: string, parent?: string, op: "add-unit" | "repeal-unit" = "add-unit"): Operation => ({ op, code, unit, number, commencing, ...(parent ? { parent } : {}) });
  const urgency: Operation = { op: "uncodified", kind: "urgency", text: "Facts." };
  it.each([
    {
      bill: "SB 9 (2021)",
      subject: "land use",
      ops: [...op("amend", "gov", "66452.6"), ...op("add", "gov", "65852.21", "66411.7")],
      title: "An act to amend Section 66452.6 of, and to add Sections 65852.21 and 66411.7 to, the Government Code, relating to land use.",
    },
    {
      bill: "SB 933 (2024)",
      subject: "crimes",
      ops: [...op("amend", "pen", "311", "311.1", "311.2", "311.3", "311.4", "311.11", "312.3"), ...op("add", "pen", "13012.9")],
      title: "An act to amend Sections 311, 311.1, 311.2, 311.3, 311.4, 311.11, and 312.3 of, and to add Section 13012.9 to, the Penal Code, relating to crimes.",
    },
    {
      bill: "AB 667 (2009)",
      subject: "oral health",
      ops: [...op("amend", "bpc", "1750.1"), ...op("amend", "hsc", "104830"), ...op("add", "hsc", "104762")],
      title: "An act to amend Section 1750.1 of the Business and Professions Code, and to amend Section 104830 of, and to add Section 104762 to, the Health and Safety Code, relating to oral health.",
    },
    {
      bill: "SB 1020 (2022)",
      subject: "public resources",
      ops: [...op("amend", "puc", "583", "454.53"), ...op("add", "puc", "739.13", "454.59"), ...op("amend", "hsc", "38561"), unit("wat", "Division", "27.5", "80400"), ...op("amend", "gov", "7921.505")],
      title:
        "An act to amend Section 7921.505 of the Government Code, to amend Section 38561 of the Health and Safety Code, to amend Sections 454.53 and 583 of, and to add Sections 454.59 and 739.13 to, the Public Utilities Code, and to add Division 27.5 (commencing with Section 80400) to the Water Code, relating to public resources.",
    },
    {
      bill: "SB 54 (2017)",
      subject: "law enforcement",
      ops: [...op("amend", "gov", "7282", "7282.5"), unit("gov", "Chapter", "17.25", "7284", "Division 7 of Title 1"), ...op("repeal", "hsc", "11369")],
      title: "An act to amend Sections 7282 and 7282.5 of, and to add Chapter 17.25 (commencing with Section 7284) to Division 7 of Title 1 of, the Government Code, and to repeal Section 11369 of the Health and Safety Code, relating to law enforcement.",
    },
    {
      bill: "SB 54 (2022)",
      subject: "solid waste",
      ops: [...op("repeal", "prc", "42064"), unit("prc", "Chapter", "3", "42040", "Part 3 of Division 30"), ...op("amend", "prc", "41821.5")],
      title: "An act to amend Section 41821.5 of, to add Chapter 3 (commencing with Section 42040) to Part 3 of Division 30 of, and to repeal Section 42064 of, the Public Resources Code, relating to solid waste.",
    },
    {
      bill: "a construction-defects bill",
      subject: "construction defects",
      ops: [...op("amend", "civ", "910", "930", "942"), ...op("add", "civ", "942.2", "945.1"), ...op("repeal", "civ", "926"), ...op("add", "civ", "926")],
      title: "An act to amend Sections 910, 930, and 942 of, to add Sections 942.2 and 945.1 to, and to repeal and add Section 926 of, the Civil Code, relating to construction defects.",
    },
    {
      bill: "a juvenile-justice bill",
      subject: "crimes",
      ops: [...op("amend", "pen", "290"), ...op("amend", "wic", "653.5", "707.2", "727", "828.1", "1753.3", "1767.1", "6608.5"), ...op("add", "wic", "6609.4"), ...op("repeal", "wic", "602", "707"), ...op("add", "wic", "602", "707")],
      title:
        "An act to amend Section 290 of the Penal Code, and to amend Sections 653.5, 707.2, 727, 828.1, 1753.3, 1767.1, and 6608.5 of, to add Section 6609.4 to, and to repeal and add Sections 602 and 707 of, the Welfare and Institutions Code, relating to crimes.",
    },
    {
      bill: "AB 1424 (2011)",
      subject: "taxation",
      ops: [
        ...op("amend", "bpc", "31", "476"), ...op("add", "bpc", "494.5"), ...op("add", "gov", "12419.13"), ...op("add", "pcc", "10295.4"),
        ...op("amend", "rtc", "7063", "19195", "19533"), ...op("add", "rtc", "6835", "7057", "7057.5", "19377.5", "19571", "19572"),
        unit("rtc", "Article", "7", "19291", "Chapter 5 of Part 10.2 of Division 2"), unit("rtc", "Article", "9", "6850", "Chapter 6 of Part 1 of Division 2"), ...op("add", "veh", "34623.1"),
      ],
      title:
        "An act to amend Sections 31 and 476 of, and to add Section 494.5 to, the Business and Professions Code, to add Section 12419.13 to the Government Code, to add Section 10295.4 to the Public Contract Code, to amend Sections 7063, 19195, and 19533 of, to add Sections 6835, 7057, 7057.5, 19377.5, 19571, and 19572 to, to add Article 9 (commencing with Section 6850) to Chapter 6 of Part 1 of Division 2 of, and to add Article 7 (commencing with Section 19291) to Chapter 5 of Part 10.2 of Division 2 of, the Revenue and Taxation Code, and to add Section 34623.1 to the Vehicle Code, relating to taxation.",
    },
    {
      bill: "AB 1228 (2023): one parent said once",
      subject: "employment",
      ops: [unit("lab", "Part", "4.5.5", "1470", "Division 2", "repeal-unit"), unit("lab", "Part", "4.5.5", "1474", "Division 2")],
      title: "An act to add Part 4.5.5 (commencing with Section 1474) to, and to repeal Part 4.5.5 (commencing with Section 1470) of, Division 2 of the Labor Code, relating to employment.",
    },
    {
      bill: "SB 843 (2018), three parts added to one division (excerpt)",
      subject: "education",
      ops: [unit("edc", "Part", "54.82", "88930", "Division 7 of Title 3"), unit("edc", "Part", "46.5", "75000", "Division 7 of Title 3"), unit("edc", "Part", "52.7", "88670", "Division 7 of Title 3"), ...op("amend", "edc", "8152")],
      title: "An act to amend Section 8152 of, and to add Part 46.5 (commencing with Section 75000), Part 52.7 (commencing with Section 88670), and Part 54.82 (commencing with Section 88930) to Division 7 of Title 3 of, the Education Code, relating to education.",
    },
    {
      bill: "AB 97 (2019), cannabis, urgency",
      subject: "cannabis",
      ops: [...op("amend", "bpc", "26040", "26043", "26050.2", "26055", "26062", "26062.5", "26210", "26240", "26242", "26244", "26246", "26248"), ...op("add", "bpc", "26031.5"), ...op("amend", "gov", "11126"), ...op("add", "rtc", "34019.5"), urgency],
      title:
        "An act to amend Sections 26040, 26043, 26050.2, 26055, 26062, 26062.5, 26210, 26240, 26242, 26244, 26246, and 26248 of, and to add Section 26031.5 to, the Business and Professions Code, to amend Section 11126 of the Government Code, and to add Section 34019.5 to the Revenue and Taxation Code, relating to cannabis, and declaring the urgency thereof, to take effect immediately.",
    },
  ])("$bill", ({ subject, ops, title: expected }) => {
    expect(billTitle({ subject, operations: ops })).toBe(expected);
  });
});

describe("compareSections", () => {
  it("orders section numbers segment by segment", () => {
    expect(["1798.100", "1798.90.56", "1798.91", "1798.90.5", "1798.29", "1798.90.51"].sort(compareSections)).toEqual(["1798.29", "1798.90.5", "1798.90.51", "1798.90.56", "1798.91", "1798.100"]);
  });
});
