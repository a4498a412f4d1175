/**
 * Generating documents: gather the data a template needs (from an audit and an
 * agency, from a policy-check run, or as given), render it through the
 * template registry to Markdown, then to the requested format, and store the
 * template version and a snapshot of the data so the letter can be reproduced.
 */
import { desc, eq } from "drizzle-orm";
import type { Db, DbOrTx } from "../db/client.js";
import { documents, settings } from "../db/schema/index.js";
import { getAgency } from "../audits/agencies.service.js";
import { getAudit } from "../audits/audits.service.js";
import { listFindings } from "../audits/findings.service.js";
import { defaultDueDates, listRecommendations } from "../audits/recommendations.service.js";
import { getChecklist } from "../checklists/checklists.service.js";
import { recordAccess, type Actor } from "../lib/access-log.js";
import type { Clock } from "../lib/clock.js";
import { BadRequestError, ConflictError, NotFoundError } from "../lib/errors.js";
import { sha256 } from "../lib/hash.js";
import { randomKey, slugify } from "../lib/ids.js";
import { getPolicyCheck } from "../policy-check/policy-checks.service.js";
import { dueDate } from "./templates/dates.js";
import { renderDocx } from "./render/docx.js";
import { renderHtml } from "./render/html.js";
import { parseLetter } from "./render/markdown.js";
import { renderPdf } from "./render/pdf.js";
import { logoFromDataUrl } from "./render/types.js";
import { Sender } from "./templates/data.schema.js";
import type { TemplateRegistry } from "./templates/registry.js";

export type DocumentFormat = "markdown" | "html" | "docx" | "pdf";
export type DocumentRow = typeof documents.$inferSelect;

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  markdown: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
};
export const EXTENSIONS: Record<DocumentFormat, string> = { markdown: "md", html: "html", docx: "docx", pdf: "pdf" };

/** Until an office configures itself, letters carry visible placeholders rather than an invented identity. */
const PLACEHOLDER_SENDER = { office: "[OFFICE NAME]", addressLines: ["[STREET ADDRESS]", "[CITY, STATE ZIP]"], signer: "[SIGNER]", signerTitle: "[TITLE]" };

export async function getSender(db: DbOrTx) {
  const [row] = await db.select().from(settings).where(eq(settings.key, "sender"));
  return { sender: Sender.parse(row?.value ?? PLACEHOLDER_SENDER), version: row?.version ?? 0, configured: Boolean(row) };
}

export async function putSender(db: Db, value: unknown, expectedVersion: number | undefined, who: Actor, clock: Clock) {
  const sender = Sender.parse(value);
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(settings).where(eq(settings.key, "sender"));
    const current = row?.version ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== current) throw new ConflictError(`The sender settings are at version ${current}, not ${expectedVersion}: someone else changed them.`);
    const now = clock.now().toISOString();
    await tx
      .insert(settings)
      .values({ key: "sender", value: sender, version: current + 1, updatedBy: who.actor, updatedAt: now })
      .onConflictDoUpdate({ target: settings.key, set: { value: sender, version: current + 1, updatedBy: who.actor, updatedAt: now } });
    await recordAccess(tx, who, { action: "settings.sender", entity: "settings", entityId: "sender" });
    return { sender, version: current + 1, configured: true };
  });
}

const today = (clock: Clock) => clock.now().toISOString().slice(0, 10);

/** The data of a finding letter to one agency about one audit, from the database. */
export async function findingLetterData(db: DbOrTx, auditId: string, agencyId: string, clock: Clock) {
  const [audit, agency, { sender }] = await Promise.all([getAudit(db, auditId), getAgency(db, agencyId), getSender(db)]);
  const findings = (await listFindings(db, { audit: audit.id, agency: agency.id, limit: 10_000, offset: 0 })).items.filter((f) => f.status !== "withdrawn");
  if (!findings.some((f) => f.criteria.length)) throw new BadRequestError(`Audit ${audit.reportNumber} has no mapped finding for ${agency.name}; a finding letter needs at least one finding with criteria.`);
  const recs = (await listRecommendations(db, { audit: audit.id, agency: agency.id, limit: 10_000, offset: 0 }, clock)).items;
  const release = audit.releaseDate ?? today(clock);
  const due = { ...defaultDueDates(release), ...(recs[0]?.dueDates ?? {}) };
  return {
    sender,
    date: today(clock),
    agency: { name: agency.name, addressLines: [] as string[] },
    audit: { reportNumber: audit.reportNumber, title: audit.title, releaseDate: release },
    findings: findings
      .filter((f) => f.criteria.length)
      .map((f) => ({ title: f.title, criteria: f.criteria.map((c) => ({ citation: c.citation, text: c.quotedText })), condition: f.condition, ...(f.cause ? { cause: f.cause } : {}), ...(f.effect ? { effect: f.effect } : {}) })),
    recommendations: recs.map((r) => ({ number: r.number, text: r.text })),
    dueDates: { "60-day": due["60-day"]!, "6-month": due["6-month"]!, "1-year": due["1-year"]! },
  };
}

