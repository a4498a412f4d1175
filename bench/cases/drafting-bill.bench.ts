/**
 * A 10-section bill (five amended Civil Code sections with replacements,
 * insertions and a relettering, two added sections, a repeal, findings and a
 * severability clause) built and rendered in every format. Target: under
 * 200 ms for all formats together. The baseline is building the bill alone
 * (the amendment engine and marks), so the ratio shows what printing costs.
 */
import { buildBill, type BillDocument } from "../../src/drafting/assemble.js";
import { BillInput } from "../../src/drafting/bill.schema.js";
import { renderBill, type BillFormat } from "../../src/drafting/render/index.js";
import { bundledStatutes } from "../../src/drafting/statute-source.js";
import { summarize, timeRuns, type BenchCase, type BenchRow } from "../harness.js";

const RUNS = 30;
const FORMATS: BillFormat[] = ["md", "html", "docx", "pdf", "akn"];
const NEW_TEXT = "An ALPR operator that is a public agency shall conduct an annual audit of ALPR end-user searches to determine whether each search complied with its usage and privacy policy, and shall publish a summary of the results on its internet website.";

/** The 10-section bill, its operations repeated `times` over (the same sections amended again and again), for growth. */
function scaledBill(times: number): BillInput {
  const base = tenSectionBill();
  return { ...base, operations: Array.from({ length: times }, () => base.operations).flat() };
}

function tenSectionBill(): BillInput {
  const amend = (section: string) => ({
    op: "amend",
    code: "civ",
    section,
    changes: [
      { type: "replace", path: ["a"], text: `${NEW_TEXT} This subdivision applies to Section ${section}.` },
      { type: "add-provision", path: [], text: "ALPR information that does not match a hot list shall be purged within 30 days of collection." },
      { type: "insert", path: [], text: "[DRAFT]" },
    ],
  });
  return BillInput.parse({
    house: "Senate",
    number: "SB 999",
    session: "2025-2026",
    authors: ["Wiener", "Cervantes"],
    subject: "personal information",
    topic: "Automated license plate recognition systems",
    operations: [
      { op: "uncodified", kind: "findings", text: "(a) The State Auditor found that agencies kept ALPR images for years.\n(b) The State Auditor found that no agency audited searches." },
      ...["1798.90.51", "1798.90.52", "1798.90.53", "1798.90.54", "1798.90.55"].map(amend),
      { op: "add", code: "civ", section: "1798.90.56", text: `(a) ${NEW_TEXT}\n(b) ${NEW_TEXT}` },
      { op: "add", code: "civ", section: "1798.90.57", text: NEW_TEXT },
      { op: "repeal", code: "civ", section: "1798.90.58" },
      { op: "uncodified", kind: "severability", text: "The provisions of this act are severable. If any provision of this act or its application is held invalid, that invalidity shall not affect other provisions or applications that can be given effect without the invalid provision or application." },
    ],
  });
}

export const draftingBillCase: BenchCase = {
  name: "drafting-bill",
  description: "A 10-section bill built and rendered as Markdown, HTML, DOCX, PDF and Akoma Ntoso (ms, median of 30). Target: all formats < 200 ms. Baseline: building the bill alone.",
  async run() {
    const input = tenSectionBill();
    const statutes = await bundledStatutes(input);
    const build = (): BillDocument => buildBill(input, statutes);
    const bill = build();
    const baseline = summarize(await timeRuns(RUNS, build)).median;
    const rows: BenchRow[] = [{ step: "build (baseline)", "median ms": baseline, "p99 ms": summarize(await timeRuns(RUNS, build)).p99, bytes: "" }];
    for (const format of FORMATS) {
      const bytes = (await renderBill(bill, format)).byteLength;
      const s = summarize(await timeRuns(RUNS, () => renderBill(bill, format), 5));
      rows.push({ step: `render ${format}`, "median ms": s.median, "p99 ms": s.p99, bytes });
    }
    const all = summarize(await timeRuns(RUNS, async () => {
      const doc = build();
      await Promise.all(FORMATS.map((f) => renderBill(doc, f)));
    }, 5));
    rows.push({ step: "build + all formats", "median ms": all.median, "p99 ms": all.p99, bytes: "", "ratio to build": all.median / baseline, target: all.median < 200 ? "met (< 200 ms)" : "MISSED (< 200 ms)" });
    // Growth: 10, 50 and 100 bill sections, build + every format; ms per section should stay flat (it falls: fixed costs spread).
    for (const times of [1, 5, 10]) {
      const big = scaledBill(times);
      const s = summarize(await timeRuns(times === 1 ? RUNS : 5, async () => {
        const doc = buildBill(big, statutes);
        await Promise.all(FORMATS.map((f) => renderBill(doc, f)));
      }, 2));
      rows.push({ step: `${big.operations.length} sections, all formats`, "median ms": s.median, "p99 ms": s.p99, bytes: "", "ratio to build": "", target: `${(s.median / big.operations.length).toFixed(2)} ms/section` });
    }
    return rows;
  },
};
