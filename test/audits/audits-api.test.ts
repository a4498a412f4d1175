import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { startHranaServer, type HranaServer } from "../support/hrana-server.js";
import { auditApp, audit, fresno } from "./helpers.js";

// The same suite runs over a libSQL server when OVERSIGHT_TEST_BACKEND=remote (see *.remote.test.ts).
const remote = process.env.OVERSIGHT_TEST_BACKEND === "remote";
const dir = mkdtempSync(join(tmpdir(), "oversight-audits-"));
let server: HranaServer | undefined;
let n = 0;
let t: Awaited<ReturnType<typeof auditApp>>;
beforeEach(async () => {
  if (remote) server = await startHranaServer({ path: join(dir, `remote-${n++}.db`) });
  t = await auditApp({ url: server?.url });
});
afterEach(async () => {
  t.close();
  await server?.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function seedAuditWithAgency() {
  const agency = await t.call("POST", "/api/agencies", fresno);
  const created = await t.call("POST", "/api/audits", audit);
  return { agencyId: agency.body.id as string, auditId: created.body.id as string };
}

describe("agencies", () => {
  it("creates an agency with a readable id, and a second of the same name gets its own", async () => {
    const a = await t.call("POST", "/api/agencies", fresno);
    expect(a.status).toBe(201);
    expect(a.body).toMatchObject({ id: "fresno-police-department", name: "Fresno Police Department", kind: "public-agency", aliases: ["Fresno PD"], version: 1 });
    expect(a.headers.get("location")).toBe("/api/agencies/fresno-police-department");
    const b = await t.call("POST", "/api/agencies", { ...fresno, state: "TX" });
    expect(b.body.id).toBe("fresno-police-department-2");
  });

  it("finds agencies by name or alias and filters by kind", async () => {
    await t.call("POST", "/api/agencies", fresno);
    await t.call("POST", "/api/agencies", { name: "Missouri Police Chiefs Association", kind: "private-entity", state: "MO" });
    expect((await t.call("GET", "/api/agencies?q=fresno%20pd")).body.items.map((a: any) => a.id)).toEqual(["fresno-police-department"]);
    expect((await t.call("GET", "/api/agencies?kind=private-entity")).body).toMatchObject({ total: 1, items: [{ name: "Missouri Police Chiefs Association" }] });
    expect((await t.call("GET", "/api/agencies?q=%25")).body.total).toBe(0);
  });

  it("refuses a stale edit with 409 and keeps the first one", async () => {
    await t.call("POST", "/api/agencies", fresno);
    const first = await t.call("PATCH", "/api/agencies/fresno-police-department", { parent: "City of Fresno, California", version: 1 });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const stale = await t.call("PATCH", "/api/agencies/fresno-police-department", { parent: "Someone else's edit" }, { "if-match": '"1"' });
    expect(stale.status).toBe(409);
    expect(stale.body.detail).toContain("someone else changed it");
    expect((await t.call("GET", "/api/agencies/fresno-police-department")).body.parent).toBe("City of Fresno, California");
  });

  it("will not delete an agency a finding names, but deletes an unused one", async () => {
    const { agencyId, auditId } = await seedAuditWithAgency();
    await t.call("POST", "/api/findings", { audit: auditId, title: "No audits of searches", condition: "The department did not audit searches.", agencies: [agencyId] });
    expect((await t.call("DELETE", `/api/agencies/${agencyId}`)).status).toBe(409);
    const other = await t.call("POST", "/api/agencies", { name: "Unused Agency" });
    expect((await t.call("DELETE", `/api/agencies/${other.body.id}`)).status).toBe(204);
    expect((await t.call("GET", `/api/agencies/${other.body.id}`)).status).toBe(404);
  });

  it("validates input", async () => {
    const res = await t.call("POST", "/api/agencies", { name: "", kind: "gang", state: "California" });
    expect(res.status).toBe(422);
    expect(res.body.errors.map((e: any) => e.path).sort()).toEqual(["/body/kind", "/body/name", "/body/state"]);
  });
});

describe("audits", () => {
  it("creates an audit pinned to the current checklist version, and reads it with counts", async () => {
    const res = await t.call("POST", "/api/audits", audit);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: "2026-901", status: "draft", checklists: [{ checklistId: "ca-alpr-operator", seq: 1 }] });
    const got = await t.call("GET", "/api/audits/2026-901");
    expect(got.body.counts).toEqual({ findings: 0, recommendations: 0 });
  });

  it("409s a duplicate report number and 422s an unknown checklist", async () => {
    await t.call("POST", "/api/audits", audit);
    expect((await t.call("POST", "/api/audits", audit)).status).toBe(409);
    const bad = await t.call("POST", "/api/audits", { ...audit, reportNumber: "2026-902", checklists: [{ id: "ca-nope" }] });
    expect(bad.status).toBe(422);
    expect(bad.body.errors[0].path).toBe("/body/checklists/0");
    expect((await t.call("GET", "/api/audits")).body.total).toBe(1);
  });

  it("changes status, refuses to change the report number, and deletes only when empty", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    expect((await t.call("PATCH", `/api/audits/${auditId}`, { status: "published" })).body.status).toBe("published");
    expect((await t.call("PATCH", `/api/audits/${auditId}`, { reportNumber: "1999-001" })).status).toBe(422);
    await t.call("POST", "/api/findings", { audit: auditId, title: "T", condition: "C", agencies: [agencyId] });
    expect((await t.call("DELETE", `/api/audits/${auditId}`)).status).toBe(409);
  });
});

