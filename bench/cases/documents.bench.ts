/**
 * Letters: one finding letter in each format (ms per letter), and the bulk case
 * — 1,119 sharing-justification letters into a zip in HTML, DOCX and PDF (total
 * time, letters/s, memory growth) — against a bare Handlebars render of the
 * same template and data. Targets for 1,119 letters: HTML < 4 s, DOCX < 10 s,
 * PDF < 15 s, memory flat.
 */
import { Writable } from "node:stream";
import Handlebars from "handlebars";
import { readFileSync } from "node:fs";
import { renderDocument } from "../../src/documents/documents.service.js";
import { writeZip, type BulkLetter } from "../../src/documents/bulk.js";
import { createRenderPool } from "../../src/documents/render-pool.js";
import { templateHelpers } from "../../src/documents/templates/helpers.js";
import { createTemplateRegistry } from "../../src/documents/templates/registry.js";
import { packagePath } from "../../src/lib/package-info.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

const RECIPIENTS = 1_119;
const sender = { office: "California State Auditor", addressLines: ["621 Capitol Mall, Suite 1200", "Sacramento, CA 95814"], signer: "Elaine M. Howle, CPA", signerTitle: "California State Auditor" };
const statute = {
  citation: "Cal. Civ. Code § 1798.90.55(b)",
  text: "A public agency shall not sell, share, or transfer ALPR information, except to another public agency, and only as otherwise permitted by law. For purposes of this section, the provision of data hosting or towing services shall not be considered the sale, sharing, or transferring of ALPR information.",
};

function sharingData(i: number) {
  return {
    sender,
    date: "2020-03-02",
    recipient: { name: `Recipient Agency ${i + 1}`, addressLines: [`${100 + i} Main Street`, "Springfield, CA 95000"] },
    sharingAgency: "Sacramento County Sheriff's Office",
    audit: { reportNumber: "2019-118", title: "Automated License Plate Readers" },
    recipientCount: RECIPIENTS,
    statute,
    respondBy: "2020-04-13",
  };
}

const findingData = {
  sender,
  date: "2020-02-13",
  agency: { name: "Fresno Police Department", addressLines: ["2323 Mariposa Street", "Fresno, CA 93721"] },
  audit: { reportNumber: "2019-118", title: "Automated License Plate Readers", releaseDate: "2020-02-13" },
  findings: [
    { title: "Fresno's policy lacked required elements", criteria: [{ citation: "Cal. Civ. Code § 1798.90.51(b)(2)(G)", text: "The length of time ALPR information will be retained, and the process the ALPR operator will utilize to determine if and when to destroy retained ALPR information." }], condition: "The policy did not specify how to destroy ALPR data.", cause: "The department adopted a template without tailoring it.", effect: "Images may be kept longer than needed." },
    { title: "Fresno shared images with 982 entities", criteria: [{ citation: statute.citation, text: statute.text }], condition: "Fresno shared its images with 982 entities without determining their right and need to access them." },
  ],
  recommendations: [{ number: 6, text: "Fresno should update its ALPR policy to include all required elements." }],
  dueDates: { "60-day": "2020-04-13", "6-month": "2020-08-13", "1-year": "2021-02-13" },
};

/** A sink that counts bytes, so only memory for the letters in flight is measured. */
function countingSink() {
  let bytes = 0;
  const sink = new Writable({ write(chunk, _enc, cb) { bytes += chunk.length; cb(); } });
  return { sink, bytes: () => bytes };
}

export const documentsCase: BenchCase = {
  name: "documents",
  description: `One finding letter per format (ms), then ${RECIPIENTS.toLocaleString()} sharing letters streamed into a zip per format, against a bare Handlebars render of the same template and data. Targets: HTML < 4 s, DOCX < 10 s, PDF < 15 s; memory flat.`,
  async run() {
    const registry = createTemplateRegistry();
    const rows: BenchRow[] = [];
    // Reference line: bare Handlebars on the template body alone (no partial escaping, no validation, no Markdown).
    const bare = Handlebars.create();
    const source = readFileSync(packagePath("templates", "letters", "sharing-justification-letter.md.hbs"), "utf8").replace(/^---[\s\S]*?---\s*/, "");
    for (const name of ["letterhead", "address-block", "signature-block", "citation-block", "statute-quote", "findings-table"]) {
      bare.registerPartial(name, readFileSync(packagePath("templates", "partials", `${name}.md.hbs`), "utf8"));
    }
    // Every helper the templates may call, as a bare pass-through (the list follows the registry's, so it cannot go stale).
    for (const h of Object.keys(templateHelpers)) bare.registerHelper(h, (v: unknown) => String(v ?? ""));
    const bareTemplate = bare.compile(source, { noEscape: true });
    const bareMs = summarize(await timeRuns(2000, (i) => bareTemplate(sharingData(i)), 50));
    rows.push({ case: "bare Handlebars render (reference)", letters: 1, "ms/letter": bareMs.median.toFixed(3) });

    for (const format of ["markdown", "html", "docx", "pdf"] as const) {
      const one = summarize(await timeRuns(format === "markdown" || format === "html" ? 200 : 40, () => renderDocument(registry, "finding-letter", findingData, format), 5));
      rows.push({ case: `one finding letter: ${format}`, letters: 1, "ms/letter": one.median.toFixed(2) });
    }
    const pool = createRenderPool();
    // Warm the workers (module loading, template compilation, JIT) outside the timed runs.
    for (const format of ["html", "docx", "pdf"] as const) await Promise.all(Array.from({ length: 16 }, (_, i) => pool.render("sharing-justification-letter", sharingData(i), format)));
    for (const format of ["html", "docx", "pdf"] as const) {
      // As `oversight letters` does: one worker per core, a window of letters in flight, written in order.
      async function* letters(): AsyncGenerator<BulkLetter> {
        const window: Promise<Uint8Array>[] = [];
        for (let i = 0; i < RECIPIENTS + 8; i++) {
          if (i < RECIPIENTS) window.push(pool.render("sharing-justification-letter", sharingData(i), format));
          if (window.length > 8 || (i >= RECIPIENTS && window.length)) {
            const n = i - window.length + 1;
            yield { recipient: `Recipient Agency ${n}`, file: `${String(n).padStart(4, "0")}.${format}`, bytes: await window.shift()! };
          }
        }
      }
      // Live heap after a full GC, sampled every 400 letters (run with --expose-gc, as `npm run bench` does):
      // flat means the zip stream never holds the whole mailing.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      const heap0 = process.memoryUsage().heapUsed;
      let peak = heap0;
      const { sink, bytes } = countingSink();
      const t = performance.now();
      await writeZip(letters(), sink, (n) => {
        if (gc && n % 400 === 0) {
          gc();
          peak = Math.max(peak, process.memoryUsage().heapUsed);
        }
      });
      const ms = performance.now() - t;
      rows.push({ case: `bulk ${format} → zip`, letters: RECIPIENTS, "total s": (ms / 1000).toFixed(2), "letters/s": Math.round(RECIPIENTS / (ms / 1000)), "ms/letter": (ms / RECIPIENTS).toFixed(2), "zip MB": (bytes() / 1e6).toFixed(1), "heap growth MB": gc ? ((peak - heap0) / 1e6).toFixed(1) : "n/a (no --expose-gc)", "vs bare": `${(ms / RECIPIENTS / bareMs.median).toFixed(0)}×` });
    }
    await pool.close();
    return rows;
  },
};
