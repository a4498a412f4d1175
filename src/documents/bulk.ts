/**
 * Bulk mailings: one letter per recipient — every agency of an audit, or every
 * row of a recipients CSV (after 2019-118, each of the 1,119 entities the
 * Sacramento sheriff shared data with) — streamed into a zip one letter at a
 * time with a manifest (recipient, file, SHA-256), so memory stays flat.
 * A bad recipient row is reported with its row number; the rest go out only
 * when the caller says to skip invalid rows.
 */
import type { Readable, Writable } from "node:stream";
import yazl from "yazl";
import type { DbOrTx } from "../db/client.js";
import { getAudit } from "../audits/audits.service.js";
import { listFindings } from "../audits/findings.service.js";
import { getRequirement } from "../checklists/checklists.service.js";
import type { Clock } from "../lib/clock.js";
import { CsvError, parseCsv, toCsv } from "../lib/csv.js";
import { BadRequestError, ValidationError, type FieldError } from "../lib/errors.js";
import { sha256 } from "../lib/hash.js";
import { slugify } from "../lib/ids.js";
import { EXTENSIONS, findingLetterData, getSender, renderDocument, type DocumentFormat } from "./documents.service.js";
import { dueDate } from "./templates/dates.js";
import type { RenderFn } from "./render-pool.js";
import type { TemplateRegistry } from "./templates/registry.js";

export type Recipient = { row: number; name: string; addressLines: string[]; email?: string; agency?: string };
export type RecipientProblem = { row: number; line: number; errors: FieldError[] };


/**
 * Reads a recipients CSV: a header row with at least `name`, and optionally
 * `address`, `city`, `state`, `zip`, `email`, `agency`.
 *
 * @example
 * readRecipients("name,city,state\nTulare County Sheriff's Office,Visalia,CA\n").recipients[0].addressLines // ["Visalia, CA"]
 */
export function readRecipients(csv: string): { recipients: Recipient[]; invalid: RecipientProblem[] } {
  let rows;
  try {
    rows = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvError) throw new ValidationError(`The recipients file cannot be read: ${err.message}.`, [{ path: "/recipients", message: err.message, line: err.line }]);
    throw err;
  }
  const header = (rows[0]?.cells ?? []).map((h) => h.trim().toLowerCase());
  if (!header.includes("name")) throw new ValidationError('The recipients file needs a header row with a "name" column.', [{ path: "/recipients", message: "no name column", line: 1 }]);
  const col = (r: string[], name: string) => (header.indexOf(name) >= 0 ? (r[header.indexOf(name)] ?? "").trim() : "");
  const recipients: Recipient[] = [];
  const invalid: RecipientProblem[] = [];
  rows.slice(1).forEach((r, i) => {
    const errors: FieldError[] = [];
    const name = col(r.cells, "name");
    const email = col(r.cells, "email");
    const state = col(r.cells, "state");
    if (!name) errors.push({ path: "name", message: "is empty" });
    if (name.length > 300) errors.push({ path: "name", message: "is longer than 300 characters" });
    if (email && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) errors.push({ path: "email", message: `"${email}" is not an email address` });
    if (state && !/^[A-Za-z]{2}$/.test(state)) errors.push({ path: "state", message: `"${state}" is not a two-letter state` });
    if (errors.length) return void invalid.push({ row: i + 1, line: r.line, errors });
    const cityLine = [col(r.cells, "city"), [state.toUpperCase(), col(r.cells, "zip")].filter(Boolean).join(" ")].filter(Boolean).join(", ");
    recipients.push({ row: i + 1, name, addressLines: [col(r.cells, "address"), cityLine].filter(Boolean), ...(email ? { email } : {}), ...(col(r.cells, "agency") ? { agency: col(r.cells, "agency") } : {}) });
  });
  return { recipients, invalid };
}

export type BulkRequest = {
  template: "finding-letter" | "sharing-justification-letter";
  format: DocumentFormat;
  audit: string;
  /** finding-letter: one per agency with mapped findings. */
  each?: "agency";
  /** sharing-justification-letter: the recipients CSV text. */
  recipients?: string;
  /** The agency whose records show the sharing (sharing letters), unless the CSV has an `agency` column. */
  sharingAgency?: string;
  skipInvalid?: boolean;
};

export type BulkLetter = { recipient: string; file: string; bytes: Uint8Array };

/** How many letters may be rendering at once ahead of the one being written: enough to keep every worker busy. */
const WINDOW = 8;

/**
 * Renders jobs through `render`, up to WINDOW at a time, yielding results in job order.
 */
async function* renderInOrder<J extends { recipient: string; file: string }>(jobs: Iterable<J>, render: (job: J) => Promise<Uint8Array>): AsyncGenerator<BulkLetter> {
  const queue: Array<{ job: J; bytes: Promise<Uint8Array> }> = [];
  for (const job of jobs) {
    queue.push({ job, bytes: render(job) });
    if (queue.length >= WINDOW) {
      const head = queue.shift()!;
      yield { recipient: head.job.recipient, file: head.job.file, bytes: await head.bytes };
    }
  }
  for (const head of queue) yield { recipient: head.job.recipient, file: head.job.file, bytes: await head.bytes };
}

