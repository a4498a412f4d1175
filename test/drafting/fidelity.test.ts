/**
 * The real bills in the reference, expressed as structured operations in
 * examples/bills/, must print the amended text Legislative Counsel printed,
 * word for word, with the right words inserted and struck against current law.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBill, lineText, type BillSection } from "../../src/drafting/assemble.js";
import { compareBill } from "../../src/drafting/compare.js";
import { renderBill } from "../../src/drafting/render/index.js";
import { bundledStatutes, readBill } from "../../src/drafting/statute-source.js";

const examples = new URL("../../examples/bills/", import.meta.url);
const reference = new URL("../../../shared/reference/legislation_followup/", import.meta.url);

async function section(example: string, number: string): Promise<BillSection> {
  const input = readBill(readFileSync(new URL(example, examples), "utf8"), example);
  const bill = buildBill(input, await bundledStatutes(input));
  return bill.sections.find((s) => s.target?.section === number)!;
}

/** The bill text the reference quotes: from the section number to where the capture stops. */
function quoted(file: string, from: string, until: RegExp): string {
  const text = readFileSync(new URL(file, reference), "utf8");
  const start = text.indexOf(from);
  const rest = text.slice(start);
  return rest.slice(0, rest.search(until));
}

const words = (s: string) => s.replace(/\s+/g, " ").trim();
const printed = (s: BillSection, drop: "deleted" | "inserted") => words(s.lines.map((l) => lineText(l.filter((r) => r.kind !== drop))).join("\n"));
const runs = (s: BillSection, kind: "deleted" | "inserted") => s.lines.flat().filter((r) => r.kind === kind).map((r) => words(r.text));

