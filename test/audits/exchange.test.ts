/**
 * Audits in and out: the bundled 2019-118 example, the lossless JSON exchange
 * round trip, findings from a spreadsheet with a column mapping, and OSCAL
 * assessment results.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/lib/package-info.js";
import { auditApp, audit, fresno } from "./helpers.js";

const exampleYaml = readFileSync(join(packageRoot, "examples", "audits", "2019-118.yaml"), "utf8");
let t: Awaited<ReturnType<typeof auditApp>>;
beforeEach(async () => {
  t = await auditApp();
});
afterEach(() => t.close());

async function importExample(app = t) {
  const res = await app.app.request("/api/audits/import", { method: "POST", headers: { "content-type": "application/yaml", "x-oversight-user": "auditor.lee" }, body: exampleYaml });
  return { status: res.status, body: (await res.json()) as any };
}

describe("the 2019-118 example", () => {
  it("imports with its four audited agencies, findings mapped to the ALPR law, and 43 recommendations", async () => {
    const res = await importExample();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ audit: { id: "2019-118", reportNumber: "2019-118", office: "California State Auditor", releaseDate: "2020-02-13" }, recommendations: 43 });
    const agencies = (await t.call("GET", "/api/agencies?limit=100")).body.items.map((a: any) => a.name);
    expect(agencies).toEqual(expect.arrayContaining(["Los Angeles Police Department", "Fresno Police Department", "Marin County Sheriff's Office", "Sacramento County Sheriff's Office", "Missouri Police Chiefs Association", "Honolulu Police Department"]));
    const findings = (await t.call("GET", "/api/findings?audit=2019-118&limit=100")).body.items;
    const cited = new Set(findings.flatMap((f: any) => f.criteria.map((c: any) => c.citation)));
    for (const c of ["Cal. Civ. Code § 1798.90.51(b)(1)", "Cal. Civ. Code § 1798.90.51(b)(2)(C)", "Cal. Civ. Code § 1798.90.51(b)(2)(G)", "Cal. Civ. Code § 1798.90.55(b)"]) expect(cited).toContain(c);
    const sharing = findings.filter((f: any) => /1,119|982|554/.test(f.condition));
    expect(sharing.length).toBeGreaterThanOrEqual(3);
    const legislature = (await t.call("GET", "/api/recommendations?audit=2019-118&kind=legislative")).body.items;
    expect(legislature.every((r: any) => r.addressee.name === "Legislature")).toBe(true);
    expect(legislature.flatMap((r: any) => r.followUps.map((f: any) => f.status)).filter(Boolean)).toContain("Legislation Proposed But Not Enacted");
  });

  it("is refused a second time (409) and the database is left as it was", async () => {
    await importExample();
    const before = (await t.call("GET", "/api/findings?audit=2019-118&limit=1")).body.total;
    const again = await importExample();
    expect(again.status).toBe(409);
    expect((await t.call("GET", "/api/findings?audit=2019-118&limit=1")).body.total).toBe(before);
  });

  it("rejects a broken exchange file with every bad reference and imports nothing", async () => {
    const res = await t.call("POST", "/api/audits/import", { audit: { ...audit }, agencies: [], findings: [{ key: "a", title: "T", condition: "C", agencies: ["ghost"] }], recommendations: [{ number: 1, addressee: { agency: "ghost" }, text: "X", findings: ["zzz"] }] });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path)).toEqual(expect.arrayContaining(["/body/findings/0/agencies/0", "/body/recommendations/0/addressee/agency", "/body/recommendations/0/findings/0"]));
    expect((await t.call("GET", "/api/audits")).body.total).toBe(0);
  });
});

describe("JSON export", () => {
  it("round-trips losslessly: export → import into a fresh database → the same export", async () => {
    await importExample();
    const first = (await t.call("GET", "/api/audits/2019-118/export?format=json")).body;
    expect(first.findings.length).toBeGreaterThan(5);
    const other = await auditApp();
    try {
      const imported = await other.call("POST", "/api/audits/import", first);
      expect(imported.status).toBe(201);
      const second = (await other.call("GET", "/api/audits/2019-118/export?format=json")).body;
      expect(second).toEqual(first);
    } finally {
      other.close();
    }
  });
});

describe("CSV", () => {
  const header = "Finding,What we found,Agency,Law,Severity\n";
  async function withAudit() {
    await t.call("POST", "/api/agencies", fresno);
    await t.call("POST", "/api/audits", audit);
  }
  const mapping = { title: "Finding", condition: "What we found", agencies: "Agency", criteria: "Law" };

  it("imports findings through a column mapping, resolving agencies by alias and criteria by citation", async () => {
    await withAudit();
    const csv = header + `Kept data five years,"The PD kept scans for five years, then some.",Fresno PD,"Civ. Code § 1798.90.51(b)(2)(G)",high\nNo search audits,Nobody reviewed searches.,Fresno Police Department,ca-alpr-operator.monitoring,\n`;
    const res = await t.call("POST", "/api/audits/2026-901/findings/import", { csv, mapping });
    expect(res.status).toBe(200);
    expect(res.body.imported).toHaveLength(2);
    const findings = (await t.call("GET", "/api/findings?audit=2026-901")).body.items;
    expect(findings[0]).toMatchObject({ title: "Kept data five years", condition: "The PD kept scans for five years, then some.", severity: "high", agencies: [{ id: "fresno-police-department" }], criteria: [{ requirementId: "ca-alpr-operator.retention" }] });
    expect(findings[1].criteria[0].requirementId).toBe("ca-alpr-operator.monitoring");
  });

  it("reports every bad row with its number and imports nothing, unless skipInvalid", async () => {
    await withAudit();
    const csv = header + `Good row,All fine.,Fresno PD,,\n,Missing title.,Fresno PD,,\nBad agency,X,Nowhere PD,,\nBad law,Y,,Penal Code § 1,\n`;
    const res = await t.call("POST", "/api/audits/2026-901/findings/import", { csv, mapping });
    expect(res.status).toBe(422);
    expect(res.body.detail).toContain("3 row(s) are invalid, so nothing was imported");
    expect(res.body.errors.map((e: any) => e.path)).toEqual(["/rows/2/title", "/rows/3/agencies", "/rows/4/criteria"]);
    expect(res.body.errors.map((e: any) => e.line)).toEqual([3, 4, 5]);
    expect((await t.call("GET", "/api/findings?audit=2026-901")).body.total).toBe(0);
    const skipped = await t.call("POST", "/api/audits/2026-901/findings/import", { csv, mapping, skipInvalid: true });
    expect(skipped.body.imported).toHaveLength(1);
    expect(skipped.body.invalid.map((r: any) => r.row)).toEqual([2, 3, 4]);
  });

  it("skips duplicates when the same file is imported twice", async () => {
    await withAudit();
    const csv = header + `One,First finding.,,,\nTwo,Second finding.,,,\n`;
    expect((await t.call("POST", "/api/audits/2026-901/findings/import", { csv, mapping })).body.imported).toHaveLength(2);
    const again = await t.call("POST", "/api/audits/2026-901/findings/import", { csv, mapping });
    expect(again.body).toMatchObject({ imported: [], duplicates: [{ row: 1 }, { row: 2 }] });
    expect((await t.call("GET", "/api/findings?audit=2026-901")).body.total).toBe(2);
  });

  it("says which mapped column is missing, and reads an unterminated quote as an error with its line", async () => {
    await withAudit();
    const missing = await t.call("POST", "/api/audits/2026-901/findings/import", { csv: header + "a,b,,,\n", mapping: { ...mapping, cause: "Why" } });
    expect(missing.status).toBe(422);
    expect(missing.body.detail).toContain('cause → "Why"');
    const broken = await t.call("POST", "/api/audits/2026-901/findings/import", { csv: header + 'a,"b,,,\n', mapping });
    expect(broken.status).toBe(422);
    expect(broken.body.errors[0].line).toBe(2);
  });

  it("exports findings as CSV that neutralizes spreadsheet formulas", async () => {
    await withAudit();
    await t.call("POST", "/api/findings", { audit: "2026-901", key: "f", title: "=HYPERLINK(\"http://x\")", condition: "C, with comma", criteria: [{ requirement: "ca-alpr-operator.retention" }] });
    const res = await t.app.request("/api/audits/2026-901/export?format=csv");
    expect(res.headers.get("content-type")).toContain("text/csv");
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe("key,title,condition,cause,effect,severity,status,agencies,criteria,evidence,citations");
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(text).toContain('"C, with comma"');
    expect(text).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(G)");
  });
});

describe("OSCAL assessment results", () => {
  it("exports findings targeting the requirement statements they violate, with observations", async () => {
    await importExample();
    const { body } = await t.call("GET", "/api/audits/2019-118/export?format=oscal");
    const ar = body["assessment-results"];
    expect(ar.metadata["oscal-version"]).toBe("1.1.2");
    const [result] = ar.results;
    expect(result.observations.length).toBeGreaterThan(5);
    const retention = result.findings.find((f: any) => f.target.title === "Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(retention.target).toMatchObject({ type: "statement-id", "target-id": "retention_smt", status: { state: "not-satisfied" } });
    const obs = new Set(result.observations.map((o: any) => o.uuid));
    for (const f of result.findings) expect(obs).toContain(f["related-observations"][0]["observation-uuid"]);
  });
});