/** Prepares a bulk run: validates everything first, then yields letters one at a time. */
export async function planBulk(db: DbOrTx, registry: TemplateRegistry, req: BulkRequest, clock: Clock, render?: RenderFn) {
  const renderOne = render ?? (async (template: string, data: unknown, format: DocumentFormat) => (await renderDocument(registry, template, data, format)).bytes);
  const audit = await getAudit(db, req.audit);
  const date = clock.now().toISOString().slice(0, 10);
  if (req.template === "finding-letter") {
    const findings = (await listFindings(db, { audit: audit.id, limit: 100_000, offset: 0 })).items.filter((f) => f.criteria.length);
    const agencies = [...new Map(findings.flatMap((f) => f.agencies).map((a) => [a.id, a])).values()];
    return {
      invalid: [] as RecipientProblem[],
      count: agencies.length,
      async *letters(): AsyncGenerator<BulkLetter> {
        for (const a of agencies) {
          const data = await findingLetterData(db, audit.id, a.id, clock).catch(() => undefined);
          if (!data) continue;
          const { bytes } = await renderDocument(registry, req.template, data, req.format);
          yield { recipient: a.name, file: `${slugify(a.name)}.${EXTENSIONS[req.format]}`, bytes };
        }
      },
    };
  }
  if (!req.recipients) throw new BadRequestError("Sharing-justification letters need a recipients CSV.");
  const { recipients, invalid } = readRecipients(req.recipients);
  if (invalid.length && !req.skipInvalid) {
    const first = invalid[0]!;
    throw new ValidationError(
      `${invalid.length} recipient row(s) are invalid, so no letter was generated (row ${first.row}, line ${first.line}: ${first.errors[0]!.path} ${first.errors[0]!.message}). Fix them or skip invalid rows.`,
      invalid.flatMap((p) => p.errors.map((e) => ({ path: `/recipients/${p.row}/${e.path}`, message: e.message, line: p.line }))),
    );
  }
  const statute = await getRequirement(db, "ca-alpr-operator.sharing-public-agencies-only");
  const { sender } = await getSender(db);
  const respondBy = dueDate(date, 30);
  const used = new Set<string>();
  return {
    invalid,
    count: recipients.length,
    letters(): AsyncGenerator<BulkLetter> {
      const jobs = recipients.map((r) => {
        const sharingAgency = r.agency ?? req.sharingAgency;
        if (!sharingAgency) throw new BadRequestError(`Row ${r.row}: name the sharing agency (an "agency" column or the sharingAgency option).`);
        let file = `${String(r.row).padStart(4, "0")}-${slugify(r.name, 60)}.${EXTENSIONS[req.format]}`;
        while (used.has(file)) file = file.replace(/(\.\w+)$/, "-x$1");
        used.add(file);
        const data = {
          sender,
          date,
          recipient: { name: r.name, addressLines: r.addressLines },
          sharingAgency,
          audit: { reportNumber: audit.reportNumber, title: audit.title },
          recipientCount: recipients.length,
          statute: { citation: statute.citation, text: statute.text },
          respondBy,
        };
        return { recipient: r.name, file, data };
      });
      return renderInOrder(jobs, (job) => renderOne(req.template, job.data, req.format));
    },
  };
}

/**
 * Streams letters into a zip on `out`, one at a time, ending with
 * `manifest.csv` (recipient, file, sha256, bytes). Resolves with the manifest.
 */
export async function writeZip(letters: AsyncIterable<BulkLetter>, out: Writable, onLetter?: (n: number) => void): Promise<Array<{ recipient: string; file: string; sha256: string; bytes: number }>> {
  const zip = new yazl.ZipFile();
  const done = new Promise<void>((resolve, reject) => {
    out.on("error", reject);
    out.on("finish", resolve);
    out.on("close", resolve);
  });
  zip.outputStream.pipe(out);
  const manifest: Array<{ recipient: string; file: string; sha256: string; bytes: number }> = [];
  const mtime = new Date("2000-01-01T00:00:00Z");
  for await (const letter of letters) {
    // DOCX is itself a zip and PDF streams are compressed: deflating them again costs CPU the renderers need.
    zip.addBuffer(Buffer.from(letter.bytes), letter.file, { mtime, compress: !/\.(docx|pdf)$/.test(letter.file) });
    manifest.push({ recipient: letter.recipient, file: letter.file, sha256: sha256(letter.bytes), bytes: letter.bytes.byteLength });
    onLetter?.(manifest.length);
    // Let the zip stream drain before rendering the next letter: memory stays flat.
    while ((zip.outputStream as Readable).readableLength > 4 * 1024 * 1024) await new Promise((r) => setTimeout(r, 1));
  }
  zip.addBuffer(Buffer.from(toCsv(["recipient", "file", "sha256", "bytes"], manifest.map((m) => [m.recipient, m.file, m.sha256, m.bytes]))), "manifest.csv", { mtime });
  zip.end();
  await done;
  return manifest;
}
