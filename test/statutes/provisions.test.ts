/**
 * Provision trees: the shipped sections parse into the structure the law has,
 * with each provision's words exactly as in the reference, and print back
 * unchanged; ambiguous labels and cross-references are handled by context.
 * Synthetic fixtures below are placeholders ("Alpha."), never statute wording.
 */
import { describe, expect, it } from "vitest";
import {
  findProvision, parseProvisions, provisionText, renderProvisions, walkProvisions, type ProvisionNode,
} from "../../src/statutes/provisions.js";
import { versionProvisions } from "../../src/statutes/statute-file.js";
import { CUT_MARKER } from "../../src/statutes/statute-file.schema.js";
import { shipped, shippedFiles, sourceRegion, sourceWordsByNode } from "./statute-files-reference.js";

const squash = (s: string) => s.replace(/\s+/g, "");
const paths = (root: ProvisionNode) => walkProvisions(root).map((n) => n.path.join("/"));

async function tree(section: string): Promise<{ root: ProvisionNode; region: string; source: Map<ProvisionNode, string | undefined> }> {
  const file = await shipped(section);
  const version = file.versions.find((v) => v.text !== undefined)!;
  const root = versionProvisions(file, version)!;
  const region = sourceRegion(version);
  return { root, region, source: sourceWordsByNode(root, region) };
}

describe("shipped sections", async () => {
  const versions = (await shippedFiles()).flatMap((f) => f.versions.filter((v) => v.text).map((v) => ({ f, v, name: `${f.section} ${v.id}` })));

  it.each(versions)("$name: parse → render reproduces the text", ({ f, v }) => {
    const root = versionProvisions(f, v)!;
    expect(squash(renderProvisions(root))).toBe(squash(v.text!));
    expect(parseProvisions(renderProvisions(root), f.scheme)).toEqual(root);
  });

  it.each(versions)("$name: one node per line-start label, each with its words as in the source", ({ f, v }) => {
    const root = versionProvisions(f, v)!;
    const region = sourceRegion(v);
    const sourceWords = sourceWordsByNode(root, region);
    for (const node of walkProvisions(root).slice(1)) {
      const words = node.text.split("\n")[0]!.split(CUT_MARKER)[0]!.trim();
      const source = sourceWords.get(node);
      expect(source, `${node.path.join("/")} not found in source`).toBeDefined();
      expect(source!.startsWith(words), `${node.path.join("/")}`).toBe(true);
      if (node.tail) expect(region).toContain(node.tail.split(CUT_MARKER)[0]!.trim());
    }
  });
});

