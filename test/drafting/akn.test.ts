import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Element } from "@xmldom/xmldom";
import { buildBill, ENACTING_CLAUSE } from "../../src/drafting/assemble.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { renderBillAkn } from "../../src/drafting/render/akn.js";
import { BadRequestError } from "../../src/lib/errors.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";
import { AKN_NS, checkAknBill, childElements, descendants, parseXml } from "../support/akn-structure.js";

const NAME = "ca/civ/1798.90.51.yaml";
const file = validateStatuteFile(NAME, readFileSync(new URL(`../../statutes/${NAME}`, import.meta.url), "utf8"));
const statutes = (code: string, num: string) => (code === "civ" && num === "1798.90.51" ? versionProvisions(file, file.versions[0]!)! : undefined);

const RETENTION = "ALPR information shall not be retained for more than 60 days.";
const STRUCK_G = "The length of time ALPR information will be retained";
const NEW_SECTION = "An ALPR operator shall not sell ALPR information.";
const HOSTILE = `(a) Agencies wrote <script>alert("x")</script> & 'more' ]]> \u0001\uFFFE\uD800 here.`;

const input = (overrides: Record<string, unknown> = {}) =>
  BillInput.parse({
    house: "Assembly",
    number: "AB 1463",
    session: "2023-2024",
    version: "Amended in Assembly March 22, 2023",
    introduced: "2023-02-16",
    authors: ["Lowenthal"],
    subject: "personal information",
    operations: [
      {
        op: "amend",
        code: "civ",
        section: "1798.90.51",
        changes: [
          { type: "replace", path: ["b", "2", "G"], text: RETENTION },
          { type: "strike", path: ["a"], words: "reasonable" },
        ],
      },
      { op: "add", code: "civ", section: "1798.90.56", text: NEW_SECTION },
      { op: "repeal", code: "civ", section: "1798.90.55" },
      { op: "uncodified", kind: "findings", text: HOSTILE },
    ],
    ...overrides,
  });

const render = (overrides?: Record<string, unknown>) => renderBillAkn(buildBill(input(overrides), statutes), { date: "2023-03-23" });
const xml = render();
const doc = parseXml(xml);
const root = doc.documentElement!;
const text = (e: Element | undefined) => e?.textContent ?? "";
const all = (name: string) => descendants(root, name);
const sections = () => childElements(all("body")[0]!).filter((e) => e.localName === "section");