/** The data of a compliance letter from a stored policy-check run. */
export async function complianceLetterData(db: DbOrTx, policyCheckId: string, clock: Clock) {
  const run = await getPolicyCheck(db, policyCheckId);
  const [{ sender }, checklist, agency] = await Promise.all([getSender(db), getChecklist(db, run.checklistId), run.agencyId ? getAgency(db, run.agencyId) : undefined]);
  const text = new Map(checklist.requirements.map((r) => [r.requirementId, r.text]));
  const gaps = run.results.filter((r) => r.status !== "addressed" && !run.results.some((c) => c.parent === r.requirementId));
  if (!gaps.length) throw new BadRequestError(`Policy check ${run.id} found every element addressed; there is nothing to ask the agency to fix.`);
  return {
    sender,
    date: today(clock),
    agency: { name: agency?.name ?? "[AGENCY NAME]", addressLines: [] as string[] },
    policy: { title: run.documentName ?? "the agency's policy", checkedOn: run.createdAt.slice(0, 10) },
    checklist: { title: checklist.version.source.title },
    elements: gaps.map((r) => ({ requirement: r.title, status: r.status as "missing" | "partial", citation: r.citation, text: text.get(r.requirementId) ?? r.title, reasons: r.reasons })),
    respondWithinBusinessDays: 30,
  };
}

/** The data of a reminder to one agency about its overdue recommendation responses. */
export async function followUpReminderData(db: DbOrTx, auditId: string, agencyId: string, clock: Clock) {
  const [audit, agency, { sender }] = await Promise.all([getAudit(db, auditId), getAgency(db, agencyId), getSender(db)]);
  const recs = (await listRecommendations(db, { audit: audit.id, agency: agency.id, overdue: true, limit: 10_000, offset: 0 }, clock)).items;
  const overdue = recs.flatMap((r) =>
    r.overdue.map((o) => {
      const last = [...r.followUps].reverse().find((f) => f.status);
      return { number: r.number, text: r.text, stage: o.stage, dueDate: o.dueDate, lastStatus: (last?.status ?? null) as never, ...(last?.date && /^\d{4}-\d{2}-\d{2}$/.test(last.date) ? { lastResponseDate: last.date } : {}) };
    }),
  );
  if (!overdue.length) throw new BadRequestError(`${agency.name} has no overdue response on audit ${audit.reportNumber}.`);
  return {
    sender,
    date: today(clock),
    agency: { name: agency.name, addressLines: [] as string[] },
    audit: { reportNumber: audit.reportNumber, title: audit.title, releaseDate: audit.releaseDate ?? today(clock) },
    overdue,
    respondBy: dueDate(today(clock), 10),
  };
}

/** The data of the audit summary report: every finding, counts by agency and by requirement, recommendations by status. */
export async function auditSummaryData(db: DbOrTx, auditId: string, clock: Clock) {
  const audit = await getAudit(db, auditId);
  const findings = (await listFindings(db, { audit: audit.id, limit: 100_000, offset: 0 })).items;
  const recs = (await listRecommendations(db, { audit: audit.id, limit: 100_000, offset: 0 }, clock)).items;
  const count = <K>(keys: K[]) => [...keys.reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<K, number>())];
  const rows = findings.flatMap((f, i) =>
    (f.criteria.length ? f.criteria : [undefined]).flatMap((c) =>
      (f.agencies.length ? f.agencies : [{ id: "", name: "—" }]).map((a) => ({ number: i + 1, title: f.title, agency: a.name, requirement: c ? c.requirementId : "not yet mapped", citation: c?.citation ?? "—" })),
    ),
  );
  const byStatus = new Map<string, Array<{ number: number; agency: string; text: string }>>();
  for (const r of recs) {
    const status = r.status ?? "No response yet";
    byStatus.set(status, [...(byStatus.get(status) ?? []), { number: r.number, agency: r.addressee.name, text: r.text }]);
  }
  return {
    date: today(clock),
    office: audit.office,
    audit: { reportNumber: audit.reportNumber, title: audit.title, releaseDate: audit.releaseDate ?? today(clock) },
    findings: rows,
    byAgency: count(findings.flatMap((f) => f.agencies.map((a) => a.name))).map(([agency, n]) => ({ agency, findings: n })),
    byRequirement: count(findings.flatMap((f) => f.criteria.map((c) => `${c.requirementId}\u0000${c.citation}`))).map(([k, n]) => {
      const [requirement, citation] = k.split("\u0000") as [string, string];
      return { requirement, citation, findings: n };
    }),
    recommendationsByStatus: [...byStatus].map(([status, recommendations]) => ({ status, recommendations })),
  };
}

