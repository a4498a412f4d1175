// Regenerates statutes/**/*.yaml from the reference texts:
//   node statutes/extract-from-reference.mjs [reference-dir]   (default /work/shared/reference)
//
// Why a script: statute text must be copied, never retyped. Each section is sliced
// out of its reference file by the lines that open and close it; the only edits are
// that the reference's truncation notes ("i[s ... truncated]", "[at which ... per
// bulletin]", an elided "...") become the documented cut marker "[...]" (a cut-off
// partial word is dropped), and section designations ("§ 1607") are stripped. Each
// slice is checked for the expected layout, so a changed reference fails loudly.
// Metadata (dates, sources, omissions) restates what the reference headers say.
// Format: src/statutes/statute-file.schema.ts. Verified by test/statutes/*.test.ts.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";

const REF = process.argv[2] ?? "/work/shared/reference";
const OUT = dirname(fileURLToPath(import.meta.url));

/** Lines strictly after the line equal to/starting with `start`, up to (not incl.) the first line matching `stop`. */
function between(src, start, stop, { includeStart = false } = {}) {
  const lines = src.split("\n");
  const i = lines.findIndex((l) => (typeof start === "string" ? l === start || l.startsWith(start) : start.test(l)));
  if (i < 0) throw new Error(`start not found: ${start}`);
  const from = includeStart ? i : i + 1;
  let j = lines.findIndex((l, k) => k >= from && stop(l));
  if (j < 0) j = lines.length;
  const out = lines.slice(from, j);
  while (out.length && out[out.length - 1].trim() === "") out.pop();
  return out;
}
const blank = (l) => l.trim() === "";
/** Replace a reference truncation note "xx[yy ... truncated]" with "[...]", dropping a cut-off partial word. */
function cut(line, at) {
  const k = line.indexOf(at);
  if (k < 0) throw new Error(`cut point not found: ${at} in ${line}`);
  let head = line.slice(0, k);
  if (/\w$/.test(head)) head = head.replace(/\S+$/, "");
  return `${head.trimEnd()} [...]`;
}
function urlsFor(src, section) {
  const esc = section.replace(/[.-]/g, "[.-]");
  return [...new Set([...src.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]).filter((u) => new RegExp(`${esc}/?$`).test(u)))];
}

const read = (f) => readFileSync(`${REF}/${f}`, "utf8").replace(/\r\n?/g, "\n");
const files = [];
const ship = (meta) => files.push(meta);
const helpers = { read, between, blank, cut, urlsFor, ship };
(await import("./extract-sections-ca.mjs")).default(helpers);
(await import("./extract-sections-other.mjs")).default(helpers);

// ---- write
const ORDER = ["id", "effective", "operative", "asOf", "enactedBy", "history", "sourceUrl", "sources", "referenceFile", "complete", "omissions", "notes", "text"];
const QUOTED = new Set(["section", "id", "asOf", "heading", "codeName", "enactedBy", "history"]);
for (const meta of files) {
  const obj = {
    jurisdiction: meta.jurisdiction, code: meta.code, codeName: meta.codeName, section: meta.section,
    ...(meta.heading ? { heading: meta.heading } : {}), scheme: meta.scheme,
    versions: meta.versions.map((v) => Object.fromEntries(ORDER.filter((k) => v[k] !== undefined).map((k) => [k, v[k]]))),
  };
  const doc = new YAML.Document(obj);
  YAML.visit(doc, {
    Pair(_, pair) {
      const k = pair.key?.value;
      if (YAML.isScalar(pair.value)) {
        if (k === "text") pair.value.type = "BLOCK_LITERAL";
        else if (QUOTED.has(k)) pair.value.type = "QUOTE_DOUBLE";
      }
    },
  });
  const label = `${meta.codeName} § ${meta.section}`;
  doc.commentBefore = [
    ` ${label}`,
    ` Statute text copied verbatim from /work/shared/reference/${meta.versions[0].referenceFile}.`,
    ` Do not retype or "fix" the wording.${meta.versions.some((v) => !v.complete) ? " \"[...]\" marks text the reference does not have." : ""}`,
    ` Format: src/statutes/statute-file.schema.ts`,
  ].join("\n");
  const out = doc.toString({ lineWidth: 0 });
  const back = YAML.parse(out);
  if (JSON.stringify(back) !== JSON.stringify(obj)) throw new Error(`YAML round-trip failed for ${label}`);
  const dir = `${OUT}/${meta.jurisdiction.toLowerCase()}/${meta.code}`;
  mkdirSync(dir, { recursive: true });
  const name = meta.section.replace(/[^A-Za-z0-9.-]/g, "_");
  writeFileSync(`${dir}/${name}.yaml`, out);
  console.log(`${meta.jurisdiction.toLowerCase()}/${meta.code}/${name}.yaml`);
}
