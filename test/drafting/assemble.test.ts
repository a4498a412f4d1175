import { readFileSync } from "node:fs";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { buildBill, ENACTING_CLAUSE, marksToLines, type StatuteLookup } from "../../src/drafting/assemble.js";
import { lineToMarkdown, renderBillMarkdown } from "../../src/drafting/render/markdown.js";
import { AmendmentError } from "../../src/drafting/amend.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { findProvision, renderProvisions, type ProvisionNode } from "../../src/statutes/provisions.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";

const NAME = "ca/civ/1798.90.51.yaml";
const file = validateStatuteFile(NAME, readFileSync(new URL(`../../statutes/${NAME}`, import.meta.url), "utf8"));
const section = (): ProvisionNode => versionProvisions(file, file.versions[0]!)!;
const statutes = (code: string, num: string) => (code === "civ" && num === "1798.90.51" ? section() : undefined);
const G = findProvision(section(), ["b", "2", "G"])!.text;
const A = findProvision(section(), ["b", "2", "A"])!.text;
const RETENTION = "ALPR information shall not be retained for more than 60 days unless it is evidence in a pending investigation.";
const NEW_SECTION = "An ALPR operator shall not sell ALPR information.";

const assembleBill = (input: BillInput, lookup: StatuteLookup) => {
  const doc = buildBill(input, lookup);
  return { title: doc.title, markdown: renderBillMarkdown(doc) };
};

const bill = (operations: unknown[]): BillInput =>
  BillInput.parse({ house: "Senate", number: "SB 34", authors: ["Hill"], subject: "personal information", operations });

const replaceG = { op: "amend", code: "civ", section: "1798.90.51", changes: [{ type: "replace", path: ["b", "2", "G"], text: RETENTION }] };
const addSection = { op: "add", code: "civ", section: "1798.90.56", text: NEW_SECTION };

