import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "../support/cli.js";

const cli = cliSandbox("oversight-audits-cli-");
afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

describe("oversight audits", () => {
  it("shows the seeded 2019-118 example as a readable summary", async () => {
    const { code, stdout } = await cli.run(["audits", "show", "2019-118"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Report 2019-118");
    expect(stdout).toContain("California State Auditor, released 2020-02-13");
    expect(stdout).toMatch(/Los Angeles Police Department/);
    expect(stdout).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(stdout).toMatch(/Recommendations \(43\)/);
  });

  it("lists audits and exports one as JSON and OSCAL", async () => {
    expect((await cli.run(["audits", "list"])).stdout).toMatch(/^2019-118\s+2020-02-13\s+published/m);
    const json = JSON.parse((await cli.run(["audits", "export", "2019-118"])).stdout);
    expect(json.audit.reportNumber).toBe("2019-118");
    const oscal = JSON.parse((await cli.run(["audits", "export", "2019-118", "--format", "oscal"])).stdout);
    expect(oscal["assessment-results"].results[0].findings.length).toBeGreaterThan(0);
  });

  it("imports findings from a CSV with a column mapping, refusing a file with bad rows", async () => {
    writeFileSync(join(cli.dir, "f.csv"), "Title,Found\nKept data,Kept plate scans for 5 years.\n,No title here\n");
    const bad = await cli.run(["audits", "import-findings", "2019-118", "f.csv", "--map", "condition=Found"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("1 row(s) are invalid, so nothing was imported (row 2, line 3");
    const ok = await cli.run(["audits", "import-findings", "2019-118", "f.csv", "--map", "condition=Found", "--skip-invalid"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("Imported 1 finding(s); 0 duplicate(s) and 1 invalid row(s) skipped.");
    expect(ok.stderr).toMatch(/row 2 \(line 3\): title/);
  });

  it("exits 2 for a missing file and an unknown audit", async () => {
    expect((await cli.run(["audits", "import", "nope.yaml"])).code).toBe(2);
    const unknown = await cli.run(["audits", "show", "1999-999"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no audit "1999-999"');
  });
});
