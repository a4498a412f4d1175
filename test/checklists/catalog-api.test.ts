import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";
import { miniChecklist, miniChecklistYaml } from "../support/fixtures.js";
import { startHranaServer, type HranaServer } from "../support/hrana-server.js";

// The catalog runs on an embedded database and, through the same code, on a libSQL server.
const backend = process.env.OVERSIGHT_TEST_BACKEND ?? "embedded";
let t: TestApp;
let server: HranaServer | undefined;
const dir = mkdtempSync(join(tmpdir(), "oversight-catalog-"));
let n = 0;
beforeEach(async () => {
  if (backend === "remote") server = await startHranaServer({ path: join(dir, `remote-${n++}.db`) });
  t = await createTestApp({ seeders: [statutesSeeder], url: server?.url });
});
afterEach(async () => {
  t.close();
  await server?.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function postYaml(body: string, user = "auditor.kim") {
  const res = await t.app.request("/api/checklists", { method: "POST", headers: { "content-type": "application/yaml", "x-oversight-user": user }, body });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe("POST /api/checklists", () => {
  it("imports a YAML checklist, canonicalizing its citations", async () => {
    const res = await postYaml(miniChecklistYaml());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ checklistId: "test-alpr", status: "created", version: 1, label: "2026.1", requirements: 2 });
    expect(res.headers.get("location")).toBe("/api/checklists/test-alpr?version=1");
    const got = await requestJson(t.app, "GET", "/api/checklists/test-alpr");
    expect(got.status).toBe(200);
    expect(got.body.requirements.map((r: { citation: string }) => r.citation)).toEqual(["Cal. Civ. Code § 1798.90.51(b)(2)", "Cal. Civ. Code § 1798.90.51(b)(2)(G)"]);
    expect(got.body.requirements[1]).toMatchObject({ id: "test-alpr.retention", parent: "test-alpr.policy-elements", statute: { sectionId: "CA/civ/1798.90.51", path: ["b", "2", "G"] } });
  });

  it("accepts JSON too, and re-importing identical content stores nothing", async () => {
    const first = await requestJson(t.app, "POST", "/api/checklists", miniChecklist());
    expect(first.status).toBe(201);
    const again = await requestJson(t.app, "POST", "/api/checklists", miniChecklist());
    expect(again.status).toBe(200);
    expect(again.body.status).toBe("unchanged");
    const list = await requestJson(t.app, "GET", "/api/checklists");
    expect(list.body.checklists).toEqual([expect.objectContaining({ id: "test-alpr", version: 1, versionCount: 1, requirementCount: 2 })]);
  });

  it("keeps the old version readable when a changed file becomes version 2", async () => {
    await postYaml(miniChecklistYaml());
    const v2 = await postYaml(miniChecklistYaml({ version: "2026.2", title: "Test ALPR checklist, revised" }));
    expect(v2.body).toMatchObject({ status: "updated", version: 2, label: "2026.2" });
    const current = await requestJson(t.app, "GET", "/api/checklists/test-alpr");
    expect(current.body.title).toBe("Test ALPR checklist, revised");
    expect(current.body.versions.map((v: { status: string }) => v.status)).toEqual(["superseded", "current"]);
    const old = await requestJson(t.app, "GET", "/api/checklists/test-alpr?version=1");
    expect(old.body.title).toBe("Test ALPR checklist");
    expect(old.body.version).toMatchObject({ version: 1, status: "superseded" });
    const byLabel = await requestJson(t.app, "GET", "/api/checklists/test-alpr?version=2026.1");
    expect(byLabel.body.version.version).toBe(1);
    const req = await requestJson(t.app, "GET", "/api/requirements/test-alpr.retention?version=1");
    expect(req.status).toBe(200);
  });

  it("rejects a malformed checklist with every bad field and its line", async () => {
    const yaml = miniChecklistYaml({ jurisdiction: "California", asOf: "Jan 2026" });
    const res = await postYaml(yaml);
    expect(res.status).toBe(422);
    const byPath = Object.fromEntries(res.body.errors.map((e: { path: string; line: number }) => [e.path, e.line]));
    const lines = yaml.split("\n");
    expect(lines[byPath["/body/jurisdiction"] - 1]).toMatch(/^jurisdiction: California/);
    expect(lines[byPath["/body/asOf"] - 1]).toMatch(/^asOf: Jan 2026/);
    expect(res.body.detail).toMatch(/^body:\d+ /);
  });

  it("rejects a requirement whose quote is not the statute's words", async () => {
    const res = await postYaml(miniChecklistYaml({}, "ALPR information shall be retained for no longer than 30 days."));
    expect(res.status).toBe(422);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: "/body/requirements/1/text", message: expect.stringContaining("not the verbatim text of Cal. Civ. Code § 1798.90.51(b)(2)(G)") })]);
    const list = await requestJson(t.app, "GET", "/api/checklists");
    expect(list.body.checklists).toEqual([]);
  });

  it("rejects an unreadable citation, a duplicate id and an unknown parent", async () => {
    const bad = miniChecklist();
    bad.requirements[0]!.citation = "the ALPR law";
    bad.requirements.push({ ...bad.requirements[1]!, parent: "nope" } as never);
    const res = await requestJson(t.app, "POST", "/api/checklists", bad);
    expect(res.status).toBe(422);
    const paths = res.body.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["/body/requirements/0/citation", "/body/requirements/2/id", "/body/requirements/2/parent"]));
  });

  it("rejects YAML syntax errors with the line, and an unsupported media type", async () => {
    const syntax = await postYaml("id: x\nrequirements: [\n  - oops: : :\n");
    expect(syntax.status).toBe(422);
    expect(syntax.body.errors[0].line).toBeGreaterThan(0);
    const res = await t.app.request("/api/checklists", { method: "POST", headers: { "content-type": "application/xml" }, body: "<x/>" });
    expect(res.status).toBe(415);
  });

  it("records who imported it in the access log", async () => {
    await postYaml(miniChecklistYaml(), "auditor.kim");
    const rows = await t.database.client.execute("SELECT actor, action, entity, entity_id FROM access_log");
    expect(rows.rows.map((r) => ({ ...r }))).toEqual([{ actor: "auditor.kim", action: "checklist.create", entity: "checklist", entity_id: "test-alpr" }]);
  });
});