export type GenerateRequest =
  | { template: string; format: DocumentFormat; data: Record<string, unknown> }
  | { template: string; format: DocumentFormat; audit: string; agency: string }
  | { template: string; format: DocumentFormat; policyCheck: string }
  | { template: string; format: DocumentFormat; audit: string; agency?: string };

/** Markdown through the registry, then the requested format. */
/** The letterhead partial's block in a rendered letter (see templates/partials/letterhead.md.hbs). */
const LETTERHEAD_BLOCK = /<!-- letterhead -->[\s\S]*?<!-- \/letterhead -->\n?/;

export async function renderDocument(registry: TemplateRegistry, template: string, data: unknown, format: DocumentFormat) {
  const { markdown, template: info } = registry.render(template, data);
  if (!info.formats.includes(format)) throw new BadRequestError(`Template ${template} does not produce ${format}; it produces ${info.formats.join(", ")}.`);
  const title = info.title;
  let bytes: Uint8Array;
  if (format === "markdown") bytes = Buffer.from(markdown, "utf8");
  else {
    // Letters from a sender get the letterhead (with any logo image) in the page header instead of the body.
    const sender = (data as { sender?: unknown }).sender;
    const parsed = sender ? Sender.safeParse(sender) : undefined;
    const letterhead = parsed?.success ? { ...parsed.data, logo: logoFromDataUrl(parsed.data.logo) } : undefined;
    const body = letterhead ? markdown.replace(LETTERHEAD_BLOCK, "") : markdown;
    const tree = parseLetter(body);
    const opts = { title, ...(letterhead ? { letterhead } : {}) };
    bytes = format === "html" ? Buffer.from(renderHtml(tree, opts), "utf8") : format === "docx" ? await renderDocx(tree, opts) : await renderPdf(tree, opts);
  }
  return { bytes, markdown, info };
}

/**
 * Generates and stores a document.
 *
 * @example
 * await generateDocument(db, registry, { template: "finding-letter", audit: "2019-118", agency: "fresno-police-department", format: "pdf" }, who, clock)
 */
export async function generateDocument(db: Db, registry: TemplateRegistry, req: GenerateRequest, who: Actor, clock: Clock) {
  let data: unknown;
  let source: Record<string, string> | null = null;
  if ("data" in req) data = req.data;
  else if ("policyCheck" in req) {
    data = await complianceLetterData(db, req.policyCheck, clock);
    source = { policyCheck: req.policyCheck };
  } else if (req.template === "audit-summary") {
    data = await auditSummaryData(db, req.audit, clock);
    source = { audit: req.audit };
  } else {
    if (!req.agency) throw new BadRequestError(`A ${req.template} goes to one agency: give "agency".`);
    data = req.template === "follow-up-reminder" ? await followUpReminderData(db, req.audit, req.agency, clock) : await findingLetterData(db, req.audit, req.agency, clock);
    source = { audit: req.audit, agency: req.agency };
  }
  const { bytes, info } = await renderDocument(registry, req.template, data, req.format);
  const id = `doc-${randomKey(10)}`;
  const filename = `${slugify(`${req.template}-${source ? Object.values(source).join("-") : id}`, 80)}.${EXTENSIONS[req.format]}`;
  const row = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(documents)
      .values({ id, template: req.template, templateVersion: info.version, format: req.format, filename, data: registry.get(req.template).schema.parse(data) as Record<string, unknown>, source, sha256: sha256(bytes), bytes: bytes.byteLength, createdBy: who.actor, createdAt: clock.now().toISOString() })
      .returning();
    await recordAccess(tx, who, { action: "document.generate", entity: "document", entityId: id, detail: { template: req.template, format: req.format, ...(source ?? {}) } });
    return row!;
  });
  return { row, bytes };
}

/** A stored document, rendered again from its data snapshot. */
export async function getDocument(db: DbOrTx, registry: TemplateRegistry, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  if (!row) throw new NotFoundError(`There is no document "${id}".`);
  const { bytes, info } = await renderDocument(registry, row.template, row.data, row.format);
  return { row, bytes, templateChanged: info.version !== row.templateVersion };
}

export async function listDocuments(db: DbOrTx, limit: number, offset: number) {
  return db.select({ id: documents.id, template: documents.template, templateVersion: documents.templateVersion, format: documents.format, filename: documents.filename, source: documents.source, sha256: documents.sha256, bytes: documents.bytes, createdBy: documents.createdBy, createdAt: documents.createdAt }).from(documents).orderBy(desc(documents.createdAt)).limit(limit).offset(offset);
}