describe("assembleBill", () => {
  const { title, markdown } = assembleBill(bill([replaceG, addSection]), statutes);

  it("prints the house and number, the title, the digest and the enacting clause", () => {
    expect(title).toBe("An act to amend Section 1798.90.51 of, and to add Section 1798.90.56 to, the Civil Code, relating to personal information.");
    expect(markdown).toContain("Senate Bill No. 34");
    expect(markdown).toContain(title);
    expect(markdown).toContain("LEGISLATIVE COUNSEL'S DIGEST");
    expect(buildBill(bill([replaceG]), statutes).digest.paragraphs).toEqual([
      "Existing law [DESCRIBE EXISTING LAW IN SECTION 1798.90.51]. This bill would amend Section 1798.90.51 of the Civil Code to [DESCRIBE THE CHANGE].",
    ]);
    expect(markdown).toContain("SB 34, as introduced, Hill. [TOPIC].");
    expect(markdown).toContain("Vote: [MAJORITY/2/3] Appropriation: [YES/NO]");
    expect(markdown).toContain(ENACTING_CLAUSE);
    expect(markdown.indexOf(ENACTING_CLAUSE)).toBeLessThan(markdown.indexOf("SECTION 1."));
  });

  it("prints the amended section in full with struck and inserted words marked", () => {
    expect(markdown).toContain("SECTION 1. Section 1798.90.51 of the Civil Code is amended to read:");
    expect(markdown).toContain("\n1798.90.51. An ALPR operator shall do all of the following:\n");
    expect(markdown).toContain(`~~${G.replace(/\.$/, "")}`);
    expect(markdown).toMatch(/~~[^~]*The length of time ALPR information will be retained[^~]*~~/);
    expect(markdown).toMatch(/\*[^*]*shall not be retained for more than 60 days[^*]*\*/);
    expect(markdown).toContain(`\n(A) ${A}\n`);
    
  });

  it("prints the added section in italics as SEC. 2", () => {
    expect(markdown).toContain("SEC. 2. Section 1798.90.56 is added to the Civil Code, to read:");
    expect(markdown).toContain(`*1798.90.56. ${NEW_SECTION}*`);
  });

  it("numbers uncodified and repeal sections in operation order", () => {
    const md = assembleBill(bill([replaceG, { op: "repeal", code: "civ", section: "1798.90.55" }, { op: "uncodified", kind: "findings", text: "(a) Privacy matters." }]), statutes).markdown;
    expect(md).toContain("SEC. 2. Section 1798.90.55 of the Civil Code is repealed.");
    expect(md).toContain("SEC. 3. The Legislature finds and declares all of the following:\n\n(a) Privacy matters.");
  });

  it("names the version amended when the code has more than one, and prints an urgency clause with a 2/3 vote", () => {
    const doc = buildBill(
      bill([
        { ...replaceG, as: "as amended by Section 2 of Chapter 100 of the Statutes of 2020" },
        { op: "uncodified", kind: "urgency", text: "In order to protect the privacy of Californians at the earliest possible time, it is necessary that this act take effect immediately." },
      ]),
      statutes,
    );
    expect(doc.sections[0]!.instruction).toBe("Section 1798.90.51 of the Civil Code, as amended by Section 2 of Chapter 100 of the Statutes of 2020, is amended to read:");
    expect(doc.sections[1]!.lines.map((l) => l.map((r) => r.text).join(""))).toEqual([
      "This act is an urgency statute necessary for the immediate preservation of the public peace, health, or safety within the meaning of Article IV of the Constitution and shall go into immediate effect. The facts constituting the necessity are: In order to protect the privacy of Californians at the earliest possible time, it is necessary that this act take effect immediately.",
    ]);
    expect(doc.digest.key).toMatch(/^Vote: 2\/3 /);
    expect(doc.title).toMatch(/, and declaring the urgency thereof, to take effect immediately\.$/);
    expect(() => BillInput.parse({ ...bill([replaceG]), operations: [{ ...replaceG, as: "amended in 2020" }] })).toThrow(/as amended by/);
  });

  it("drafts against the text in force the bill gives for a section the store does not hold", () => {
    const stored = buildBill(bill([replaceG]), statutes);
    const text = renderProvisions(section());
    const given = buildBill(bill([{ ...replaceG, current: `1798.90.51. ${text}` }]), () => undefined);
    expect(given.sections[0]!.lines).toEqual(stored.sections[0]!.lines);
    // A made-up section, so nothing stored can answer for it (test text, not law).
    const other = buildBill(bill([{ op: "amend", code: "pen", section: "99999", current: "(a) Test text one.\n(b) Test text two.", changes: [{ type: "strike", path: ["b"], words: "two" }] }]), () => undefined);
    expect(other.sections[0]!.instruction).toBe("Section 99999 of the Penal Code is amended to read:");
    expect(other.sections[0]!.lines.map(lineToMarkdown)).toEqual(["99999\\. (a) Test text one.", "(b) Test text ~~two~~."]);
    expect(() => buildBill(bill([{ op: "amend", code: "pen", section: "99999", changes: [{ type: "strike", path: ["a"], words: "x" }] }]), () => undefined)).toThrow(/not in the stored statutes; give its text in force as "current"/);
    // With nothing to apply yet, the bill still builds, the gap marked for staff.
    const gap = buildBill(bill([{ op: "amend", code: "pen", section: "99999", changes: [] }]), () => undefined).sections[0]!;
    expect(gap.lines.map(lineToMarkdown)).toEqual(["99999\\. [TEXT OF THE SECTION AS AMENDED]"]);
    expect(gap.note).toMatch(/The text of Section 99999 of the Penal Code is not stored/);
  });

  it.each([
    {
      name: "a removed subparagraph is struck whole and the later ones relettered label by label",
      change: { type: "remove-provision", path: ["b", "2", "C"] },
      lines: [/^~~\(C\) A description of how the ALPR system will be monitored .*laws\.~~$/, /^~~\(D\)~~\*\(C\)\* The purposes of, process for/, /^~~\(G\)~~\*\(F\)\* The length of time/],
    },
    {
      name: "an added subparagraph is inserted whole and the later ones relettered label by label",
      change: { type: "add-provision", path: ["b", "2"], after: "B", text: "The name of every agency the information is shared with." },
      lines: [/^\*\(C\) The name of every agency the information is shared with\.\*$/, /^~~\(C\)~~\*\(D\)\* A description of how the ALPR system/, /^~~\(G\)~~\*\(H\)\* The length of time/],
    },
  ])("prints relettering as Legislative Counsel does: $name", ({ change, lines }) => {
    const printed = buildBill(bill([{ op: "amend", code: "civ", section: "1798.90.51", changes: [change] }]), statutes).sections[0]!.lines.map(lineToMarkdown);
    for (const line of lines) expect(printed.some((l) => line.test(l)), `${line}`).toBe(true);
    // Provisions the change does not touch carry no marks.
    expect(printed.find((l) => l.startsWith("(A) "))).toBe(`(A) ${A}`);
  });

  it("keeps a repealed section's text for the comparative print, without printing it in the bill", () => {
    const doc = buildBill(bill([{ op: "repeal", code: "civ", section: "1798.90.51" }]), statutes);
    expect(doc.sections[0]!.lines).toEqual([]);
    expect(doc.sections[0]!.current).toContain("An ALPR operator shall do all of the following:");
  });

  it("throws the engine's error when an amendment names a missing provision", () => {
    const missing = { ...replaceG, changes: [{ type: "replace", path: ["b", "2", "Z"], text: RETENTION }] };
    expect(() => assembleBill(bill([missing]), statutes)).toThrow(AmendmentError);
    expect(() => assembleBill(bill([missing]), statutes)).toThrow("§ 1798.90.51(b)(2)(Z) does not exist");
  });

  it("throws an AmendmentError when the amended section is not stored", () => {
    expect(() => assembleBill(bill([{ ...replaceG, section: "1798.90.99" }]), statutes)).toThrow(AmendmentError);
  });
});

