import { writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "../support/cli.js";
import { miniChecklistYaml } from "../support/fixtures.js";

const cli = cliSandbox();
afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

describe("oversight checklists", () => {
  it("validates the bundled checklists", async () => {
    const { code, stdout } = await cli.run(["checklists", "validate"]);
    expect(stdout).toMatch(/ok\s+.*alpr-operator\.yaml \(ca-alpr-operator, \d+ requirements\)/);
    expect(code).toBe(stdout.includes("FAIL") ? 1 : 0);
  });

  it("reports every problem of a bad file with file:line and field, exit 1", async () => {
    const yaml = miniChecklistYaml({ jurisdiction: "California" }, "Data shall be kept 30 days.");
    writeFileSync(join(cli.dir, "bad.yaml"), yaml);
    writeFileSync(join(cli.dir, "good.yaml"), miniChecklistYaml());
    const { code, stdout } = await cli.run(["checklists", "validate", "bad.yaml", "good.yaml"]);
    expect(code).toBe(1);
    const jurLine = yaml.split("\n").findIndex((l) => l.startsWith("jurisdiction:")) + 1;
    expect(stdout).toContain(`bad.yaml:${jurLine}  /jurisdiction  must be a two-letter code`);
    expect(stdout).toMatch(/ok\s+good\.yaml/);
    expect(stdout).toContain("1 valid, 1 with problems");
  });

  it("flags a quote that is not the statute's words", async () => {
    writeFileSync(join(cli.dir, "misquote.yaml"), miniChecklistYaml({}, "Data shall be kept 30 days."));
    const { code, stdout } = await cli.run(["checklists", "validate", "misquote.yaml"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/misquote\.yaml\s+\/requirements\/1\/text\s+is not the verbatim text of Cal\. Civ\. Code § 1798\.90\.51\(b\)\(2\)\(G\)/);
  });

  it("exits 2 for a path that does not exist", async () => {
    const { code, stderr } = await cli.run(["checklists", "validate", "nope.yaml"]);
    expect(code).toBe(2);
    expect(stderr).toContain("nope.yaml");
  });

  it("lists and shows checklists from the seeded catalog", async () => {
    const list = await cli.run(["checklists", "list"]);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ca-alpr-operator\s+CA\s+v1/m);
    const show = await cli.run(["checklists", "show", "ca-alpr-operator"]);
    expect(show.stdout).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(show.stdout).toContain("The length of time ALPR information will be retained");
    const json = JSON.parse((await cli.run(["checklists", "show", "ca-alpr-operator", "--json"])).stdout);
    expect(json.id).toBe("ca-alpr-operator");
  });

  it("exports an OSCAL catalog whose controls carry the citations and statute text", async () => {
    const { code, stdout } = await cli.run(["checklists", "export", "ca-alpr-operator", "--format", "oscal"]);
    expect(code).toBe(0);
    const { catalog } = JSON.parse(stdout);
    expect(catalog.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(catalog.metadata).toMatchObject({ "oscal-version": "1.1.2", title: expect.any(String), version: expect.any(String), "last-modified": expect.any(String) });
    const all: any[] = [];
    const walk = (cs: any[]) => cs.forEach((c) => (all.push(c), walk(c.controls ?? [])));
    walk(catalog.groups[0].controls);
    for (const c of all) expect(c.id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    const g = all.find((c) => c.props.some((p: any) => p.name === "label" && p.value === "Cal. Civ. Code § 1798.90.51(b)(2)(G)"));
    expect(g.parts.find((p: any) => p.name === "statement").prose).toContain("The length of time ALPR information will be retained");
    // Same version, same document: reproducible exports.
    expect((await cli.run(["checklists", "export", "ca-alpr-operator", "--format", "oscal"])).stdout).toBe(stdout);
  });

  it("exits 2 with a clear message for an unknown checklist", async () => {
    const { code, stderr } = await cli.run(["checklists", "show", "ca-nope"]);
    expect(code).toBe(2);
    expect(stderr).toContain('There is no checklist "ca-nope"');
  });
});

describe("oversight citations parse", () => {
  it("prints each citation with its offsets and canonical form", async () => {
    const { code, stdout } = await cli.run(["citations", "parse", "See Civ. Code, § 1798.90.51, subd. (b)(2)(A), and Gov. Code § 7071."]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/4–44\s+Civ\. Code, § 1798\.90\.51, subd\. \(b\)\(2\)\(A\)\s+Cal\. Civ\. Code § 1798\.90\.51\(b\)\(2\)\(A\)/);
    expect(stdout).toContain("Cal. Gov. Code § 7071");
  });

  it("reports unreadable citations and exits 1", async () => {
    const { code, stdout } = await cli.run(["citations", "parse", "under Foo Code § 12"]);
    expect(code).toBe(1);
    expect(stdout).toContain("unreadable");
  });
});
