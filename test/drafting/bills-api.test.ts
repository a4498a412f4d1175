/** Draft bills over the API: stored as operations, built against the statute store, rendered, compared, started from an audit. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { extractText, getDocumentProxy } from "unpdf";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExamplesSeeder } from "../../src/audits/examples.seed.js";
import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createBillExamplesSeeder } from "../../src/drafting/examples.seed.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";
import { startHranaServer, type HranaServer } from "../support/hrana-server.js";
import { unzip } from "../documents/render/unzip.js";

// The same suite runs over a libSQL server when OVERSIGHT_TEST_BACKEND=remote (bills-api.remote.test.ts).
const remote = process.env.OVERSIGHT_TEST_BACKEND === "remote";
const dir = mkdtempSync(join(tmpdir(), "oversight-bills-"));
let server: HranaServer | undefined;
let t: TestApp;
beforeAll(async () => {
  if (remote) server = await startHranaServer({ path: join(dir, "remote.db") });
  t = await createTestApp({ url: server?.url, seeders: [statutesSeeder, createChecklistsSeeder(), createExamplesSeeder(), createBillExamplesSeeder()], now: "2026-03-02T17:00:00Z" });
});
afterAll(async () => {
  t.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const example = (name: string) => parse(readFileSync(new URL(`../../examples/bills/${name}`, import.meta.url), "utf8"));
const AB1463 = () => example("ab1463-amended-assembly-2023-03-22.yaml");
const staff = { "x-oversight-user": "counsel.ortiz" };
const rowCount = async () => Number((await t.database.client.execute("SELECT count(*) AS n FROM bills")).rows[0]!.n);

describe("the example bills", () => {
  it("are stored at start-up under their file names, ready to render", async () => {
    const list = await requestJson(t.app, "GET", "/api/bills?limit=100");
    const ids = list.body.items.map((b: any) => b.id);
    expect(ids).toEqual(expect.arrayContaining(["sb34-introduced", "sb210-introduced", "ab2192-introduced", "ab1463-amended-assembly-2023-03-22", "sb274-amended-senate-2025-03-26"]));
    // SB 34 amends §§ 1798.29 and 1798.82, whose text is not stored: those sections print as gaps with a drafter's note.
    const sb34 = await requestJson(t.app, "GET", "/api/bills/sb34-introduced");
    expect(sb34.body.sections[0]).toMatchObject({ instruction: "Section 1798.29 of the Civil Code is amended to read:", note: expect.stringContaining("is not stored") });
    const ab2192 = await requestJson(t.app, "GET", "/api/bills/ab2192-introduced");
    expect(ab2192.body).toMatchObject({ number: "AB 2192", createdBy: "system:seed", title: "An act to amend Section 1798.90.55 of the Civil Code, relating to personal information." });
  });
});

describe("POST /api/bills and GET /api/bills/{id}", () => {
  it("stores AB 1463 and gives back its title and sections", async () => {
    const res = await requestJson(t.app, "POST", "/api/bills", AB1463(), staff);
    expect(res.status).toBe(201);
    expect(res.headers.get("location")).toBe(`/api/bills/${res.body.id}`);
    expect(res.body.title).toBe("An act to amend Sections 1798.90.5, 1798.90.51, 1798.90.52, 1798.90.53, and 1798.90.55 of, and to add Section 1798.90.56 to, the Civil Code, relating to personal information.");
    expect(res.body.sections.map((s: any) => s.label)).toEqual(["SECTION 1.", "SEC. 2.", "SEC. 3.", "SEC. 4.", "SEC. 5.", "SEC. 6."]);
    expect(res.body.sections[1].instruction).toBe("Section 1798.90.51 of the Civil Code is amended to read:");
    const got = await requestJson(t.app, "GET", res.body.links.self);
    expect(got.status).toBe(200);
    expect(got.body.input.operations[1].changes).toHaveLength(2);
    expect(got.body.createdBy).toBe("counsel.ortiz");
  });

  it("rejects an amendment the law cannot take with a problem naming the provision, and stores nothing", async () => {
    const before = await rowCount();
    const bill = AB1463();
    bill.operations[1].changes[0].after = "encryption at rest";
    const res = await requestJson(t.app, "POST", "/api/bills", bill);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    expect(res.body.detail).toBe('§ 1798.90.51(a) does not contain "encryption at rest"');
    expect(res.body.errors).toEqual([{ path: "/operations/1/changes/0", message: '§ 1798.90.51(a) does not contain "encryption at rest"' }]);
    expect(await rowCount()).toBe(before);
  });

  it("rejects a malformed bill with the field at fault", async () => {
    const res = await requestJson(t.app, "POST", "/api/bills", { ...AB1463(), number: "Assembly Bill 1463" });
    expect(res.status).toBe(422);
    expect(JSON.stringify(res.body)).toContain("number");
    const unknownSection = await requestJson(t.app, "POST", "/api/bills", { house: "Senate", authors: ["Hill"], subject: "privacy", operations: [{ op: "amend", code: "civ", section: "1798.90.99", changes: [{ type: "strike", path: ["a"], words: "x" }] }] });
    expect(unknownSection.status).toBe(422);
    expect(unknownSection.body.detail).toMatch(/Section 1798\.90\.99 of the Civil Code is not in the stored statutes/);
  });

  it("edits with optimistic concurrency: a stale version is 409 and changes nothing", async () => {
    const created = (await requestJson(t.app, "POST", "/api/bills", example("ab2192-introduced.yaml"))).body;
    const input = example("ab2192-introduced.yaml");
    input.operations[0].changes = [{ type: "insert", path: ["b"], after: "except to another public agency", text: "within California" }];
    const ok = await requestJson(t.app, "PUT", `/api/bills/${created.id}`, { input, version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body.version).toBe(2);
    const stale = await requestJson(t.app, "PUT", `/api/bills/${created.id}`, { input: { ...input, operations: [{ op: "repeal", code: "civ", section: "1798.90.55" }] }, version: 1 });
    expect(stale.status).toBe(409);
    const md = await (await t.app.request(`/api/bills/${created.id}/render?format=md`)).text();
    expect(md).toContain("except to another public agency *within California*");
  });
});

describe("GET /api/bills/{id}/render and /compare", () => {
  let id: string;
  beforeAll(async () => {
    id = (await requestJson(t.app, "POST", "/api/bills", AB1463())).body.id;
  });

  it("prints the bill in Markdown and HTML with struck and inserted words", async () => {
    const md = await (await t.app.request(`/api/bills/${id}/render?format=md`)).text();
    expect(md).toContain("~~Internet Web site~~");
    expect(md).toContain("*internet website*");
    const res = await t.app.request(`/api/bills/${id}/render?format=html`);
    expect(res.headers.get("content-type")).toContain("text/html");
    const html = await res.text();
    expect(html).toMatch(/<del class="del">Internet Web site<\/del>/);
    expect(html).toContain("The people of the State of California do enact as follows:");
  });

  it("gives DOCX (plain or with tracked changes), PDF and Akoma Ntoso", async () => {
    const docx = await t.app.request(`/api/bills/${id}/render?format=docx&trackChanges=true`);
    expect(docx.headers.get("content-disposition")).toBe('attachment; filename="ab-1463.docx"');
    const xml = unzip(new Uint8Array(await docx.arrayBuffer())).get("word/document.xml")!;
    expect(xml).toMatch(/<w:del [^>]*w:author="counsel.ortiz|<w:del [^>]*w:author="[^"]+"/);
    expect(xml).toContain("<w:delText");
    const pdf = new Uint8Array(await (await t.app.request(`/api/bills/${id}/render?format=pdf`)).arrayBuffer());
    const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
    expect(text).toContain("Assembly Bill No. 1463");
    const akn = await t.app.request(`/api/bills/${id}/render?format=akn`);
    expect(akn.headers.get("content-type")).toContain("application/akn+xml");
    const body = await akn.text();
    expect(body).toContain("<akomaNtoso");
    expect(body).toMatch(/<del[^>]*>Internet Web site<\/del>/);
  });

  it("rejects an unknown format with a problem", async () => {
    const res = await requestJson(t.app, "GET", `/api/bills/${id}/render?format=rtf`);
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
  });

  it("gives the comparative print per section", async () => {
    const res = await requestJson(t.app, "GET", `/api/bills/${id}/compare`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain("internet website");
    const html = await (await t.app.request(`/api/bills/${id}/compare?format=html`)).text();
    expect(html).toContain("1798.90.51");
    expect(html).toMatch(/<del[^>]*>[^<]*Internet Web site/);
  });

  it("previews an unsaved bill without storing it", async () => {
    const before = await rowCount();
    const res = await t.app.request("/api/bills/preview?format=md", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(AB1463()) });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("~~Internet Web site~~");
    expect(await rowCount()).toBe(before);
  });

  it("404s an unknown bill", async () => {
    expect((await requestJson(t.app, "GET", "/api/bills/nope/render")).status).toBe(404);
  });
});

describe("POST /api/bills/from-audit", () => {
  it("starts a draft from 2019-118's recommendations to the Legislature", async () => {
    const res = await requestJson(t.app, "POST", "/api/bills/from-audit", { audit: "2019-118", house: "Senate", authors: ["Wiener"] }, staff);
    expect(res.status).toBe(201);
    const { bill, targets } = res.body;
    expect(bill.auditId).toBeTruthy();
    // Rec 57 (retention) lands on element (G); Rec 59 (search audits) on the provisions its finding cites.
    expect(targets).toEqual(expect.arrayContaining([expect.objectContaining({ recommendation: 57, citation: "Cal. Civ. Code § 1798.90.51(b)(2)(G)" })]));
    expect(targets.some((x: any) => x.recommendation === 59)).toBe(true);
    const [findings, ...amends] = bill.input.operations;
    expect(findings).toMatchObject({ op: "uncodified", kind: "findings" });
    expect(findings.text).toContain("In February 2020, the California State Auditor issued Report 2019-118");
    expect(findings.text).toContain("None of the four agencies audited staff searches of ALPR data.");
    expect(amends.every((o: any) => o.op === "amend")).toBe(true);
    expect(bill.title).toMatch(/^An act to amend Section(s)? 1798\.90\.5.* of the Civil Code, relating to personal information\.$/);
    const md = await (await t.app.request(`/api/bills/${bill.id}/render?format=md`)).text();
    expect(md).toContain("SECTION 1. The Legislature finds and declares all of the following:");
    expect(md).toContain("*[DRAFT TEXT FOR RECOMMENDATION 57]*");
    expect(md).toMatch(/Answers Recommendations 56, 57, and 59 of Report 2019-118/);
  });

  it("reports a recommendation whose findings cite no stored provision as unmapped, and still drafts the rest", async () => {
    await requestJson(t.app, "POST", "/api/audits", { reportNumber: "2026-902", title: "Drone programs", office: "California State Auditor", releaseDate: "2026-01-15", status: "published", checklists: [{ id: "ca-alpr-operator" }] });
    const rec = await requestJson(t.app, "POST", "/api/recommendations", { audit: "2026-902", number: 1, addressee: { body: "Legislature" }, text: "The Legislature should regulate drone flights." });
    expect(rec.status).toBe(201);
    const res = await requestJson(t.app, "POST", "/api/bills/from-audit", { audit: "2026-902", house: "Assembly", authors: ["Low"] });
    expect(res.status).toBe(201);
    expect(res.body.unmapped).toEqual([{ recommendation: 1, reason: expect.stringContaining("draft this part by hand") }]);
    expect(res.body.bill.input.operations.map((o: any) => o.op)).toEqual(["uncodified"]);
    expect(res.body.bill.title).toBe("An act relating to personal information.");
  });

  it("refuses a recommendation addressed to an agency, naming it", async () => {
    const res = await requestJson(t.app, "POST", "/api/bills/from-audit", { audit: "2019-118", recommendations: [1], house: "Senate", authors: ["Wiener"] });
    expect(res.status).toBe(422);
    expect(res.body.detail).toMatch(/recommendation 1 is addressed to .*Fresno.*, not the Legislature/);
    expect((await requestJson(t.app, "POST", "/api/bills/from-audit", { audit: "1999-001", house: "Senate", authors: ["X"] })).status).toBe(404);
  });
});
