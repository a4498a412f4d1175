import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { amendedText, originalText } from "../../src/drafting/amend-marks.js";
import { AmendmentChange, AmendmentError, amendSection, type Segment } from "../../src/drafting/amend.js";
import { findProvision, renderProvisions, type ProvisionNode } from "../../src/statutes/provisions.js";
import { validateStatuteFile, versionProvisions } from "../../src/statutes/statute-file.js";

const NAME = "ca/civ/1798.90.51.yaml";
const file = validateStatuteFile(NAME, readFileSync(new URL(`../../statutes/${NAME}`, import.meta.url), "utf8"));
const section = (): ProvisionNode => versionProvisions(file, file.versions[0]!)!;
const G = findProvision(section(), ["b", "2", "G"])!.text;
const RETENTION = "ALPR information shall not be retained for more than 60 days unless it is evidence in a pending investigation.";

const join = (marks: Segment[], kind: Segment["kind"]) => marks.filter((m) => m.kind === kind).map((m) => m.text).join("");
const amend = (changes: AmendmentChange[], root = section()) => amendSection(root, changes.map((c) => AmendmentChange.parse(c)), { section: "1798.90.51" });

describe("amendSection on Civil Code § 1798.90.51", () => {
  const cases: { name: string; changes: AmendmentChange[]; deleted: string; inserted: string; check?: (root: ProvisionNode) => void }[] = [
    {
      name: "replaces (b)(2)(G): old words deleted, new inserted",
      changes: [{ type: "replace", path: ["b", "2", "G"], text: RETENTION }],
      deleted: G.replace(/\.$/, ""),
      inserted: RETENTION.replace(/\.$/, ""),
      check: (r) => expect(findProvision(r, ["b", "2", "G"])!.text).toBe(RETENTION),
    },
    {
      name: "strikes words",
      changes: [{ type: "strike", path: ["a"], words: "reasonable" }],
      deleted: "reasonable ",
      inserted: "",
      check: (r) => expect(findProvision(r, ["a"])!.text).toMatch(/^Maintain security procedures/),
    },
    {
      name: "inserts words after words",
      changes: [{ type: "insert", path: ["b", "2", "A"], after: "The authorized purposes", text: "and prohibited uses" }],
      deleted: "",
      inserted: "and prohibited uses ",
      check: (r) => expect(findProvision(r, ["b", "2", "A"])!.text).toBe("The authorized purposes and prohibited uses for using the ALPR system and collecting ALPR information."),
    },
    {
      name: "replaces quoted words everywhere with all",
      changes: [{ type: "replace", path: ["b", "1"], words: "Internet Web site", text: "internet website", all: true }],
      deleted: "Internet Web siteInternet Web site",
      inserted: "internet websiteinternet website",
      check: (r) => expect(findProvision(r, ["b", "1"])!.text).toMatch(/has an internet website, .* on that internet website\.$/),
    },
    {
      name: "strikes the second occurrence only",
      changes: [{ type: "strike", path: ["b", "2", "G"], words: "ALPR information", occurrence: 2 }],
      deleted: "ALPR information",
      inserted: "",
      check: (r) => expect(findProvision(r, ["b", "2", "G"])!.text).toBe("The length of time ALPR information will be retained, and the process the ALPR operator will utilize to determine if and when to destroy retained."),
    },
    {
      name: "inserts after every occurrence",
      changes: [{ type: "insert", path: ["b", "2", "G"], after: "ALPR", text: "(automated)", all: true }],
      deleted: "",
      inserted: "(automated) (automated) (automated)",
    },
  ];
  it.each(cases)("$name", ({ changes, deleted, inserted, check }) => {
    const before = renderProvisions(section());
    const { amended, marks } = amend(changes);
    expect(join(marks, "deleted").trim()).toBe(deleted.trim());
    expect(join(marks, "inserted").trim()).toBe(inserted.trim());
    expect(originalText(marks)).toBe(before);
    expect(amendedText(marks)).toBe(renderProvisions(amended));
    check?.(amended);
  });

  it("keeps everything outside the replaced provision unchanged", () => {
    const { marks } = amend([{ type: "replace", path: ["b", "2", "G"], text: RETENTION }]);
    expect(marks.map((m) => m.kind)).toEqual(["same", "deleted", "inserted", "same"]);
    expect(marks[0]!.text).toContain("(F) A description of the reasonable measures");
  });

  it("does not modify the tree it is given", () => {
    const root = section();
    const before = renderProvisions(root);
    amend([{ type: "remove-provision", path: ["a"] }], root);
    expect(renderProvisions(root)).toBe(before);
  });

  const errors: { name: string; change: AmendmentChange; message: RegExp }[] = [
    { name: "words that are not there", change: { type: "strike", path: ["b", "2", "G"], words: "biometric" }, message: /§ 1798\.90\.51\(b\)\(2\)\(G\) does not contain "biometric"/ },
    { name: "words that occur more than once", change: { type: "strike", path: ["b", "2", "G"], words: "ALPR information" }, message: /\(b\)\(2\)\(G\) contains "ALPR information" 2 times; quote more words, or say which occurrence/ },
    { name: "an occurrence that is not there", change: { type: "strike", path: ["b", "2", "G"], words: "ALPR information", occurrence: 3 }, message: /contains "ALPR information" 2 times, not 3 times/ },
    { name: "insert after absent words", change: { type: "insert", path: ["a"], after: "encryption", text: "x" }, message: /\(a\) does not contain "encryption"/ },
    { name: "a nonexistent provision", change: { type: "replace", path: ["b", "2", "H"], text: "x" }, message: /^§ 1798\.90\.51\(b\)\(2\)\(H\) does not exist$/ },
    { name: "adding after a nonexistent sibling", change: { type: "add-provision", path: ["b"], after: "7", text: "x" }, message: /\(b\)\(7\) does not exist/ },
    { name: "removing a nonexistent provision", change: { type: "remove-provision", path: ["c"] }, message: /§ 1798\.90\.51\(c\) does not exist/ },
  ];
  it.each(errors)("rejects $name with an error naming the provision", ({ change, message }) => {
    expect(() => amend([change])).toThrow(AmendmentError);
    expect(() => amend([change])).toThrow(message);
  });

  it("adds a paragraph between (b)(1) and (b)(2); the old (2) becomes (3) and references follow", () => {
    const { amended: withRef } = amend([{ type: "insert", path: ["b", "1"], after: "Implement a usage and privacy policy", text: "that meets paragraph (2)" }]);
    const { amended, marks } = amend([{ type: "add-provision", path: ["b"], after: "1", text: "Designate a privacy officer." }], withRef);
    expect(findProvision(amended, ["b", "2"])!.text).toBe("Designate a privacy officer.");
    expect(findProvision(amended, ["b", "2"])!.label).toBe("(2)");
    const old2 = findProvision(amended, ["b", "3"])!;
    expect(old2.label).toBe("(3)");
    expect(old2.text).toMatch(/^The usage and privacy policy shall, at a minimum/);
    expect(findProvision(amended, ["b", "3", "G"])!.path).toEqual(["b", "3", "G"]);
    expect(findProvision(amended, ["b", "1"])!.text).toContain("that meets paragraph (3)");
    expect(join(marks, "inserted")).toContain("Designate a privacy officer.");
  });

  it("follows a reference naming its subdivision and leaves other sections' references alone", () => {
    const { amended: withRef } = amend([
      { type: "insert", path: ["a"], after: "disclosure", text: "as required by paragraph (2) of subdivision (b) and subdivision (b) of Section 1798.90.52" },
    ]);
    const { amended } = amend([{ type: "add-provision", path: ["b"], after: "1", text: "New." }], withRef);
    expect(findProvision(amended, ["a"])!.text).toContain("paragraph (3) of subdivision (b) and subdivision (b) of Section 1798.90.52");
  });

  it("adds a subdivision and reletters the ones after it", () => {
    const { amended } = amend([{ type: "add-provision", path: [], after: "a", text: "Keep an access log.", children: [{ text: "Who." }, { text: "When." }] }]);
    expect(amended.children.map((c) => c.label)).toEqual(["(a)", "(b)", "(c)"]);
    expect(findProvision(amended, ["b", "2"])!.text).toBe("When.");
    expect(findProvision(amended, ["c", "2", "G"])!.text).toBe(G);
  });

  it("removes a provision and reletters the later ones", () => {
    const { amended, marks } = amend([{ type: "remove-provision", path: ["b", "2", "C"] }]);
    const keys = findProvision(amended, ["b", "2"])!.children.map((c) => c.key);
    expect(keys).toEqual(["A", "B", "C", "D", "E", "F"]);
    expect(findProvision(amended, ["b", "2", "F"])!.text).toBe(G);
    expect(join(marks, "deleted")).toContain("how the ALPR system will be monitored");
  });
});
