/** Policy checks as agencies and auditors reach them: the API and `oversight check`. */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";
import { cliSandbox } from "../support/cli.js";

let t: TestApp;
let template: string;
const weakPolicy = `# 462 Automated License Plate Readers

## 462.1 Purpose
The ALPR system is used to locate stolen vehicles and wanted persons.

## 462.2 Retention
ALPR data is stored for 90 days.
`;
beforeAll(async () => {
  t = await createTestApp({ seeders: [statutesSeeder, createChecklistsSeeder()], env: { UPLOAD_LIMIT: "200000" } });
  template = await (await t.app.request("/api/checklists/ca-alpr-operator/policy-template")).text();
});
afterAll(() => t.close());

const check = (content: string, extra: Record<string, unknown> = {}) => requestJson(t.app, "POST", "/api/policy-checks", { checklist: "ca-alpr-operator", document: { format: "markdown", content, name: "policy.md" }, ...extra }, { "x-oversight-user": "clerk.ortiz" });
const byCitation = (results: any[], c: string) => results.find((r) => r.citation === c);

describe("GET /api/checklists/{id}/policy-template", () => {
  it("is a Markdown skeleton with a section per element, citing the law", async () => {
    const res = await t.app.request("/api/checklists/ca-alpr-operator/policy-template");
    expect(res.headers.get("content-type")).toContain("text/markdown");
    for (const l of ["A", "B", "C", "D", "E", "F", "G"]) expect(template).toContain(`Cal. Civ. Code § 1798.90.51(b)(2)(${l})`);
    expect(template).toContain("The length of time ALPR information will be retained");
  });
});

describe("POST /api/policy-checks", () => {
  it("finds every element addressed in the model policy generated from the same checklist", async () => {
    const res = await check(template);
    expect(res.status).toBe(201);
    expect(res.body.summary.missing).toBe(0);
    expect(res.body.summary.partial).toBe(0);
    expect(res.body.results.every((r: any) => r.status === "addressed")).toBe(true);
  });

  it("reports what a weak policy lacks, with quoted evidence and plain reasons", async () => {
    const res = await check(weakPolicy);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ checklist: "ca-alpr-operator", checklistVersion: { version: 1 }, document: { name: "policy.md", format: "markdown" }, createdBy: "clerk.ortiz" });
    const g = byCitation(res.body.results, "Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(g.status).toBe("partial");
    expect(g.evidence[0]).toMatchObject({ line: 7, text: expect.stringContaining("90 days") });
    expect(g.reasons.join(" ")).toMatch(/destr|purg|delet/i);
    expect(byCitation(res.body.results, "Cal. Civ. Code § 1798.90.51(b)(2)(E)").status).toBe("missing");
    expect(byCitation(res.body.results, "Cal. Civ. Code § 1798.90.51(b)(2)(A)").status).not.toBe("missing");
    const stored = await requestJson(t.app, "GET", `/api/policy-checks/${res.body.id}`);
    expect(stored.body).toEqual(res.body);
  });

  it("accepts a multipart upload", async () => {
    const form = new FormData();
    form.set("checklist", "ca-alpr-operator");
    form.set("document", new File([weakPolicy], "462.md", { type: "text/markdown" }));
    const res = await t.app.request("/api/policy-checks", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const body = (await res.json()) as any;
    expect(body.document).toMatchObject({ name: "462.md", format: "markdown" });
  });

  it("keeps an agency's runs and shows what changed between two of them", async () => {
    const agency = await requestJson(t.app, "POST", "/api/agencies", { name: "Seal Beach Police Department", state: "CA" });
    const before = await check(weakPolicy, { agency: agency.body.id });
    const after = await check(template, { agency: agency.body.id });
    const runs = await requestJson(t.app, "GET", `/api/agencies/${agency.body.id}/policy-checks`);
    expect(runs.body.items.map((r: any) => r.id).sort()).toEqual([before.body.id, after.body.id].sort());
    const diff = await requestJson(t.app, "GET", `/api/policy-checks/${before.body.id}/diff/${after.body.id}`);
    expect(diff.body.improved.map((c: any) => c.citation)).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(E)");
    expect(diff.body.regressed).toEqual([]);
    const back = await requestJson(t.app, "GET", `/api/policy-checks/${after.body.id}/diff/${before.body.id}`);
    expect(back.body.regressed.length).toBeGreaterThan(0);
  });

  it("gives a clear error and stores nothing for documents it cannot read", async () => {
    const count = async () => (await requestJson(t.app, "GET", "/api/policy-checks?limit=500")).body.items.length;
    const n = await count();
    const empty = await check("   \n\n");
    expect(empty.status).toBe(422);
    expect(empty.body.detail).toMatch(/empty/i);
    const binary = await check("\u0000\u0001\u0002PNG\u0000\u0000binary\u0000");
    expect(binary.status).toBe(422);
    const spanish = await check("# Política\n\nLos datos de las placas se conservan durante noventa días y luego se eliminan. El administrador del sistema es responsable de la política y de la capacitación del personal autorizado.");
    expect(spanish.status).toBe(422);
    expect(spanish.body.detail).toMatch(/Spanish|English/);
    const pdfWithoutText = await requestJson(t.app, "POST", "/api/policy-checks", { checklist: "ca-alpr-operator", document: { format: "pdf", encoding: "base64", content: Buffer.from("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF").toString("base64"), name: "scan.pdf" } });
    expect(pdfWithoutText.status).toBe(422);
    expect(pdfWithoutText.body.detail).toMatch(/no text layer|OCR/i);
    expect((await requestJson(t.app, "POST", "/api/policy-checks", { checklist: "ca-nope", document: { content: weakPolicy } })).status).toBe(404);
    expect(await count()).toBe(n);
  });

  it("refuses a document over the upload limit with 413", async () => {
    const res = await check("The ALPR data is stored for 30 days. ".repeat(10_000));
    expect(res.status).toBe(413);
  });
});

