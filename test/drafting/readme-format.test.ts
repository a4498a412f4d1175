/** The bill format as the README documents it must stay valid and build: documentation that cannot rot. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildBill } from "../../src/drafting/assemble.js";
import { bundledStatutes, readBill } from "../../src/drafting/statute-source.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("the README's bill format example", () => {
  it("is a valid bill that builds against the bundled statutes", async () => {
    const block = readme.slice(readme.indexOf("**The format**")).match(/```yaml\n([\s\S]*?)```/)?.[1];
    expect(block).toBeDefined();
    const input = readBill(block!, "README.md");
    expect(input.operations.map((o) => o.op)).toEqual(["amend", "add", "repeal", "add-unit", "uncodified"]);
    const bill = buildBill(input, await bundledStatutes(input));
    expect(bill.title).toBe(
      "An act to amend Section 1798.90.51 of, to add Section 1798.90.56 to, to add Title 1.81.23 (commencing with Section 1798.90.5) to Part 4 of Division 3 of, and to repeal Section 1798.90.58 of, the Civil Code, relating to personal information.",
    );
    const printed = bill.sections[0]!.lines.flat();
    expect(printed.filter((r) => r.kind === "deleted").map((r) => r.text.trim())).toContain("Internet Web site");
  });
});
