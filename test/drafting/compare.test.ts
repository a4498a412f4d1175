import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { amendedText, originalText } from "../../src/drafting/amend-marks.js";
import type { Segment } from "../../src/drafting/amend.schema.js";
import { buildBill } from "../../src/drafting/assemble.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { compareBill, compareSection, type BillComparison, type SectionComparison } from "../../src/drafting/compare.js";
import { renderComparisonHtml, renderComparisonText } from "../../src/drafting/render/compare.js";
import { findProvision, renderProvisions, type ProvisionNode } from "../../src/statutes/provisions.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";

const NAME = "ca/civ/1798.90.51.yaml";
const file = validateStatuteFile(NAME, readFileSync(new URL(`../../statutes/${NAME}`, import.meta.url), "utf8"));
const section = (): ProvisionNode => versionProvisions(file, file.versions[0]!)!;
const statutes = (code: string, num: string) => (code === "civ" && num === "1798.90.51" ? section() : undefined);
const LAW = renderProvisions(section());
const LINES = LAW.split("\n");
const G = findProvision(section(), ["b", "2", "G"])!.text;
const RETENTION = "ALPR information shall not be retained for more than 60 days unless it is evidence in a pending investigation.";

const text = (segments?: readonly Segment[]) => segments?.map((s) => s.text).join("");
const at = (label: string) => LINES.findIndex((l) => l.startsWith(label));
const edit = (f: (lines: string[]) => void) => {
  const lines = [...LINES];
  f(lines);
  return lines.join("\n");
};
const same = (n: number) => Array<string>(n).fill("same");

describe("compareSection rows", () => {
  const cases: Array<{ name: string; proposed: string; statuses: string[]; row: number; current?: string; after?: string }> = [
    { name: "puts an unchanged provision on both sides", proposed: LAW, statuses: same(LINES.length), row: at("(a)"), current: LINES[at("(a)")], after: LINES[at("(a)")] },
    {
      name: "puts a rewritten provision opposite its old text",
      proposed: edit((l) => l.splice(at("(G)"), 1, `(G) ${RETENTION}`)),
      statuses: [...same(LINES.length - 1), "changed"],
      row: at("(G)"),
      current: `(G) ${G}`,
      after: `(G) ${RETENTION}`,
    },
    {
      name: "leaves the current cell empty for an added provision",
      proposed: edit((l) => l.push("(H) The name of the person who approved the policy.")),
      statuses: [...same(LINES.length), "added"],
      row: LINES.length,
      after: "(H) The name of the person who approved the policy.",
    },
    {
      name: "leaves the proposed cell empty for a removed provision",
      proposed: edit((l) => l.splice(at("(E)"), 1)),
      statuses: [...same(at("(E)")), "removed", ...same(LINES.length - at("(E)") - 1)],
      row: at("(E)"),
      current: LINES[at("(E)")],
    },
    {
      name: "keeps each relettered provision opposite its old text when a new one goes in before it",
      proposed: edit((l) => l.splice(at("(F)"), 2, "(F) The name of the person who approved the policy.", LINES[at("(F)")]!.replace("(F)", "(G)"), LINES[at("(G)")]!.replace("(G)", "(H)"))),
      statuses: [...same(at("(F)")), "added", "changed", "changed"],
      row: at("(F)") + 2,
      current: `(G) ${G}`,
      after: `(H) ${G}`,
    },
  ];
  it.each(cases)("$name", ({ proposed, statuses, row, current, after }) => {
    const cmp = compareSection(LAW, proposed);
    expect(cmp.rows.map((r) => r.status)).toEqual(statuses);
    expect(text(cmp.rows[row]!.current)).toBe(current);
    expect(text(cmp.rows[row]!.proposed)).toBe(after);
  });

  it("keeps every relettered provision opposite its old text when a new first one shifts them all", () => {
    const next = (l: string) => l.replace(/^\(([A-G])\)/, (_, c: string) => `(${String.fromCharCode(c.charCodeAt(0) + 1)})`);
    const proposed = edit((l) => l.splice(at("(A)"), l.length - at("(A)"), "(A) The name of the person who approved the policy.", ...LINES.slice(at("(A)")).map(next)));
    const { rows } = compareSection(LAW, proposed);
    expect(rows.map((r) => r.status)).toEqual([...same(at("(A)")), "added", ...Array<string>(7).fill("changed")]);
    for (const row of rows.slice(at("(A)") + 1)) expect(text(row.proposed)).toBe(next(text(row.current)!));
  });

  it("matches provisions printed more than once", () => {
    const { rows } = compareSection("(a) Keep.\nReserved.\nReserved.\n(d) Report.", "(a) Keep all.\nReserved.\nReserved.\n(d) Publish.");
    expect(rows.map((r) => r.status)).toEqual(["changed", "same", "same", "changed"]);
  });

  it("marks deleted words on the current side and inserted words on the proposed side", () => {
    const [row] = compareSection("(a) Keep records for 60 days.", "(a) Keep records for 30 days.").rows;
    expect(row!.current).toEqual([{ text: "(a) Keep records for ", kind: "same" }, { text: "60", kind: "deleted" }, { text: " days.", kind: "same" }]);
    expect(row!.proposed).toEqual([{ text: "(a) Keep records for ", kind: "same" }, { text: "30", kind: "inserted" }, { text: " days.", kind: "same" }]);
  });
});