describe("provision paths", () => {
  it.each([
    ["1798.90.51", ["b", "2", "G"], "subparagraph", "(G)"],
    ["1798.90.51", ["b", "1"], "paragraph", "(1)"],
    ["1798.90.52", ["a", "4"], "paragraph", "(4)"],
    ["1798.90.53", ["b", "2", "C"], "subparagraph", "(C)"],
    ["1798.90.5", ["a", "3"], "paragraph", "(3)"],
    ["1798.90.54", ["b", "1"], "paragraph", "(1)"],
    ["1798.90.55", ["b"], "subdivision", "(b)"],
    ["2413", ["b"], "subdivision", "(b)"],
    ["7073", ["c", "2"], "paragraph", "(2)"],
    ["832.18", ["b", "5", "A"], "subparagraph", "(A)"],
    ["1607", ["a", "5"], "paragraph", "(5)"],
    ["1608", ["a", "2", "B"], "subparagraph", "(B)"],
    ["13.824", ["2", "a", "3"], "subparagraph", "(3)"],
    ["13.824", ["1"], "subdivision", "Subdivision 1."],
    ["41-6a-2004", ["1", "c", "iii"], "subparagraph", "(iii)"],
    ["41-6a-2005", ["2", "b"], "paragraph", "(b)"],
    ["261:75-b", ["V", "i"], "paragraph", "(i)"],
    ["261:75-b", ["II"], "subdivision", "II."],
    ["12-12-1805", ["b", "4", "A"], "subparagraph", "(A)"],
    ["4-326", ["a", "2"], "paragraph", "(2)"],
  ] as const)("%s %j is a %s labelled %s with the source's words", async (section, path, level, label) => {
    const { root, source } = await tree(section);
    const node = findProvision(root, path);
    expect(node).toBeDefined();
    expect(node!.level).toBe(level);
    expect(node!.label).toBe(label);
    expect(node!.path).toEqual(path);
    // Where the source breaks off, the shipped text ends in the cut marker instead.
    const uncut = (s?: string) => s?.replace(` ${CUT_MARKER}`, "");
    expect(uncut(node!.text)).toBe(uncut(source.get(node!)));
  });

  it("the section itself is the root, with the words before the first subdivision", async () => {
    const { root, region } = await tree("1798.90.5");
    expect(root.level).toBe("section");
    expect(root.path).toEqual([]);
    expect(findProvision(root, [])).toBe(root);
    expect(region.startsWith(root.text)).toBe(true);
    expect(root.children.map((c) => c.key)).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("provisionText prints a provision with its descendants, as in the source", async () => {
    const { root, region } = await tree("1798.90.51");
    const b = provisionText(findProvision(root, ["b"])!);
    expect(b.startsWith("(b) (1) ")).toBe(true);
    expect(b.split("\n")).toHaveLength(9);
    for (const line of b.split("\n")) expect(region).toContain(line);
  });

  it("flush text after a list is the tail of the list's owner (Minn. subd. 2(a))", async () => {
    const { root, region } = await tree("13.824");
    const a = findProvision(root, ["2", "a"])!;
    expect(a.tail).toBeDefined();
    expect(region).toContain(`\n${a.tail}\n(b)`);
    expect(findProvision(root, ["2", "a", "3"])!.text).not.toContain(a.tail);
  });

  it("a cut marker line is kept where the source breaks off", async () => {
    const { root } = await tree("832.18");
    expect(findProvision(root, ["b", "5"])!.tail).toBe(CUT_MARKER);
    expect(findProvision(root, ["b", "5", "A"])!.text).not.toContain(CUT_MARKER);
  });
});

describe("ambiguous labels", () => {
  const upToH = "(a) Alpha.\n(b) Bravo.\n(c) Charlie.\n(d) Delta.\n(e) Echo.\n(f) Foxtrot.\n(g) Golf.\n";
  it.each([
    ["(i) after (h)(1)(A), flat text, (j) follows", `${upToH}(h) Hotel:\n(1) One:\n(A) Able.\n(i) India.\n(j) Juliet.`, "i", "subdivision"],
    ["(i) after (h)(1)(A), flat text, nothing follows", `${upToH}(h) Hotel:\n(1) One:\n(A) Able.\n(i) India.`, "i", "subdivision"],
    ["(i) under (A), flat text, (ii) follows", `${upToH}(h) Hotel:\n(1) One:\n(A) Able:\n(i) First.\n(ii) Second.\n(i) India.`, "h/1/A/i", "clause"],
    ["(i) indented under (A)", `${upToH}(h) Hotel:\n  (1) One:\n    (A) Able:\n      (i) First.`, "h/1/A/i", "clause"],
    ["(i) back at the margin after indented (A)", `${upToH}(h) Hotel:\n  (1) One:\n    (A) Able.\n(i) India.`, "i", "subdivision"],
    ["(i) under (1) with no (A) is subdivision (i)", `${upToH}(h) Hotel:\n(1) One.\n(i) India.`, "i", "subdivision"],
  ])("%s", (_name, text, path, level) => {
    const root = parseProvisions(text, "ca");
    const node = findProvision(root, path.split("/"));
    expect(node?.level).toBe(level);
    expect(squash(renderProvisions(root))).toBe(squash(text));
  });

  it("the second (i) after a clause list closes it and continues the subdivisions", () => {
    const text = `${upToH}(h) Hotel:\n(1) One:\n(A) Able:\n(i) First.\n(ii) Second.\n(B) Baker.\n(i) India.\n(j) Juliet.`;
    expect(paths(parseProvisions(text, "ca"))).toEqual(
      ["", "a", "b", "c", "d", "e", "f", "g", "h", "h/1", "h/1/A", "h/1/A/i", "h/1/A/ii", "h/1/B", "i", "j"],
    );
  });

  it.each([
    ["(v) after (iv) is a clause", "(a) Alpha:\n(1) One:\n(A) Able:\n(i) a.\n(ii) b.\n(iii) c.\n(iv) d.\n(v) e.", "a/1/A/v"],
    ["(x) after (ix) is a clause", "(a) Alpha:\n(1) One:\n(A) Able:\n(i) a.\n(ii) b.\n(iii) c.\n(iv) d.\n(v) e.\n(vi) f.\n(vii) g.\n(viii) h.\n(ix) i.\n(x) j.", "a/1/A/x"],
    ["(I) under (i) is a subclause", "(a) Alpha:\n(1) One:\n(A) Able:\n(i) a:\n(I) b.\n(II) c.", "a/1/A/i/I"],
  ])("%s", (_name, text, path) => {
    expect(findProvision(parseProvisions(text, "ca"), path.split("/"))).toBeDefined();
  });

  it("Utah (1)(c)(i) is a clause-level roman, and (d) resumes the letters", async () => {
    const { root } = await tree("41-6a-2004");
    expect(findProvision(root, ["1"])!.children.map((c) => c.key)).toEqual(["a", "b", "c", "d"]);
    expect(findProvision(root, ["1", "c"])!.children.map((c) => c.key)).toEqual(["i", "ii", "iii"]);
  });

  it("New Hampshire V(i) after (h) is the ninth letter, not a roman clause", async () => {
    const { root } = await tree("261:75-b");
    expect(findProvision(root, ["V"])!.children.map((c) => c.key)).toEqual(["a", "b", "c", "d", "e", "f", "g", "h", "i"]);
    expect(findProvision(root, ["V", "h"])!.children).toEqual([]);
  });
});

describe("cross-references are not provisions", () => {
  it("labels mid-sentence stay in the text", async () => {
    const { root } = await tree("1798.90.52");
    const b = findProvision(root, ["b"])!;
    expect(b.children).toEqual([]);
    expect(b.text).toMatch(/subdivision \(b\) of Section/);
    expect(paths(root)).toEqual(["", "a", "a/1", "a/2", "a/3", "a/4", "b"]);
  });

  it.each([
    ["a wrapped line starting with a cited paragraph", "(a) Alpha, as described in\n(2) of subdivision (b), applies.\n(b) Bravo.", ["", "a", "b"]],
    ["a cited range at the start of a line", "(a) Alpha under Sections 10 to\n(12), inclusive, applies.\n(b) Bravo.", ["", "a", "b"]],
    ["a label that continues no open list", "(a) Alpha, except\n(3) applies here.\n(b) Bravo.", ["", "a", "b"]],
    ["a single-paragraph section citing (a) and (b)", "A person who violates subdivision (a) or (b) of Section 1 is liable.", [""]],
  ])("%s", (_name, text, expected) => {
    const root = parseProvisions(text, "ca");
    expect(paths(root)).toEqual(expected);
    expect(squash(renderProvisions(root))).toBe(squash(text));
  });

  it("a single-paragraph section is all section text", () => {
    const root = parseProvisions("A person who violates subdivision (a) is liable.");
    expect(root.children).toEqual([]);
    expect(root.text).toBe("A person who violates subdivision (a) is liable.");
    expect(renderProvisions(root)).toBe(root.text);
  });
});

describe("rendering and amending", () => {
  it("chained labels share a line; indentation is optional", () => {
    const root = parseProvisions("(a) Alpha.\n(b)\n(1) One.\n  (A) Able.", "ca");
    expect(renderProvisions(root)).toBe("(a) Alpha.\n(b) (1) One.\n(A) Able.");
    expect(renderProvisions(root, { indent: "  " })).toBe("(a) Alpha.\n(b) (1) One.\n    (A) Able.");
  });

  it("an amended provision prints in place; nothing else changes", async () => {
    const { root } = await tree("1798.90.51");
    const before = renderProvisions(root);
    const g = findProvision(root, ["b", "2", "G"])!;
    const original = g.text;
    g.text = "Amended words.";
    const after = renderProvisions(root);
    expect(after.replace("(G) Amended words.", `(G) ${original}`)).toBe(before);
  });

  it.each([
    ["(1) One:\n (a) Alpha:\n  (i) First.\n(2) Two.", "ut", ["", "1", "1/a", "1/a/i", "2"]],
    ["Subdivision 1. One.\nSubd. 2. Two.\n(a) Alpha:\n (1) First.\nFlush.\n(b) Bravo.", "mn", ["", "1", "2", "2/a", "2/a/1", "2/b"]],
    ["Intro:\nI. One.\nII. Two:\n (a) Alpha.", "nh", ["", "I", "II", "II/a"]],
  ] as const)("scheme is detected: %j", (text, scheme, expected) => {
    expect(paths(parseProvisions(text))).toEqual(expected);
    expect(paths(parseProvisions(text, scheme))).toEqual(expected);
  });
});