describe("findings", () => {
  it("records a draft finding before it is mapped", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    const res = await t.call("POST", "/api/findings", { audit: auditId, key: "retention", title: "Data kept for years", condition: "The department kept ALPR data for five years.", cause: "No retention schedule.", effect: "Years of location history exposed.", agencies: [agencyId], evidence: [{ document: "Retention report", page: 4 }] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: "2026-901.retention", status: "draft", severity: "medium", criteria: [], agencies: [{ id: agencyId, name: "Fresno Police Department" }], evidence: [{ document: "Retention report", page: 4 }] });
  });

  it("quotes the statute in force on the audit date for each criterion", async () => {
    const { auditId } = await seedAuditWithAgency();
    const res = await t.call("POST", "/api/findings", { audit: auditId, title: "Data kept for years", condition: "Kept five years.", criteria: [{ requirement: "ca-alpr-operator.retention", rationale: "No period stated" }] });
    expect(res.status).toBe(201);
    const [c] = res.body.criteria;
    expect(c).toMatchObject({ requirementId: "ca-alpr-operator.retention", citation: "Cal. Civ. Code § 1798.90.51(b)(2)(G)", checklistVersion: 1, checklistVersionStatus: "current", statuteVersion: "CA/civ/1798.90.51@2016-01-01", source: "manual", chosenBy: "auditor.lee", rationale: "No period stated" });
    expect(c.quotedText).toMatch(/^The length of time ALPR information will be retained/);
  });

  it("422s an unknown requirement or agency and stores nothing", async () => {
    const { auditId } = await seedAuditWithAgency();
    const res = await t.call("POST", "/api/findings", { audit: auditId, title: "T", condition: "C", criteria: [{ requirement: "ca-alpr-operator.nope" }] });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("/body/criteria/0/requirement");
    expect((await t.call("POST", "/api/findings", { audit: auditId, title: "T", condition: "C", agencies: ["nobody"] })).status).toBe(422);
    expect((await t.call("GET", `/api/findings?audit=${auditId}`)).body.total).toBe(0);
    expect((await t.call("POST", "/api/findings", { audit: "1900-000", title: "T", condition: "C" })).status).toBe(404);
  });

  it("filters by agency, requirement, status and severity, and pages", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    await t.call("POST", "/api/findings", { audit: auditId, key: "a", title: "A", condition: "C", severity: "high", status: "final", agencies: [agencyId], criteria: [{ requirement: "ca-alpr-operator.retention" }] });
    await t.call("POST", "/api/findings", { audit: auditId, key: "b", title: "B", condition: "C" });
    const ids = async (q: string) => (await t.call("GET", `/api/findings?${q}`)).body.items.map((f: any) => f.key);
    expect(await ids(`agency=${agencyId}`)).toEqual(["a"]);
    expect(await ids("requirement=ca-alpr-operator.retention")).toEqual(["a"]);
    expect(await ids("requirement=ca-alpr-operator")).toEqual(["a"]);
    expect(await ids("status=draft")).toEqual(["b"]);
    expect(await ids("severity=high")).toEqual(["a"]);
    const page = await t.call("GET", `/api/findings?audit=${auditId}&limit=1&offset=1`);
    expect(page.body).toMatchObject({ total: 2, limit: 1, offset: 1, items: [{ key: "b" }] });
  });

  it("lets only one of two concurrent edits win", async () => {
    const { auditId } = await seedAuditWithAgency();
    const f = await t.call("POST", "/api/findings", { audit: auditId, key: "x", title: "T", condition: "C" });
    const [a, b] = await Promise.all([
      t.call("PATCH", `/api/findings/${f.body.id}`, { title: "Edit A", version: 1 }),
      t.call("PATCH", `/api/findings/${f.body.id}`, { title: "Edit B", version: 1 }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const winner = a.status === 200 ? "Edit A" : "Edit B";
    expect((await t.call("GET", `/api/findings/${f.body.id}`)).body).toMatchObject({ title: winner, version: 2 });
  });

  it("keeps accepted suggestions as criteria with who chose them, and keeps rejections", async () => {
    const { auditId } = await seedAuditWithAgency();
    const f = await t.call("POST", "/api/findings", { audit: auditId, key: "s", title: "Sharing", condition: "Shared data with 900 entities." });
    const accepted = await t.call("POST", `/api/findings/${f.body.id}/decisions`, { requirementId: "ca-alpr-operator.sharing-public-agencies-only", decision: "accepted", confidence: 0.82, reasons: ["matches: shared"] }, { "x-oversight-user": "auditor.kim" });
    expect(accepted.status).toBe(200);
    expect(accepted.body.criteria).toEqual([expect.objectContaining({ requirementId: "ca-alpr-operator.sharing-public-agencies-only", source: "suggestion", confidence: 0.82, chosenBy: "auditor.kim", chosenAt: "2026-03-02T17:00:00.000Z" })]);
    await t.call("POST", `/api/findings/${f.body.id}/decisions`, { requirementId: "ca-alpr-operator.retention", decision: "rejected", note: "not about retention" });
    const decisions = await t.call("GET", `/api/findings/${f.body.id}/decisions`);
    expect(decisions.body.decisions.map((d: any) => [d.requirementId, d.decision])).toEqual([
      ["ca-alpr-operator.retention", "rejected"],
      ["ca-alpr-operator.sharing-public-agencies-only", "accepted"],
    ]);
    expect((await t.call("GET", `/api/findings/${f.body.id}`)).body.criteria).toHaveLength(1);
  });

  it("cannot cite a withdrawn checklist version, while criteria already pinned to it still resolve", async () => {
    const { auditId } = await seedAuditWithAgency();
    const f = await t.call("POST", "/api/findings", { audit: auditId, key: "w", title: "T", condition: "C", criteria: [{ requirement: "ca-alpr-operator.retention" }] });
    const withdrawn = await t.call("POST", "/api/checklists/ca-alpr-operator/versions/1/withdraw");
    expect(withdrawn.body.status).toBe("withdrawn");
    const again = await t.call("POST", "/api/findings", { audit: auditId, key: "w2", title: "T", condition: "C", criteria: [{ requirement: "ca-alpr-operator.retention" }] });
    expect(again.status).toBe(422);
    expect(again.body.detail).toContain("withdrawn");
    const old = await t.call("GET", `/api/findings/${f.body.id}`);
    expect(old.body.criteria[0]).toMatchObject({ requirementId: "ca-alpr-operator.retention", checklistVersionStatus: "withdrawn" });
  });

  it("writes the access log in the same transaction as each change", async () => {
    const { auditId } = await seedAuditWithAgency();
    await t.call("POST", "/api/findings", { audit: auditId, key: "l", title: "T", condition: "C" });
    await t.call("POST", "/api/findings", { audit: auditId, title: "T", condition: "C", criteria: [{ requirement: "nope.nope" }] });
    const log = await t.database.client.execute("SELECT actor, action, entity_id FROM access_log WHERE entity IN ('finding','audit','agency') ORDER BY id");
    expect(log.rows.map((r) => `${r.actor} ${r.action} ${r.entity_id}`)).toEqual([
      "auditor.lee agency.create fresno-police-department",
      "auditor.lee audit.create 2026-901",
      "auditor.lee finding.create 2026-901.l",
    ]);
  });
});

describe("recommendations and follow-up", () => {
  it("derives due dates from the release date and lists overdue responses", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    const rec = await t.call("POST", "/api/recommendations", { audit: auditId, number: 1, addressee: { agency: agencyId }, text: "Audit searches monthly." });
    expect(rec.status).toBe(201);
    expect(rec.body).toMatchObject({ id: "2026-901.r1", kind: "agency", dueDates: { "60-day": "2025-11-14", "6-month": "2026-03-15", "1-year": "2026-09-15" }, overdue: [{ stage: "60-day", dueDate: "2025-11-14" }] });
    await t.call("POST", `/api/recommendations/${rec.body.id}/follow-ups`, { stage: "60-day", date: "2025-11-10", response: "We will start audits in January.", status: "Pending" });
    expect((await t.call("GET", "/api/recommendations?overdue=true")).body.total).toBe(0);
    const done = await t.call("POST", `/api/recommendations/${rec.body.id}/follow-ups`, { stage: "6-month", response: "Monthly audits began.", status: "Fully Implemented", assessment: "Verified the January and February audit reports." });
    expect(done.body).toMatchObject({ status: "Fully Implemented", overdue: [], followUps: [{ stage: "60-day", status: "Pending" }, { stage: "6-month", status: "Fully Implemented", assessment: "Verified the January and February audit reports." }] });
  });

  it("keeps the legislative vocabulary for recommendations to the Legislature", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    const leg = await t.call("POST", "/api/recommendations", { audit: auditId, number: 2, addressee: { body: "Legislature" }, text: "Set a maximum retention period." });
    expect(leg.body.kind).toBe("legislative");
    expect((await t.call("POST", `/api/recommendations/${leg.body.id}/follow-ups`, { stage: "1-year", status: "Fully Implemented" })).status).toBe(422);
    expect((await t.call("POST", `/api/recommendations/${leg.body.id}/follow-ups`, { stage: "1-year", status: "Legislation Proposed But Not Enacted", response: "SB 210 died." })).status).toBe(201);
    const agencyRec = await t.call("POST", "/api/recommendations", { audit: auditId, number: 3, addressee: { agency: agencyId }, text: "X" });
    expect((await t.call("POST", `/api/recommendations/${agencyRec.body.id}/follow-ups`, { stage: "60-day", status: "No Action Taken" })).status).toBe(422);
    expect((await t.call("GET", "/api/recommendations?kind=legislative")).body.items.map((r: any) => r.number)).toEqual([2]);
  });

  it("links findings and rejects links to another audit's findings", async () => {
    const { auditId, agencyId } = await seedAuditWithAgency();
    const f = await t.call("POST", "/api/findings", { audit: auditId, key: "f", title: "T", condition: "C" });
    const rec = await t.call("POST", "/api/recommendations", { audit: auditId, number: 1, addressee: { agency: agencyId }, text: "X", findings: [f.body.id] });
    expect(rec.body.findings).toEqual([f.body.id]);
    expect((await t.call("GET", `/api/recommendations?finding=${f.body.id}`)).body.total).toBe(1);
    expect((await t.call("POST", "/api/recommendations", { audit: auditId, number: 2, addressee: { agency: agencyId }, text: "X", findings: ["other.f"] })).status).toBe(422);
    expect((await t.call("POST", "/api/recommendations", { audit: auditId, number: 1, addressee: { agency: agencyId }, text: "dup" })).status).toBe(409);
  });
});