describe("compareSection counts", () => {
  it.each([
    ["an inserted word", "(a) Keep records.", "(a) Keep all records.", { insertedWords: 1, deletedWords: 0, changedProvisions: 1 }],
    ["a replaced word", "(a) Keep records for 60 days.", "(a) Keep records for 30 days.", { insertedWords: 1, deletedWords: 1, changedProvisions: 1 }],
    ["a removed provision", "(a) Keep.\n(b) Gone now.", "(a) Keep.", { insertedWords: 0, deletedWords: 3, changedProvisions: 1 }],
    ["an added section", "", "(a) New text here.", { insertedWords: 4, deletedWords: 0, changedProvisions: 1 }],
    ["no change", LAW, LAW, { insertedWords: 0, deletedWords: 0, changedProvisions: 0 }],
  ] as const)("counts %s", (_, before, after, counts) => {
    expect(compareSection(before, after).counts).toEqual(counts);
  });
});

/** A small seeded generator, so a failing edit set can be replayed. */
function random(seed: number): () => number {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function randomEdits(seed: number): string {
  const next = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
  const lines = LAW.split("\n").map((l) => l.split(" "));
  for (let n = 1 + Math.floor(next() * 12); n > 0; n--) {
    const line = lines[Math.floor(next() * lines.length)]!;
    const i = Math.floor(next() * line.length);
    const kind = pick(["replace", "insert", "delete", "add line", "drop line", "spacing"] as const);
    if (kind === "replace") line[i] = pick(["operator", "shall", "may", "sixty", "agency,", "(z)"]);
    else if (kind === "insert") line.splice(i, 0, pick(["not", "reasonable", "each year", "and"]));
    else if (kind === "delete" && line.length > 1) line.splice(i, 1);
    else if (kind === "add line") lines.splice(Math.floor(next() * lines.length), 0, ["(x)", "A", "new", "duty."]);
    else if (kind === "drop line" && lines.length > 1) lines.splice(lines.indexOf(line), 1);
    else if (kind === "spacing") line[i] = `${line[i]} `;
  }
  return lines.map((l) => l.join(" ")).join("\n");
}

describe("compareSection redline", () => {
  it.each(Array.from({ length: 30 }, (_, seed) => seed + 1))("gives back both texts after random edit set %i", (seed) => {
    const proposed = randomEdits(seed);
    const cmp: SectionComparison = compareSection(LAW, proposed);
    expect(originalText(cmp.redline)).toBe(LAW);
    expect(amendedText(cmp.redline)).toBe(proposed);
    expect(cmp.rows.filter((r) => r.current).map((r) => text(r.current)).join("\n")).toBe(LAW);
    expect(cmp.rows.filter((r) => r.proposed).map((r) => text(r.proposed)).join("\n")).toBe(proposed);
  });

  it("reads a replaced provision as the old words struck, then the new words inserted", () => {
    const { redline } = compareSection(LAW, LAW.replace(G, RETENTION));
    expect(redline.find((s) => s.kind === "deleted")!.text).toContain("The length of time ALPR information will be retained");
    expect(redline.find((s) => s.kind === "inserted")!.text).toContain("shall not be retained for more than 60 days");
  });
});

const oneSection = (comparison: SectionComparison, note?: string): BillComparison => ({
  sections: [{ label: "SECTION 1.", heading: "Civil Code § 1798.90.51", op: "amend", comparison, note }],
});

describe("renderComparisonHtml", () => {
  const hostile = compareSection(`(a) <script>alert("x")</script> & 'q'`, `(a) <img src=x onerror=alert(1)> & 'q'\n(b) </td></table><a href="http://evil">x</a>`);
  const html = renderComparisonHtml(oneSection(hostile, "<b>note</b>"), "SB 34 <comparative> print");

  it("is a standalone page with the two columns, the redline and print styles", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain("<th scope=\"col\">Current law</th><th scope=\"col\">Proposed law</th>");
    expect(html).toContain("@media print");
    expect(html).toMatch(/<del>[^<]*script[^<]*<\/del>/);
    expect(html).toContain(`<tr class="added"><td class="empty"></td><td><ins>`);
    expect(html).toContain("<div class=\"redline\">");
  });

  it("escapes the section's own words, the note and the title, and loads nothing", () => {
    expect(html).not.toMatch(/<(script|img|a|link|iframe)\b/i);
    expect(html).not.toContain("<b>");
    expect(html).toContain("script&gt;alert(&quot;x&quot;)&lt;/script</del>&gt; &amp; &#39;q&#39;");
    expect(html).toContain("<title>SB 34 &lt;comparative&gt; print</title>");
    expect(html.match(/<\/table>/g)).toHaveLength(1);
  });
});

