/** POST /api/mapping/suggest and `oversight map`: the mapper as auditors reach it. */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditApp } from "../audits/helpers.js";
import { cliSandbox } from "../support/cli.js";

let t: Awaited<ReturnType<typeof auditApp>>;
beforeAll(async () => {
  t = await auditApp();
});
afterAll(() => t.close());

describe("POST /api/mapping/suggest", () => {
  it("ranks the retention requirement first for a finding about data kept for years, with reasons", async () => {
    const res = await t.call("POST", "/api/mapping/suggest", { text: "The county sheriff kept ALPR plate scans for five years and never purged them." });
    expect(res.status).toBe(200);
    const [top] = res.body.suggestions;
    expect(top.citation).toMatch(/^Cal\. Civ\. Code § 1798\.90\.5[13]\(b\)\(2\)\(G\)$/);
    expect(top.reasons.join(" ")).toMatch(/kept|purg|years/);
    expect(res.body.suggestions.length).toBeLessThanOrEqual(5);
  });

  it("treats a cited provision as strong evidence", async () => {
    const res = await t.call("POST", "/api/mapping/suggest", { text: "The department violated Civ. Code § 1798.90.55(b) by giving access to a private company.", limit: 3 });
    expect(res.body.suggestions[0]).toMatchObject({ citation: "Cal. Civ. Code § 1798.90.55(b)" });
    expect(res.body.suggestions[0].confidence).toBeGreaterThanOrEqual(0.5);
    expect(res.body.suggestions[0].reasons.join(" ")).toContain("1798.90.55(b)");
  });

  it("gives no confident suggestion for text that describes no deficiency", async () => {
    const res = await t.call("POST", "/api/mapping/suggest", { text: "ALPR cameras mounted on patrol cars read passing license plates and compare them against hot lists." });
    expect(res.status).toBe(200);
    for (const s of res.body.suggestions) expect(s.confidence).toBeLessThan(0.5);
  });

  it("searches one checklist when asked", async () => {
    const res = await t.call("POST", "/api/mapping/suggest", { text: "The policy does not say how long data are kept.", checklist: "ca-alpr-end-user" });
    expect(res.body.suggestions.length).toBeGreaterThan(0);
    for (const s of res.body.suggestions) expect(s.requirementId).toMatch(/^ca-alpr-end-user\./);
  });

  it("validates the request", async () => {
    expect((await t.call("POST", "/api/mapping/suggest", { text: "" })).status).toBe(422);
    expect((await t.call("POST", "/api/mapping/suggest", { text: "x", limit: 500 })).status).toBe(422);
    expect((await t.call("POST", "/api/mapping/suggest", "{nope")).status).toBe(400);
  });
});

describe("oversight map", () => {
  const cli = cliSandbox("oversight-map-");
  afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

  it("prints ranked suggestions with citations, confidence and reasons", async () => {
    const { code, stdout } = await cli.run(["map", "Officers searched the ALPR database without recording a case number or purpose, and nobody audited the searches."]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1\. Cal\. Civ\. Code § 1798\.90\.5[123]/m);
    expect(stdout).toMatch(/- /);
  });

  it("maps a CSV of findings, one JSON line per finding", async () => {
    writeFileSync(join(cli.dir, "findings.csv"), 'id,condition\nF1,"Shared plate data with 1,119 agencies including out-of-state police."\nF2,The policy does not name the custodian of the system.\n');
    const { code, stdout } = await cli.run(["map", "--input", "findings.csv"]);
    expect(code).toBe(0);
    const lines = stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["F1", "F2"]);
    expect(lines[1].suggestions[0].citation).toMatch(/1798\.90\.5[13]\(b\)\(2\)\(E\)/);
  });

  it("exits 2 for an unreadable input file", async () => {
    expect((await cli.run(["map", "--input", "missing.jsonl"])).code).toBe(2);
  });
});