describe("GET /api/requirements", () => {
  beforeEach(async () => {
    await postYaml(miniChecklistYaml());
  });

  it("finds requirements by stemmed words with a highlighted, escaped snippet", async () => {
    const res = await requestJson(t.app, "GET", "/api/requirements?q=retained%20destroy");
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ requirementId: "test-alpr.retention", citation: "Cal. Civ. Code § 1798.90.51(b)(2)(G)" });
    expect(res.body.results[0].snippet).toMatch(/<mark>retained<\/mark>|<mark>destroy<\/mark>/);
  });

  it("filters by citation: a provision and everything under it", async () => {
    const res = await requestJson(t.app, "GET", `/api/requirements?citation=${encodeURIComponent("Civ. Code, § 1798.90.51, subd. (b)")}`);
    expect(res.body.results.map((r: { requirementId: string }) => r.requirementId)).toEqual(["test-alpr.policy-elements", "test-alpr.retention"]);
    const exact = await requestJson(t.app, "GET", `/api/requirements?citation=${encodeURIComponent("1798.90.51(b)(2)(G)")}`);
    expect(exact.body.results.map((r: { requirementId: string }) => r.requirementId)).toEqual(["test-alpr.retention"]);
  });

  it("treats FTS syntax in the query as plain words", async () => {
    const res = await requestJson(t.app, "GET", `/api/requirements?q=${encodeURIComponent('retention" OR NEAR( *')}`);
    expect(res.status).toBe(200);
  });

  it("paginates", async () => {
    const page1 = await requestJson(t.app, "GET", "/api/requirements?limit=1");
    expect(page1.body.results).toHaveLength(1);
    expect(page1.body.nextOffset).toBe(1);
    const page2 = await requestJson(t.app, "GET", "/api/requirements?limit=1&offset=1");
    expect(page2.body.results[0].requirementId).not.toBe(page1.body.results[0].requirementId);
    expect(page2.body.nextOffset).toBeNull();
  });

  it("400s a citation filter it cannot read and 422s a bad limit", async () => {
    expect((await requestJson(t.app, "GET", "/api/requirements?citation=the%20law")).status).toBe(400);
    expect((await requestJson(t.app, "GET", "/api/requirements?limit=0")).status).toBe(422);
  });

  it("404s an unknown requirement or checklist", async () => {
    expect((await requestJson(t.app, "GET", "/api/requirements/test-alpr.nope")).status).toBe(404);
    expect((await requestJson(t.app, "GET", "/api/checklists/nope")).status).toBe(404);
    expect((await requestJson(t.app, "GET", "/api/checklists/test-alpr?version=9")).status).toBe(404);
  });
});

describe("GET /api/statutes/{code}/{section}", () => {
  it("returns the provision tree in force on a date", async () => {
    const res = await requestJson(t.app, "GET", "/api/statutes/civ/1798.90.51?asOf=2020-02-13");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ jurisdiction: "CA", codeName: "Civil Code", section: "1798.90.51", version: { version: "2016-01-01", complete: true } });
    const b = res.body.tree.children.find((n: { key: string }) => n.key === "b");
    expect(b.children.find((n: { key: string }) => n.key === "2").children.map((n: { key: string }) => n.key)).toEqual(["A", "B", "C", "D", "E", "F", "G"]);
  });

  it("404s a date before the law took effect and an unknown section", async () => {
    expect((await requestJson(t.app, "GET", "/api/statutes/civ/1798.90.51?asOf=2015-06-01")).status).toBe(404);
    expect((await requestJson(t.app, "GET", "/api/statutes/civ/9999")).status).toBe(404);
    expect((await requestJson(t.app, "GET", "/api/statutes/civ/1798.90.51?asOf=yesterday")).status).toBe(422);
  });
});

describe("POST /api/citations/parse", () => {
  it("returns canonical citations with offsets", async () => {
    const text = "The policy omits Civ. Code, § 1798.90.51, subd. (b)(2)(A).";
    const res = await requestJson(t.app, "POST", "/api/citations/parse", { text });
    expect(res.status).toBe(200);
    const [c] = res.body.citations;
    expect(c).toMatchObject({ canonical: "Cal. Civ. Code § 1798.90.51(b)(2)(A)", jurisdiction: "CA", code: "civ", section: "1798.90.51", path: ["b", "2", "A"] });
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("reports what it cannot read instead of dropping it", async () => {
    const res = await requestJson(t.app, "POST", "/api/citations/parse", { text: "See Foo Code § 12." });
    expect(res.body.problems.length).toBeGreaterThan(0);
  });
});