describe("oversight check", () => {
  const cli = cliSandbox("oversight-check-");
  afterAll(() => rmSync(cli.dir, { recursive: true, force: true }));

  it("exits 0 when nothing is missing, and 1 with --fail-on partial when something is partial", async () => {
    writeFileSync(join(cli.dir, "model.md"), template);
    writeFileSync(join(cli.dir, "weak.md"), weakPolicy);
    const ok = await cli.run(["check", "model.md", "--checklist", "ca-alpr-operator"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/\d+ addressed, 0 partial, 0 missing/);
    const weak = await cli.run(["check", "weak.md", "--checklist", "ca-alpr-operator"]);
    expect(weak.code).toBe(1);
    expect(weak.stdout).toMatch(/missing\s+Cal\. Civ\. Code § 1798\.90\.51\(b\)\(2\)\(E\)/);
    expect(weak.stdout).toContain("What is missing or partial:");
  });

  it("prints JSON for machines, and Markdown and sanitized HTML reports", async () => {
    writeFileSync(join(cli.dir, "weak.md"), weakPolicy + "\n<script>alert(1)</script> data kept 30 days.\n");
    const json = JSON.parse((await cli.run(["check", "weak.md", "--checklist", "ca-alpr-operator", "--format", "json"])).stdout);
    expect(json).toMatchObject({ checklist: "ca-alpr-operator", document: { name: "weak.md", format: "markdown" }, summary: { missing: expect.any(Number) } });
    expect(json.results[0]).toEqual(expect.objectContaining({ requirementId: expect.stringMatching(/^ca-alpr-operator\./), citation: expect.any(String), status: expect.any(String), evidence: expect.any(Array), reasons: expect.any(Array) }));
    expect((await cli.run(["check", "weak.md", "--checklist", "ca-alpr-operator", "--format", "md"])).stdout).toContain("| Status | Citation | Requirement | Evidence |");
    const html = (await cli.run(["check", "weak.md", "--checklist", "ca-alpr-operator", "--format", "html"])).stdout;
    expect(html).toContain("<table>");
    expect(html).not.toContain("<script>");
  });

  it("exits 2 for an unreadable file, an unknown checklist, or a bad flag", async () => {
    expect((await cli.run(["check", "nope.md", "--checklist", "ca-alpr-operator"])).code).toBe(2);
    writeFileSync(join(cli.dir, "empty.md"), "");
    const empty = await cli.run(["check", "empty.md", "--checklist", "ca-alpr-operator"]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty/i);
    expect((await cli.run(["check", "weak.md", "--checklist", "ca-nope"])).code).toBe(2);
    expect((await cli.run(["check", "weak.md", "--checklist", "ca-alpr-operator", "--fail-on", "never"])).code).toBe(2);
  });

  it("prints the model policy", async () => {
    const { code, stdout } = await cli.run(["policy-template", "--checklist", "ca-alpr-end-user"]);
    expect(code).toBe(0);
    expect(stdout).toContain("Cal. Civ. Code § 1798.90.53(b)(2)(G)");
  });
});