describe("AB 1463 (amended in Assembly March 22, 2023): Civil Code § 1798.90.51", () => {
  const file = "AB1463_2023_Lowenthal.txt";
  it.runIf(existsSync(new URL(file, reference)))("prints (a) to (b)(2)(B) as the bill does, word for word", async () => {
    const expected = words(quoted(file, "1798.90.51.\nAn ALPR operator", /\(C\) A description of how the \[/));
    expect(expected.length).toBeGreaterThan(1500);
    const s = await section("ab1463-amended-assembly-2023-03-22.yaml", "1798.90.51");
    expect(s.instruction).toBe("Section 1798.90.51 of the Civil Code is amended to read:");
    expect(printed(s, "deleted").startsWith(expected)).toBe(true);
  });

  it("inserts the audit sentences in (a) and modernizes \"Internet Web site\" twice in (b)(1)", async () => {
    const s = await section("ab1463-amended-assembly-2023-03-22.yaml", "1798.90.51");
    expect(runs(s, "inserted")).toEqual([
      expect.stringMatching(/^These reasonable security procedures and practices shall include, but not be limited to, an annual audit .* providing the ALPR system\.$/),
      "internet website",
      "internet website",
    ]);
    expect(runs(s, "deleted")).toEqual(["Internet Web site", "Internet Web site"]);
    // Without the insertions, the print is the law in force.
    expect(printed(s, "inserted")).toBe(words(s.current!.replace(/^/, "1798.90.51. ")));
  });
});

describe("AB 1463's comparative print", () => {
  it("strikes only the two \"Internet Web site\" and keeps (a)'s existing words unmarked", async () => {
    const input = readBill(readFileSync(new URL("ab1463-amended-assembly-2023-03-22.yaml", examples), "utf8"), "ab1463");
    const cmp = compareBill(buildBill(input, await bundledStatutes(input)));
    const s51 = cmp.sections.find((s) => s.heading === "Civil Code § 1798.90.51")!.comparison;
    expect(s51.counts).toMatchObject({ deletedWords: 6, changedProvisions: 2 });
    expect(s51.redline.filter((r) => r.kind === "deleted").map((r) => r.text.trim())).toEqual(["Internet Web site", "Internet Web site"]);
  });
});

describe("AB 2192 (introduced): Civil Code § 1798.90.55", () => {
  const file = "AB2192_2022_Ramos_sharing.txt";
  it.runIf(existsSync(new URL(file, reference)))("opens the section as the bill does, with nothing struck or inserted there", async () => {
    const expected = words(quoted(file, "1798.90.55. Notwithstanding", / \[\.\.\. truncated\]/));
    expect(expected).toMatch(/^1798\.90\.55\. Notwithstanding any other law or regulation: \(a\) A public agency .* governing body of the$/);
    const s = await section("ab2192-introduced.yaml", "1798.90.55");
    expect(s.label).toBe("SECTION 1.");
    expect(s.instruction).toBe("Section 1798.90.55 of the Civil Code is amended to read:");
    expect(printed(s, "deleted").startsWith(expected)).toBe(true);
    expect(printed(s, "inserted").startsWith(expected)).toBe(true);
  });
});

describe("the digests", () => {
  it.runIf(existsSync(new URL("AB2192_2022_Ramos_sharing.txt", reference)))("print AB 2192's digest as Legislative Counsel wrote it: lead, paragraphs and key", async () => {
    const ref = readFileSync(new URL("AB2192_2022_Ramos_sharing.txt", reference), "utf8");
    const block = ref.slice(ref.indexOf("AB 2192, as introduced"), ref.indexOf("\nBill Text"));
    const input = readBill(readFileSync(new URL("ab2192-introduced.yaml", examples), "utf8"), "ab2192");
    const { digest } = buildBill(input, await bundledStatutes(input));
    expect(words([digest.lead, ...digest.paragraphs, `Digest Key ${digest.key}`].join(" "))).toBe(words(block));
  });

  it.runIf(existsSync(new URL("AB1076_2021_Kiley_DOJ_model_policy.txt", reference)))("print AB 1076 as introduced: digest, key and the new section's (a) word for word", async () => {
    const ref = readFileSync(new URL("AB1076_2021_Kiley_DOJ_model_policy.txt", reference), "utf8");
    const input = readBill(readFileSync(new URL("ab1076-introduced.yaml", examples), "utf8"), "ab1076");
    const bill = buildBill(input, await bundledStatutes(input));
    const block = ref.slice(ref.indexOf("AB 1076, as introduced"), ref.indexOf("\nBill Text"));
    expect(words([bill.digest.lead, ...bill.digest.paragraphs, `Digest Key ${bill.digest.key}`].join(" "))).toBe(words(block));
    const s = bill.sections[0]!;
    expect(`${s.label} ${s.instruction}`).toBe("SECTION 1. Section 15009 is added to the Government Code, to read:");
    expect(ref).toContain(`${s.label} ${s.instruction}\n${lineText(s.lines[0]!)}\n`);
    expect(s.lines[0]!.every((r) => r.kind === "inserted")).toBe(true);
  });

  it.runIf(existsSync(new URL("AB1463_2023_Lowenthal.txt", reference)))("open AB 1463's digest with its real lead line", async () => {
    const input = readBill(readFileSync(new URL("ab1463-amended-assembly-2023-03-22.yaml", examples), "utf8"), "ab1463");
    expect(buildBill(input, await bundledStatutes(input)).digest.lead).toBe("AB 1463, as amended, Lowenthal. Automated license plate recognition systems: retention and use of information.");
    expect(readFileSync(new URL("AB1463_2023_Lowenthal.txt", reference), "utf8")).toContain("AB 1463, as amended, Lowenthal. Automated license plate recognition systems: retention and use of information.");
  });
});

describe("an amendment against an incomplete stored copy", () => {
  it("prints a drafter's note naming what the store lacks", async () => {
    const input = readBill("house: Senate\nauthors: [Hill]\nsubject: privacy\noperations:\n  - { op: amend, code: pen, section: \"832.18\", changes: [] }\n", "pen.yaml");
    const s = buildBill(input, await bundledStatutes(input)).sections[0]!;
    expect(s.note).toMatch(/The stored text of Section 832\.18 is incomplete \(Paragraph \(b\)\(5\) after .+ not captured; Paragraphs \(b\)\(6\) to \(8\) .+ not captured\)\. Check the section against the official code/);
  });
});

describe("the digest lead line of every example", () => {
  const SOURCES: Record<string, string> = {
    "sb34-introduced.yaml": "SB34_2015_legislative_history.txt",
    "sb210-introduced.yaml": "SB210_2021_Wiener.txt",
    "sb210-amended-senate-2021-03-15.yaml": "SB210_2021_Wiener.txt",
    "ab1076-introduced.yaml": "AB1076_2021_Kiley_DOJ_model_policy.txt",
    "ab2192-introduced.yaml": "AB2192_2022_Ramos_sharing.txt",
    "ab1463-amended-assembly-2023-03-22.yaml": "AB1463_2023_Lowenthal.txt",
    "sb274-amended-senate-2025-03-26.yaml": "SB274_2025_Cervantes_vetoed.txt",
  };
  it.runIf(existsSync(reference)).each(Object.entries(SOURCES))("%s is the one Legislative Counsel wrote", async (example, source) => {
    const input = readBill(readFileSync(new URL(example, examples), "utf8"), example);
    const { lead } = buildBill(input, await bundledStatutes(input)).digest;
    expect(readFileSync(new URL(source, reference), "utf8")).toContain(lead);
  });
});

describe("every example bill", () => {
  const files = readdirSync(examples).filter((f) => f.endsWith(".yaml"));
  it.each(files)("%s builds and renders in every format", async (name) => {
    const input = readBill(readFileSync(new URL(name, examples), "utf8"), name);
    const bill = buildBill(input, await bundledStatutes(input));
    expect(bill.sections).toHaveLength(input.operations.length);
    for (const format of ["md", "html", "akn"] as const) expect(new TextDecoder().decode(await renderBill(bill, format))).toContain(bill.title.slice(0, 40));
    for (const format of ["docx", "pdf"] as const) expect((await renderBill(bill, format)).byteLength).toBeGreaterThan(1000);
  });
});