describe("marks as Markdown lines", () => {
  it("keeps spaces outside the marks and puts each line in its own paragraph", () => {
    const lines = marksToLines([{ text: "(a) Keep ", kind: "same" }, { text: "all ", kind: "deleted" }, { text: "records.\n(b) New", kind: "inserted" }]);
    expect(lines.map(lineToMarkdown)).toEqual(["(a) Keep ~~all~~ *records.*", "*(b) New*"]);
  });

  it("keeps placeholders readable but lets no bracket open a link or a link definition", () => {
    const hostile = ["[c]: javascript:alert(1)", "see [x][c] and [c] and [a](javascript:b) and https://x.test and www.example.com and [DESCRIBE THE CHANGE]."];
    const md = hostile.map((text) => lineToMarkdown([{ text, kind: "same" }])).join("\n\n");
    expect(md).toContain("[DESCRIBE THE CHANGE].");
    // Parsed by a real Markdown parser, nothing the bill said becomes a link or a link definition.
    const kinds: string[] = [];
    const walk = (node: { type: string; url?: string; children?: unknown[] }): void => {
      if (/link|definition/i.test(node.type)) kinds.push(`${node.type} ${node.url ?? ""}`);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(unified().use(remarkParse).use(remarkGfm).parse(md));
    // Only a web address the bill itself shows may be autolinked (GFM does so whatever the escaping), as itself.
    expect(kinds).toEqual(["link https://x.test", "link http://www.example.com"]);
  });

  it("escapes the bill's own words so they cannot open links or emphasis", () => {
    expect(lineToMarkdown([{ text: "see [here](javascript:x) *now* ", kind: "same" }, { text: "<b>", kind: "inserted" }])).toBe(
      "see \\[here](javascript:x) \\*now\\* *\\<b\\>*",
    );
  });
});
