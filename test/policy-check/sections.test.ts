import { describe, expect, it } from "vitest";
import { readPolicyDocument } from "../../src/policy-check/document.js";
import { classifyHeadingLine, readListMarker } from "../../src/policy-check/headings.js";
import { splitSentences } from "../../src/policy-check/sentences.js";

const read = (content: string, format: "text" | "markdown" = "text") => readPolicyDocument({ format, content });

describe("heading lines", () => {
  it.each([
    ["462.4 ADMINISTRATION", 3],
    ["426.5.1 AUDITS", 4],
    ["3.2 Data Retention and Destruction", 3],
    ["Section 3 – Retention", 2],
    ["SECTION 4 OPERATOR'S RESPONSIBILITIES:", 2],
    ["Chapter 2 Patrol Operations", 1],
    ["III. PROCEDURES", 2],
    ["B. DATA RETENTION", 3],
    ["DATA COLLECTION AND RETENTION", 3],
    ["DEFINITIONS", 3],
  ])("%s is a heading of rank %i", (line, rank) => {
    expect(classifyHeadingLine(line)).toMatchObject({ rank });
  });

  it.each([
    "ALPR data is retained for 60 days.",
    "1798.90.51 requires a usage and privacy policy",
    "Section 3 of this policy applies to all members.",
    "A. Use of the LPR system shall adhere to department policy 128",
    "NCIC",
    "(a) The name of the agency.",
  ])("%s is not a heading", (line) => {
    expect(classifyHeadingLine(line)).toBeNull();
  });
});

describe("list markers", () => {
  it.each([
    ["(a) The name of the agency.", "(a)", "alpha"],
    ["(iv) Fourth", "(iv)", "roman"],
    ["1. License plate numbers", "1.", "digit"],
    ["A. Use of LPR system", "A.", "alpha"],
    ["• A bullet", "•", "bullet"],
  ])("%s starts with %s", (line, marker, kind) => {
    expect(readListMarker(line)).toMatchObject({ marker, kind });
  });

  it.each(["Dr. Smith approves requests.", "No. 5 applies.", "462.4 ADMINISTRATION"])("%s has no marker", (line) => {
    expect(readListMarker(line)).toBeNull();
  });
});

describe("structure recovery", () => {
  it("nests numbered headings and gives every sentence its path and source line", async () => {
    const doc = await read(["462 AUTOMATED LICENSE PLATE READERS", "462.4 ADMINISTRATION", "The Captain manages the system.", "426.4.1 AUDITS", "Audits happen monthly."].join("\n"));
    expect(doc.units.filter((u) => u.role === "text").map((u) => [u.sectionPath.join(" > "), u.line])).toEqual([
      ["462 AUTOMATED LICENSE PLATE READERS > 462.4 ADMINISTRATION", 3],
      ["462 AUTOMATED LICENSE PLATE READERS > 462.4 ADMINISTRATION > 426.4.1 AUDITS", 5],
    ]);
  });

  it.each([
    ["all-caps lines", "RETENTION\nALPR data is kept 30 days.\nAUDITS\nAudits are monthly.", ["RETENTION", "AUDITS"]],
    ["Section N – Title", "Section 3 – Retention\nALPR data is kept 30 days.\nSection 4 – Audits\nAudits are monthly.", ["Section 3 – Retention", "Section 4 – Audits"]],
    ["Roman numerals", "II. POLICY\nThe department uses ALPR.\nIII. PROCEDURES\nOfficers verify hits.", ["II. POLICY", "III. PROCEDURES"]],
    ["bold run-in headings (Markdown)", "**Data Storage:**\n\nData is kept 60 days.\n\n**Audits**\n\nAudits are monthly.", ["Data Storage", "Audits"]],
  ])("recovers %s", async (_name, content, titles) => {
    const doc = await read(content, content.includes("**") ? "markdown" : "text");
    expect(doc.sections.map((s) => s.title)).toEqual(titles);
    expect(doc.units.find((u) => u.role === "text")!.sectionPath).toEqual([titles[0]]);
  });

  it("reads lettered items (a)…(i) as one list under their lead-in, with (i) a letter after (h)", async () => {
    const items = "abcdefghi".split("").map((l) => `(${l}) Item ${l} text.`);
    const doc = await read(["428.3 OPERATIONS", "Use of an ALPR is restricted to the purposes outlined below:", ...items, "", "Closing paragraph."].join("\n"));
    const lead = doc.units.find((u) => u.text.startsWith("Use of an ALPR"))!;
    const listed = doc.units.filter((u) => u.role === "item");
    expect(listed.map((u) => u.sectionPath.at(-1))).toEqual(items.map((i) => i.slice(0, 3)));
    expect(lead).toMatchObject({ leadIn: true, group: listed[0]!.group });
    expect(new Set(listed.map((u) => u.group)).size).toBe(1);
    expect(doc.units.at(-1)).toMatchObject({ text: "Closing paragraph.", sectionPath: ["428.3 OPERATIONS"] });
    expect(doc.units.at(-1)!.group).toBeUndefined();
  });

  it("nests numbered items under a lettered item, and returns to the letters", async () => {
    const doc = await read(["(a) The agency makes a written request that includes:", "1. The name of the agency.", "2. The purpose.", "(b) The request is approved."].join("\n"));
    expect(doc.units.map((u) => u.sectionPath)).toEqual([["(a)"], ["(a)", "1."], ["(a)", "2."], ["(b)"]]);
  });

  it("continues an item across wrapped PDF lines but starts the next item on its marker", async () => {
    const doc = await read(["(a) Data collected by an ALPR will be limited to", "license plate numbers and the date", "(b) Another item follows here."].join("\n"));
    expect(doc.units.map((u) => u.text)).toEqual(["(a) Data collected by an ALPR will be limited to license plate numbers and the date", "(b) Another item follows here."]);
  });

  it("marks block quotations, so quoted statute text is known as quoted", async () => {
    const doc = await read("## Retention\n\n> The length of time ALPR information will be retained.\n\nData is kept 30 days.", "markdown");
    expect(doc.units.map((u) => Boolean(u.quoted))).toEqual([false, true, false]);
  });
});

describe("sentences", () => {
  it.each([
    ["Data is kept 30 days (Gov. Code § 34090.6). It is then purged.", 2],
    ["Audits follow Minn. Stat. § 13.824, subd. 6. Reports go to the Chief.", 2],
    ["Hits are verified, e.g. through CLETS. Errors are corrected.", 2],
    ["Data may be inaccurate.To the greatest extent possible, verify it.", 2],
    ["1. License plate numbers.", 1],
    ["The U.S. Code applies. So does state law.", 2],
  ])("%s has %i sentences", (text, n) => {
    expect(splitSentences(text)).toHaveLength(n);
  });
});