describe("renderBillAkn", () => {
  it("produces a document that passes the structural checks", () => {
    expect(root.localName).toBe("akomaNtoso");
    expect(root.namespaceURI).toBe(AKN_NS);
    expect(checkAknBill(doc)).toEqual([]);
  });

  it("identifies the bill by session and number at all three FRBR levels", () => {
    const value = (level: string, name: string) => descendants(all(level)[0]!, name)[0]?.getAttribute("value");
    expect(value("FRBRWork", "FRBRuri")).toBe("/akn/us-ca/bill/2023-2024/ab1463");
    expect(value("FRBRWork", "FRBRcountry")).toBe("us-ca");
    expect(value("FRBRExpression", "FRBRuri")).toBe("/akn/us-ca/bill/2023-2024/ab1463/eng@2023-03-23");
    expect(value("FRBRManifestation", "FRBRthis")).toBe("/akn/us-ca/bill/2023-2024/ab1463/eng@2023-03-23/!main.xml");
    expect(all("FRBRlanguage")[0]!.getAttribute("language")).toBe("eng");
    expect(all("TLCOrganization").map((e) => e.getAttribute("eId"))).toContain("oversight");
  });

  it("falls back to the session holding the date and a draft number", () => {
    const draft = parseXml(renderBillAkn(buildBill(input({ number: undefined, session: undefined }), statutes), { date: "2024-05-01" }));
    expect(checkAknBill(draft)).toEqual([]);
    expect(descendants(draft.documentElement!, "FRBRuri")[0]!.getAttribute("value")).toBe("/akn/us-ca/bill/2023-2024/ab-draft");
    const december = parseXml(renderBillAkn(buildBill(input({ number: undefined, session: undefined }), statutes), { date: "2024-12-02" }));
    expect(descendants(december.documentElement!, "FRBRuri")[0]!.getAttribute("value")).toBe("/akn/us-ca/bill/2025-2026/ab-draft");
  });

  it("prints the heading, session, version, title, digest and enacting formula", () => {
    expect(text(all("docNumber")[0])).toBe("1463");
    expect(all("session")[0]!.getAttribute("value")).toBe("2023-2024");
    expect(text(all("docStage")[0])).toBe("Amended in Assembly March 22, 2023");
    expect(text(all("docIntroducer")[0])).toBe("Introduced by Assembly Member Lowenthal");
    expect(text(descendants(all("longTitle")[0]!, "p")[0])).toBe(
      "An act to amend Section 1798.90.51 of, to add Section 1798.90.56 to, and to repeal Section 1798.90.55 of, the Civil Code, relating to personal information.",
    );
    const digest = all("container").find((c) => c.getAttribute("name") === "digest");
    expect(text(digest)).toContain("AB 1463, as amended, Lowenthal.");
    const formula = all("formula")[0]!;
    expect(formula.getAttribute("name")).toBe("enactingFormula");
    expect(text(formula).trim()).toBe(ENACTING_CLAUSE);
  });

  it("numbers the sections SECTION 1., SEC. 2. … with unique eIds", () => {
    expect(sections().map((s) => text(childElements(s)[0]))).toEqual(["SECTION 1.", "SEC. 2.", "SEC. 3.", "SEC. 4."]);
    expect(sections().map((s) => s.getAttribute("eId"))).toEqual(["sec_1", "sec_2", "sec_3", "sec_4"]);
  });

  it("quotes the amended section with struck words in <del> and new words in <ins>", () => {
    const [amend] = sections();
    const mod = descendants(amend!, "mod")[0]!;
    expect(mod.getAttribute("eId")).toBe("sec_1__mod_1");
    expect(text(mod)).toMatch(/^Section 1798\.90\.51 of the Civil Code is amended to read:/);
    const quoted = descendants(mod, "quotedStructure")[0]!;
    expect(text(descendants(quoted, "num")[0])).toBe("1798.90.51.");
    const dels = descendants(quoted, "del").map(text);
    expect(dels.some((d) => d.includes(STRUCK_G))).toBe(true);
    expect(dels.some((d) => d.trim() === "reasonable")).toBe(true);
    expect(descendants(quoted, "ins").map(text).join(" ")).toContain("shall not be retained for more than 60 days");
  });

  it("nests the quoted section as California numbers it: subsection (b), paragraph (2), subparagraph (G)", () => {
    const quoted = descendants(descendants(sections()[0]!, "mod")[0]!, "quotedStructure")[0]!;
    const g = descendants(quoted, "subparagraph").find((e) => e.getAttribute("eId")!.endsWith("__subsec_b__para_2__subpara_G"))!;
    expect(g).toBeDefined();
    expect(text(childElements(g)[0])).toBe("(G)");
    expect((g.parentNode as Element).localName).toBe("paragraph");
    const intro = descendants(quoted, "intro")[0]!;
    expect(text(intro)).toBe("An ALPR operator shall do all of the following:");
  });

  it("keeps a relettered provision's old and new label in its num", () => {
    const relettered = render({ operations: [{ op: "amend", code: "civ", section: "1798.90.51", changes: [{ type: "remove-provision", path: ["b", "2", "C"] }] }] });
    const doc = parseXml(relettered);
    expect(checkAknBill(doc)).toEqual([]);
    const nums = descendants(doc.documentElement!, "num").filter((n) => descendants(n, "del").length > 0);
    expect(nums.map((n) => [descendants(n, "del").map(text).join(""), descendants(n, "ins").map(text).join("")])).toEqual(
      expect.arrayContaining([["(D)", "(C)"], ["(G)", "(F)"]]),
    );
  });

  it("marks an added section as inserted and leaves a repeal without quoted text", () => {
    const [, add, repeal] = sections();
    const quoted = descendants(add!, "quotedStructure")[0]!;
    expect(descendants(quoted, "ins").map(text)).toEqual(["1798.90.56.", NEW_SECTION]);
    expect(descendants(repeal!, "mod")).toEqual([]);
    expect(descendants(repeal!, "p").map(text)).toEqual(["Section 1798.90.55 of the Civil Code is repealed."]);
  });

  it("escapes hostile text and drops characters XML cannot carry", () => {
    const findings = sections()[3]!;
    expect(descendants(findings, "script")).toEqual([]);
    const paragraphs = descendants(findings, "p").map(text);
    expect(paragraphs[0]).toBe("The Legislature finds and declares all of the following:");
    expect(paragraphs[1]).toBe(`(a) Agencies wrote <script>alert("x")</script> & 'more' ]]>  here.`);
    expect(xml).toContain("&lt;script&gt;");
    const hostileMeta = render({ authors: [`O"Brien <b>&`], subject: "privacy <i>&amp;" });
    const parsed = parseXml(hostileMeta);
    expect(checkAknBill(parsed)).toEqual([]);
    expect(descendants(parsed.documentElement!, "docIntroducer")[0]!.textContent).toBe(`Introduced by Assembly Member O"Brien <b>&`);
  });

  it("keeps a drafter's note out of the body, in meta/notes, pointed to by noteRef", () => {
    const noted = parseXml(render({ operations: [{ op: "amend", code: "civ", section: "1798.90.51" }] }));
    expect(checkAknBill(noted)).toEqual([]);
    const note = descendants(noted.documentElement!, "note")[0]!;
    expect((note.parentNode as Element).localName).toBe("notes");
    expect(note.textContent).toContain("No changes drafted yet");
    expect(descendants(noted.documentElement!, "noteRef")[0]!.getAttribute("href")).toBe(`#${note.getAttribute("eId")}`);
  });

  it("rejects a date that is not an ISO day", () => {
    expect(() => renderBillAkn(buildBill(input(), statutes), { date: "23 March 2023" })).toThrow(BadRequestError);
  });
});

