/** `oversight bill build` and `oversight bill compare` on the shipped example bills. */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "../support/cli.js";
import { unzip } from "../documents/render/unzip.js";

const cli = cliSandbox("oversight-bill-cli-");
afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));
const AB1463 = new URL("../../examples/bills/ab1463-amended-assembly-2023-03-22.yaml", import.meta.url).pathname;

describe("oversight bill build", () => {
  it("prints the draft as Markdown on stdout by default", async () => {
    const { code, stdout } = await cli.run(["bill", "build", AB1463]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Assembly Bill No\. 1463\n/);
    expect(stdout).toContain("**An act to amend Sections 1798.90.5, 1798.90.51, 1798.90.52, 1798.90.53, and 1798.90.55 of, and to add Section 1798.90.56 to, the Civil Code, relating to personal information.**");
    expect(stdout).toContain("SEC. 2. Section 1798.90.51 of the Civil Code is amended to read:");
    expect(stdout).toContain("~~Internet Web site~~");
  });

  it("writes DOCX with tracked changes, PDF and Akoma Ntoso with --out", async () => {
    const docx = join(cli.dir, "ab1463.docx");
    expect((await cli.run(["bill", "build", AB1463, "--format", "docx", "--track-changes", "--out", docx])).code).toBe(0);
    expect(unzip(new Uint8Array(readFileSync(docx))).get("word/document.xml")).toContain("<w:ins ");
    const pdf = join(cli.dir, "ab1463.pdf");
    expect((await cli.run(["bill", "build", AB1463, "--format", "pdf", "--out", pdf])).code).toBe(0);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(readFileSync(pdf))), { mergePages: true });
    expect(text).toContain("The people of the State of California do enact as follows:");
    const { stdout } = await cli.run(["bill", "build", AB1463, "--format", "akn"]);
    expect(stdout).toContain('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"');
  });

  it("refuses binary output on stdout, bad formats and missing files with usage errors", async () => {
    expect(await cli.run(["bill", "build", AB1463, "--format", "pdf"])).toMatchObject({ code: 2, stderr: expect.stringContaining("give --out PATH") });
    expect(await cli.run(["bill", "build", AB1463, "--format", "rtf"])).toMatchObject({ code: 2, stderr: expect.stringContaining("--format must be md, html, docx, pdf or akn") });
    expect((await cli.run(["bill", "build", "nope.yaml"])).code).toBe(2);
  });

  it("names the line and provision when a bill does not fit the law", async () => {
    writeFileSync(join(cli.dir, "bad.yaml"), "house: Senate\nauthors: [Hill]\nsubject: privacy\noperations:\n  - { op: amend, code: civ, section: \"1798.90.51\", changes: [{ type: strike, path: [b, \"9\"], words: x }] }\n");
    const bad = await cli.run(["bill", "build", "bad.yaml"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("bad.yaml:5 § 1798.90.51(b)(9) does not exist");
    writeFileSync(
      join(cli.dir, "block.yaml"),
      ["house: Senate", "authors: [Hill]", "subject: privacy", "operations:", "  - op: amend", "    code: civ", '    section: "1798.90.51"', "    changes:", "      - type: strike", "        path: [a]", "        words: reasonable", "      - type: strike", "        path: [a]", "        words: encryption", ""].join("\n"),
    );
    const block = await cli.run(["bill", "build", "block.yaml"]);
    expect(block.stderr).toContain('block.yaml:12 § 1798.90.51(a) does not contain "encryption"');
        writeFileSync(join(cli.dir, "worse.yaml"), "house: Senate\nauthors: []\nsubject: privacy\noperations: []\n");
    const worse = await cli.run(["bill", "build", "worse.yaml"]);
    expect(worse.code).toBe(2);
    expect(worse.stderr).toMatch(/worse\.yaml:2 \/?authors: a bill has at least one author/);
  });
});

describe("oversight bill compare", () => {
  it("prints each amended section's redline, git word-diff style", async () => {
    const { code, stdout } = await cli.run(["bill", "compare", AB1463]);
    expect(code).toBe(0);
    expect(stdout).toContain("1798.90.51");
    expect(stdout).toContain("[-Internet Web site-]");
    expect(stdout).toContain("{+internet website+}");
  });

  it("writes the side-by-side print as HTML", async () => {
    const out = join(cli.dir, "cmp.html");
    expect((await cli.run(["bill", "compare", AB1463, "--format", "html", "--out", out])).code).toBe(0);
    const html = readFileSync(out, "utf8");
    expect(html).toMatch(/Current law/i);
    expect(html).toMatch(/Proposed law/i);
  });
});