describe("renderComparisonText", () => {
  const cmp = oneSection(compareSection("(a) Keep records for 60 days.\n(b) Report.", "(a) Keep records for 30 days.\n(c) Publish."));

  it("marks struck words [-…-] and inserted words {+…+} without color", () => {
    const out = renderComparisonText(cmp, { color: false });
    expect(out).toContain("SECTION 1. Civil Code § 1798.90.51");
    expect(out).toContain("(a) Keep records for [-60-]{+30+} days.\n");
    expect(out).toContain("[-(b)-]{+(c)+} [-Report-]{+Publish+}.");
    expect(out).not.toContain("\u001b[");
  });

  it("colors struck words red and inserted words green with color", () => {
    const out = renderComparisonText(cmp, { color: true });
    expect(out).toContain("for \u001b[31m60\u001b[39m\u001b[32m30\u001b[39m days.");
    expect(out).not.toContain("[-");
  });

  it("drops control characters from the text so it cannot drive the terminal", () => {
    const out = renderComparisonText(oneSection(compareSection("(a) Old.", "(a) New \u001b[2J text.")), { color: false });
    expect(out).toContain("(a) [-Old-]{+New [2J text+}.");
    expect(out).not.toContain("\u001b");
  });
});

describe("compareBill", () => {
  const input = BillInput.parse({
    house: "Senate",
    number: "SB 34",
    authors: ["Hill"],
    subject: "personal information",
    operations: [
      { op: "amend", code: "civ", section: "1798.90.51", changes: [{ type: "replace", path: ["b", "2", "G"], text: RETENTION }, { type: "remove-provision", path: ["b", "2", "E"] }] },
      { op: "add", code: "civ", section: "1798.90.56", text: "An ALPR operator shall not sell ALPR information." },
      { op: "repeal", code: "civ", section: "1798.90.55" },
      { op: "uncodified", kind: "findings", text: "(a) Privacy matters." },
    ],
  });
  const bill = buildBill(input, statutes);
  const { sections } = compareBill(bill);

  it("compares each amended, added and repealed code section under its label and citation", () => {
    expect(sections.map((s) => [s.label, s.heading, s.op])).toEqual([
      ["SECTION 1.", "Civil Code § 1798.90.51", "amend"],
      ["SEC. 2.", "Civil Code § 1798.90.56", "add"],
      ["SEC. 3.", "Civil Code § 1798.90.55", "repeal"],
    ]);
  });

  it("aligns the amended section by provision, the relettered ones opposite their old text", () => {
    const { rows, redline } = sections[0]!.comparison;
    expect(rows.map((r) => r.status)).toEqual([...same(at("(E)")), "removed", "changed", "changed"]);
    expect(text(rows[at("(F)")]!.current)).toBe(LINES[at("(F)")]);
    expect(text(rows[at("(F)")]!.proposed)).toBe(LINES[at("(F)")]!.replace("(F)", "(E)"));
    expect(text(rows[at("(G)")]!.proposed)).toBe(`(F) ${RETENTION}`);
    expect(originalText(redline)).toBe(bill.sections[0]!.current);
    expect(amendedText(redline)).toBe(bill.sections[0]!.proposed);
  });

  it("prints an added section as all inserted text, without its number, and notes a repeal it cannot reprint", () => {
    expect(sections[1]!.comparison.rows).toEqual([{ proposed: [{ text: "An ALPR operator shall not sell ALPR information.", kind: "inserted" }], status: "added" }]);
    expect(sections[2]!.comparison.rows).toEqual([]);
    expect(sections[2]!.note).toMatch(/not stored/);
    expect(renderComparisonHtml({ sections }, "SB 34")).toContain("Civil Code § 1798.90.55");
  });
});