describe("checkAknBill", () => {
  const broken: [string, (x: string) => string, RegExp][] = [
    ["FRBRWork is missing", (x) => x.replace(/<FRBRWork>[\s\S]*?<\/FRBRWork>/, ""), /identification: expected <FRBRWork>/],
    ["FRBRdate comes before FRBRuri", (x) => x.replace(/(<FRBRuri [^>]*\/>)(\s*)(<FRBRdate [^>]*\/>)/, "$3$2$1"), /FRBRWork: /],
    ["FRBRlanguage is missing", (x) => x.replace(/<FRBRlanguage [^>]*\/>/, ""), /FRBRExpression: expected <FRBRlanguage>/],
    ["the preamble precedes the preface", (x) => x.replace(/(<preface>[\s\S]*<\/preface>)(\s*)(<preamble>[\s\S]*<\/preamble>)/, "$3$2$1"), /bill: /],
    ["an eId repeats", (x) => x.replace('eId="sec_2"', 'eId="sec_1"'), /eId "sec_1" is used more than once/],
    ["<del> sits directly in <content>", (x) => x.replace(/<content>/, "<content><del>x</del>"), /<del> inside <content>/],
    ["a <mod> quotes nothing", (x) => x.replace(/<quotedStructure [\s\S]*?<\/quotedStructure><\/mod>/, "</mod>"), /quotes no text/],
    ["the namespace is wrong", (x) => x.replace(AKN_NS, "http://example.com/akn"), /root must be <akomaNtoso>/],
  ];

  it.each(broken)("fails when %s", (_, breakIt, message) => {
    const problems = checkAknBill(parseXml(breakIt(xml)));
    expect(problems.join("\n")).toMatch(message);
  });

  it("refuses XML that is not well-formed", () => {
    expect(() => parseXml(xml.replace("</preamble>", ""))).toThrow();
  });
});
