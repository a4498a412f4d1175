/**
 * The bill as an Akoma Ntoso 3.0 document (OASIS LegalDocML), the XML form
 * legislatures and publishers exchange. It carries the same words as the
 * Markdown, in the places the schema (akomantoso30.xsd) gives them:
 * identification metadata (FRBR Work / Expression / Manifestation) in `meta`;
 * house, number, session, version, introducer, title and the Legislative
 * Counsel's Digest in `preface`; the enacting clause as the preamble's
 * `enactingFormula`; one `section` per bill section in `body`. An amended or
 * added code section is printed inside `<mod><quotedStructure>`, with struck
 * words in `<del>` and new words in `<ins>`. Drafter's notes are not bill text,
 * so they go to `meta/notes` and the section points at them with `noteRef`.
 *
 * Every word comes from the bill's input: all text is escaped, and characters
 * XML 1.0 cannot carry are dropped, so the output always parses.
 */
import { BadRequestError } from "../../lib/errors.js";
import type { BillDocument, BillSection, Line } from "../assemble.js";
import { el, p, runs, sectionBody, type Kid, type Node } from "./akn-hierarchy.js";

export const AKN_NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

/** Anything outside XML 1.0's Char production (control characters, lone surrogates, U+FFFE/FFFF). */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text made literal in element content and attribute values alike. */
function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** The elements used here whose content model is `inline` (mixed text). */
const INLINE = new Set(["p", "num", "mod", "ins", "del", "docType", "docNumber", "legislature", "session", "docStage", "docIntroducer"]);

/**
 * Block structure is indented for people reading the file; inline elements are
 * written on one line, down to their last descendant, because whitespace added
 * inside a `<p>` or `<mod>` would become part of the bill's words.
 */
function serialize(node: Node, indent: string, inline = false): string {
  const attrs = Object.entries(node.attrs)
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  const kids = node.kids.filter((k) => k !== "");
  const pad = inline ? "" : indent;
  if (kids.length === 0) return `${pad}<${node.name}${attrs}/>`;
  if (inline || INLINE.has(node.name)) {
    const inner = kids.map((k) => (typeof k === "string" ? escapeXml(k) : serialize(k, "", true))).join("");
    return `${pad}<${node.name}${attrs}>${inner}</${node.name}>`;
  }
  const inner = kids.map((k) => (typeof k === "string" ? `${indent}  ${escapeXml(k)}` : serialize(k, `${indent}  `))).join("\n");
  return `${pad}<${node.name}${attrs}>\n${inner}\n${pad}</${node.name}>`;
}

/**
 * Takes the section number ("1798.90.51.") off the first printed line, where the
 * bill prints it, so it can be the quoted section's `<num>`; keeps its mark, so an
 * added section's number is inserted text like the rest of it.
 */
function splitNumber(lines: Line[], section: string): { num: Kid[]; lines: Line[] } {
  const [first, ...rest] = lines;
  const head = first?.[0];
  const label = `${section}.`;
  if (!first || !head || !head.text.startsWith(label)) return { num: [], lines };
  const remainder = head.text.slice(label.length).trimStart();
  const firstLine = [...(remainder ? [{ ...head, text: remainder }] : []), ...first.slice(1)];
  const num = runs([{ ...head, text: label }]);
  return { num, lines: firstLine.length > 0 ? [firstLine, ...rest] : rest };
}

/** "1798.90.51" as an eId component: the schema only forbids white space, but `#eId` links need URI-safe characters. */
const idPart = (text: string) => text.replace(/[^A-Za-z0-9.-]/g, "-");

/**
 * One bill section. With printed text, the instruction and the text form one
 * `<mod>` (as the UK example in the OASIS LegalDocML repository does), the
 * text inside `<quotedStructure>`; a repeal or an uncodified section has none.
 */
function sectionNode(s: BillSection, eId: string, noteRef?: Node): Node {
  const paragraphs: Node[] = [];
  if (s.instruction && s.lines.length > 0) {
    const mod = `${eId}__mod_1`;
    const qstr = `${mod}__qstr_1`;
    let quoted: Node[];
    if (s.target) {
      const { num, lines } = splitNumber(s.lines, s.target.section);
      const inner = `${qstr}__sec_${idPart(s.target.section)}`;
      // Nested provisions where the lines read as California's ladder; flat paragraphs otherwise.
      const body = sectionBody(lines, inner) ?? [el("content", {}, lines.map((l) => p(runs(l))))];
      quoted = [el("section", { eId: inner }, [el("num", {}, num.length ? num : [`${s.target.section}.`]), ...body])];
    } else {
      quoted = s.lines.map((l) => p(runs(l)));
    }
    paragraphs.push(p([el("mod", { eId: mod }, [`${s.instruction} `, el("quotedStructure", { eId: qstr }, quoted)])]));
  } else {
    if (s.instruction) paragraphs.push(p([s.instruction]));
    paragraphs.push(...s.lines.map((l) => p(runs(l))));
  }
  if (noteRef) {
    const last = paragraphs[paragraphs.length - 1];
    if (last) last.kids.push(noteRef);
    else paragraphs.push(p([noteRef]));
  }
  return el("section", { eId }, [el("num", {}, [s.label]), el("content", {}, paragraphs)]);
}

/** "2023-2024" from "CALIFORNIA LEGISLATURE— 2023–2024 REGULAR SESSION". */
function sessionYears(line: string | undefined): string | undefined {
  const m = /(\d{4})\s*[-–—]\s*(\d{4})/.exec(line ?? "");
  return m ? `${m[1]}-${m[2]}` : undefined;
}

/**
 * California's two-year regular session holding a day. A session is named for
 * the odd year it mostly runs in, but convenes in December of the even year
 * before it (2025–2026 opened on December 2, 2024).
 */
function sessionOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const start = year % 2 === 1 ? year : day.slice(5, 7) === "12" ? year + 1 : year - 1;
  return `${start}-${start + 1}`;
}

/**
 * The Work URI after the Naming Convention's /akn/{country}/{type}/{date}/{number}:
 * the session stands in for the date, as bill numbers restart each session; a bill
 * without a number yet is an "ab-draft" or "sb-draft".
 */
function workUri(bill: BillDocument, day: string): string {
  const number = bill.number?.replace(/\s+/g, "").toLowerCase() ?? `${bill.house === "Assembly" ? "ab" : "sb"}-draft`;
  return `/akn/us-ca/bill/${sessionYears(bill.sessionLine) ?? sessionOf(day)}/${number}`;
}

/** FRBRthis, FRBRuri, FRBRdate and FRBRauthor, which every FRBR level opens with, in the schema's order. */
function frbrCore(thisUri: string, uri: string, date: string, dateName: string, author: string): Node[] {
  return [el("FRBRthis", { value: thisUri }), el("FRBRuri", { value: uri }), el("FRBRdate", { date, name: dateName }), el("FRBRauthor", { href: author })];
}

function metaNode(bill: BillDocument, day: string, notes: Node[]): Node {
  const work = workUri(bill, day);
  const expression = `${work}/eng@${day}`;
  const identification = el("identification", { source: "#oversight" }, [
    el("FRBRWork", {}, [
      ...frbrCore(`${work}/!main`, work, bill.introduced ?? day, bill.introduced ? "introduced" : "draft", "#legislature"),
      el("FRBRcountry", { value: "us-ca" }),
      ...(bill.number ? [el("FRBRnumber", { value: bill.number })] : []),
    ]),
    el("FRBRExpression", {}, [...frbrCore(`${expression}/!main`, expression, day, "version", "#legislature"), el("FRBRlanguage", { language: "eng" })]),
    el("FRBRManifestation", {}, frbrCore(`${expression}/!main.xml`, `${expression}.akn`, day, "generation", "#oversight")),
  ]);
  const references = el("references", { source: "#oversight" }, [
    el("TLCOrganization", { eId: "oversight", href: "/ontology/organization/us-ca/oversight", showAs: "Oversight" }),
    el("TLCOrganization", { eId: "legislature", href: "/ontology/organization/us-ca/legislature", showAs: "California Legislature" }),
  ]);
  // meta's sequence puts references before notes; notes must hold at least one note.
  return el("meta", {}, [identification, references, ...(notes.length ? [el("notes", { source: "#oversight" }, notes)] : [])]);
}

function prefaceNode(bill: BillDocument): Node {
  const heading = /^(.*?) No\. (.+)$/.exec(bill.heading);
  const kids: Node[] = [p(heading ? [el("docType", {}, [heading[1]!]), " No. ", el("docNumber", {}, [heading[2]!])] : [el("docType", {}, [bill.heading])], "heading")];
  if (bill.sessionLine) {
    const m = /^(.*?—)\s*(.*)$/.exec(bill.sessionLine);
    const years = sessionYears(bill.sessionLine);
    kids.push(p(m ? [el("legislature", {}, [m[1]!]), " ", el("session", { value: years }, [m[2]!])] : [el("session", { value: years }, [bill.sessionLine])], "session"));
  }
  if (bill.version) kids.push(p([el("docStage", {}, [bill.version])], "version"));
  kids.push(p([el("docIntroducer", {}, [bill.introducedBy])], "introducer"));
  kids.push(el("longTitle", { eId: "preface__longTitle_1" }, [p([bill.title])]));
  // The digest is Legislative Counsel's summary, not enacted text: a named container in the preface, where prefaceopt allows one.
  kids.push(
    el("container", { name: "digest", eId: "preface__container_1" }, [
      p(["LEGISLATIVE COUNSEL'S DIGEST"], "heading"),
      p([bill.digest.lead]),
      ...bill.digest.paragraphs.map((text) => p([text])),
      p([bill.digest.key], "digestKey"),
    ]),
  );
  return el("preface", {}, kids);
}

/**
 * Renders the bill as an Akoma Ntoso 3.0 XML document.
 *
 * @param opts.date the day this expression is dated (ISO yyyy-mm-dd); default today (UTC)
 * @throws BadRequestError when `opts.date` is not an ISO day
 * @example
 * renderBillAkn(buildBill(input, statutes), { date: "2024-02-01" })
 * // '<?xml version="1.0" encoding="UTF-8"?>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">…'
 */
export function renderBillAkn(bill: BillDocument, opts: { date?: string } = {}): string {
  const day = opts.date ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(day))) throw new BadRequestError(`"${day}" is not a day in the form yyyy-mm-dd`);
  const notes: Node[] = [];
  const sections = bill.sections.map((s, i) => {
    const eId = `sec_${i + 1}`;
    if (!s.note) return sectionNode(s, eId);
    const noteId = `note_${notes.length + 1}`;
    notes.push(el("note", { eId: noteId }, [p([s.note])]));
    return sectionNode(s, eId, el("noteRef", { href: `#${noteId}`, marker: String(notes.length) }));
  });
  const doc = el("akomaNtoso", { xmlns: AKN_NAMESPACE }, [
    el("bill", { name: bill.house === "Assembly" ? "assemblyBill" : "senateBill" }, [
      metaNode(bill, day, notes),
      prefaceNode(bill),
      el("preamble", {}, [el("formula", { name: "enactingFormula", eId: "preamble__formula_1" }, [p([bill.enactingClause])])]),
      el("body", {}, sections),
    ]),
  ]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(doc, "")}\n`;
}
