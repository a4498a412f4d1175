/** Generating letters over the API from the data Oversight holds, in every format, reproducibly. */
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExamplesSeeder } from "../../src/audits/examples.seed.js";
import { createChecklistsSeeder } from "../../src/checklists/checklists.seed.js";
import { statutesSeeder } from "../../src/statutes/statutes.seed.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";
import { unzip, wordText } from "./render/unzip.js";
import { sender, sharingLetter } from "./templates/samples.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seeders: [statutesSeeder, createChecklistsSeeder(), createExamplesSeeder()], now: "2026-03-02T17:00:00Z" });
  await requestJson(t.app, "PUT", "/api/settings/sender", sender);
});
afterAll(() => t.close());

const generate = (body: unknown) => t.app.request("/api/documents", { method: "POST", headers: { "content-type": "application/json", "x-oversight-user": "auditor.lee" }, body: JSON.stringify(body) });
const fresnoLetter = (format: string) => generate({ template: "finding-letter", audit: "2019-118", agency: "fresno-police-department", format });

describe("GET /api/templates", () => {
  it("lists the five documents with their kind, formats and data schema", async () => {
    const res = await requestJson(t.app, "GET", "/api/templates");
    const names = res.body.templates.map((x: any) => x.name).sort();
    expect(names).toEqual(["audit-summary", "compliance-letter", "finding-letter", "follow-up-reminder", "sharing-justification-letter"]);
    const letter = res.body.templates.find((x: any) => x.name === "finding-letter");
    expect(letter).toMatchObject({ kind: "letter", formats: expect.arrayContaining(["html", "docx", "pdf"]) });
    expect(letter.dataSchema.properties).toHaveProperty("findings");
  });
});

describe("the settings record", () => {
  it("keeps the sender, with optimistic concurrency", async () => {
    const got = await requestJson(t.app, "GET", "/api/settings/sender");
    expect(got.body).toMatchObject({ configured: true, sender: { office: sender.office } });
    expect((await requestJson(t.app, "PUT", "/api/settings/sender", { ...sender, version: 99 })).status).toBe(409);
    expect((await requestJson(t.app, "PUT", "/api/settings/sender", { office: "" })).status).toBe(422);
  });
});

describe("POST /api/documents", () => {
  it("writes Fresno's finding letter from the 2019-118 audit, with criteria quoted and responses due", async () => {
    const res = await fresnoLetter("html");
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toContain("text/html");
    expect(res.headers.get("content-disposition")).toMatch(/filename="finding-letter-2019-118-fresno-police-department\.html"/);
    const html = await res.text();
    expect(html).toContain("Fresno Police Department");
    expect(html).toContain("2019-118");
    expect(html).toContain(sender.office);
    expect(html).toMatch(/1798\.90\.5[15]/);
    expect(html).toContain("April 13, 2020");
    expect(html).toContain("February 13, 2021");
    const again = await t.app.request(`/api/documents/${res.headers.get("x-document-id")}`);
    expect(again.status).toBe(200);
    expect(await again.text()).toBe(html);
  });

  it("gives the same letter as a Word file and a PDF", async () => {
    const docx = new Uint8Array(await (await fresnoLetter("docx")).arrayBuffer());
    const xml = unzip(docx).get("word/document.xml")!;
    expect(wordText(xml)).toContain("Fresno Police Department");
    expect(xml).toMatch(/<w:pStyle w:val="Heading\d"\/>/);
    const pdfRes = await fresnoLetter("pdf");
    expect(pdfRes.headers.get("content-type")).toBe("application/pdf");
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdfRes.arrayBuffer())), { mergePages: true });
    expect(text).toContain("Fresno Police Department");
    expect(text).toContain("April 13, 2020");
  });

  it("reminds an agency of its overdue responses, and summarizes the audit", async () => {
    const reminder = await generate({ template: "follow-up-reminder", audit: "2019-118", agency: "los-angeles-police-department", format: "markdown" });
    expect(reminder.status).toBe(201);
    const text = await reminder.text();
    expect(text).toContain("Los Angeles Police Department");
    expect(text).toMatch(/60-day|6-month|1-year/);
    const summary = await generate({ template: "audit-summary", audit: "2019-118", format: "html" });
    expect(summary.status).toBe(201);
    const html = await summary.text();
    expect(html).toContain("Fresno Police Department");
    expect(html).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(G)");
    expect(html).toContain("<table>");
  });

  it("writes a compliance letter from a policy-check run, naming what is missing", async () => {
    const run = await requestJson(t.app, "POST", "/api/policy-checks", { checklist: "ca-alpr-operator", agency: "fresno-police-department", document: { format: "markdown", content: "# ALPR\n\nThe ALPR system is used to locate stolen vehicles.\n\nData is stored for 90 days.\n", name: "fresno-alpr.md" } });
    expect(run.status).toBe(201);
    const res = await generate({ template: "compliance-letter", policyCheck: run.body.id, format: "markdown" });
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).toContain("Fresno Police Department");
    expect(text).toContain("Cal. Civ. Code § 1798.90.51(b)(2)(E)");
    expect(text).toContain("The title of the official custodian");
  });

  it("streams a bulk mailing as a zip with a manifest", async () => {
    const res = await t.app.request("/api/documents/bulk", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ template: "sharing-justification-letter", audit: "2019-118", format: "markdown", sharingAgency: "Marin County Sheriff's Office", recipients: "name,city,state\nHonolulu Police Department,Honolulu,HI\nMissouri Police Chiefs Association,Jefferson City,MO\n" }) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzip(new Uint8Array(await res.arrayBuffer()));
    expect([...files.keys()].sort()).toEqual(["0001-honolulu-police-department.md", "0002-missouri-police-chiefs-association.md", "manifest.csv"]);
    expect(files.get("0001-honolulu-police-department.md")).toContain("Marin County Sheriff");
    const bad = await requestJson(t.app, "POST", "/api/documents/bulk", { template: "sharing-justification-letter", audit: "2019-118", format: "html", recipients: "name,email\n,bad\n" });
    expect(bad.status).toBe(422);
  });

  it("renders any template from its data", async () => {
    const res = await generate({ template: "sharing-justification-letter", format: "markdown", data: sharingLetter() });
    expect(res.status).toBe(201);
    const md = await res.text();
    expect(md).toContain("1798.90.55");
  });

  it("says what is wrong with bad requests, and stores nothing for them", async () => {
    const before = (await requestJson(t.app, "GET", "/api/documents")).body.items.length;
    expect((await generate({ template: "../../etc/passwd", format: "html", data: {} })).status).toBe(404);
    const missing = await generate({ template: "sharing-justification-letter", format: "html", data: { ...sharingLetter(), recipient: undefined } });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as any).errors.map((e: any) => e.path)).toContain("/recipient");
    const bystander = await requestJson(t.app, "POST", "/api/agencies", { name: "Auditor Bystander Agency", state: "CA" });
    const none = await generate({ template: "finding-letter", audit: "2019-118", agency: bystander.body.id, format: "html" });
    expect(none.status).toBe(400);
    expect(((await none.json()) as any).detail).toContain("no mapped finding");
    expect((await generate({ template: "finding-letter", audit: "1999-001", agency: "fresno-police-department", format: "html" })).status).toBe(404);
    expect((await requestJson(t.app, "GET", "/api/documents")).body.items.length).toBe(before);
  });
});

describe("the letterhead", () => {
  const PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  it("rejects a logo that is not a PNG or JPEG data URL", async () => {
    const res = await requestJson(t.app, "PUT", "/api/settings/sender", { ...sender, logo: "javascript:alert(1)" });
    expect(res.status).toBe(422);
    expect(res.body.errors[0].path).toBe("/body/logo");
  });

  it("puts the sender's logo and office at the top of every format, once", async () => {
    expect((await requestJson(t.app, "PUT", "/api/settings/sender", { ...sender, logo: PNG })).status).toBe(200);
    const html = await (await fresnoLetter("html")).text();
    expect(html).toContain('<img src="data:image/png;base64,');
    expect(html.split(sender.office).length - 1).toBeGreaterThanOrEqual(1);
    expect(html.indexOf("<header")).toBeLessThan(html.indexOf("<main>"));
    expect(html.slice(html.indexOf("<main>"))).not.toContain(`<strong>${sender.office}</strong>`);
    const docx = unzip(new Uint8Array(await (await fresnoLetter("docx")).arrayBuffer()));
    expect([...docx.keys()].some((k) => k.startsWith("word/media/"))).toBe(true);
    const pdf = Buffer.from(await (await fresnoLetter("pdf")).arrayBuffer()).toString("latin1");
    expect(pdf).toMatch(/\/Subtype\s*\/Image/);
    const md = await (await fresnoLetter("markdown")).text();
    expect(md).toContain(`**${sender.office}**`);
  });
});
