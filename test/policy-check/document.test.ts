import { describe, expect, it } from "vitest";
import { detectFormat, PolicyDocumentError, readPolicyDocument } from "../../src/policy-check/document.js";
import { guessLanguage } from "../../src/policy-check/text-checks.js";
import { makeDocx, makeEncryptedOfficeFile, makePdf, makeZip } from "./helpers.js";

const POLICY_LINES = [
  "462.4 ADMINISTRATION",
  "The Support Services Bureau Captain manages the ALPR system and is responsible for this policy.",
  "462.5 RETENTION",
  "ALPR data is retained for 60 days from the date of collection. Thereafter it is purged unless it has become evidence.",
];

async function failure(input: Parameters<typeof readPolicyDocument>[0]): Promise<PolicyDocumentError> {
  try {
    await readPolicyDocument(input);
  } catch (err) {
    if (err instanceof PolicyDocumentError) return err;
    throw err;
  }
  throw new Error("expected a PolicyDocumentError");
}

describe("readPolicyDocument formats", () => {
  it("reads Markdown into one tree and sentence units with heading paths and lines", async () => {
    const doc = await readPolicyDocument({ format: "markdown", content: "# Policy 462\n\n## 462.5 RETENTION\n\nALPR data is kept 60 days. It is then purged.\n" });
    expect(doc.tree.type).toBe("root");
    expect(doc.units.filter((u) => u.role === "text").map((u) => [u.sectionPath, u.line, u.text])).toEqual([
      [["Policy 462", "462.5 RETENTION"], 5, "ALPR data is kept 60 days."],
      [["Policy 462", "462.5 RETENTION"], 5, "It is then purged."],
    ]);
  });

  it("reads plain text, recovering headings from numbered lines and keeping indented items out of code blocks", async () => {
    const doc = await readPolicyDocument({ format: "text", content: `${POLICY_LINES.join("\n")}\n    (a) Indented items are list items, not code.\n` });
    expect(doc.sections.map((s) => s.title)).toEqual(["462.4 ADMINISTRATION", "462.5 RETENTION"]);
    expect(doc.units.at(-1)).toMatchObject({ sectionPath: ["462.5 RETENTION", "(a)"], line: 5, role: "item" });
  });

  it("reads HTML through rehype, with source lines", async () => {
    const html = `<html><body>\n<h2>462.5 RETENTION</h2>\n<p>ALPR data is retained for 60 days from the date of collection and then purged unless it is evidence in a case.</p>\n</body></html>`;
    const doc = await readPolicyDocument({ format: "html", content: html });
    expect(doc.units.map((u) => [u.sectionPath, u.line])).toEqual([[["462.5 RETENTION"], 2], [["462.5 RETENTION"], 3]]);
  });

  it("reads DOCX through mammoth: Word headings and typed numbered headings both become sections; a line is a paragraph", async () => {
    const doc = await readPolicyDocument({ format: "docx", content: makeDocx([{ heading: "ALPR Policy" }, ...POLICY_LINES]), name: "policy.docx" });
    expect(doc.sections.map((s) => s.path)).toEqual([["ALPR Policy"], ["ALPR Policy", "462.4 ADMINISTRATION"], ["ALPR Policy", "462.5 RETENTION"]]);
    expect(doc.units.find((u) => u.text.startsWith("Thereafter"))).toMatchObject({ line: 5, sectionPath: ["ALPR Policy", "462.5 RETENTION"] });
  });

  it("reads PDF text page by page, keeping page numbers and lines", async () => {
    const pdf = makePdf([POLICY_LINES.slice(0, 2), POLICY_LINES.slice(2)]);
    const doc = await readPolicyDocument({ format: "pdf", content: pdf, name: "policy.pdf" });
    expect(doc.pages).toEqual([{ number: 1, firstLine: 1 }, { number: 2, firstLine: 3 }]);
    const purged = doc.units.find((u) => u.text.startsWith("Thereafter"))!;
    expect(purged).toMatchObject({ page: 2, line: 4, sectionPath: ["462.5 RETENTION"] });
  });

  it("detects the format when none is given", async () => {
    const doc = await readPolicyDocument({ content: makePdf([POLICY_LINES]), name: "upload.bin" });
    expect(doc.format).toBe("pdf");
  });
});

describe("readPolicyDocument errors", () => {
  const english = POLICY_LINES.join("\n");
  const cases: [string, () => Parameters<typeof readPolicyDocument>[0], string, RegExp][] = [
    ["an empty file", () => ({ format: "markdown", content: new Uint8Array(0), name: "p.md" }), "empty_document", /empty/],
    ["a whitespace-only text", () => ({ format: "text", content: "  \n\n " }), "empty_document", /empty/],
    ["a scanned PDF with no text layer", () => ({ format: "pdf", content: makePdf([null, null]) }), "no_text_layer", /no text layer — .*OCR the file first/],
    ["a password-protected PDF", () => ({ format: "pdf", content: makePdf([POLICY_LINES], { encrypted: true }) }), "password_protected", /password-protected/],
    ["a truncated PDF", () => ({ format: "pdf", content: makePdf([POLICY_LINES]).slice(0, 120) }), "corrupt_document", /could not be read as a PDF/],
    ["a truncated DOCX (corrupt zip)", () => ({ format: "docx", content: makeDocx(POLICY_LINES).slice(0, 300) }), "corrupt_document", /damaged/],
    ["a zip that is not a Word document", () => ({ format: "docx", content: makeZip([{ name: "notes.txt", data: "hello" }]) }), "corrupt_document", /Word document/],
    ["a password-protected DOCX", () => ({ format: "docx", content: makeEncryptedOfficeFile() }), "password_protected", /password-protected/],
    ["binary bytes sent as Markdown", () => ({ format: "markdown", content: new Uint8Array([0x89, 0x50, 0x00, 0x01, 0x02, 0x03, 0x41, 0x42]) }), "binary_content", /binary data/],
    ["random non-UTF-8 bytes sent as text", () => ({ format: "text", content: Uint8Array.from({ length: 4000 }, (_, i) => 0x80 + ((i * 37) % 120)) }), "binary_content", /binary data/],
    ["a PDF sent as text", () => ({ format: "text", content: makePdf([POLICY_LINES]) }), "binary_content", /is a PDF file/],
    [
      "a Spanish policy",
      () => ({ format: "text", content: "Los datos del sistema ALPR se conservarán durante 60 días y luego se eliminarán, salvo que sean pruebas en una investigación penal. El acceso a los datos está limitado a los agentes autorizados por el jefe de la policía y se registra en el sistema." }),
      "unsupported_language",
      /appears to be in Spanish; only English policies are supported/,
    ],
    ["a Chinese policy", () => ({ format: "markdown", content: "# 车牌识别政策\n\n车牌识别数据保存六十天，之后删除，除非该数据已成为刑事调查的证据。只有经过培训的警员才能访问该系统。".repeat(3) }), "unsupported_language", /Chinese/],
  ];
  it.each(cases)("rejects %s", async (_name, input, code, message) => {
    const err = await failure(input());
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.status).toBe(422);
  });

  it("accepts an English policy that quotes a Spanish phrase", async () => {
    await expect(readPolicyDocument({ format: "text", content: `${english}\nThe notice reads "los datos se eliminan" in Spanish as well.` })).resolves.toBeTruthy();
  });

  it("reads Windows-1252 text with curly quotes", async () => {
    const bytes = Buffer.from(`${english}\nThe department\x92s policy is posted online.`, "latin1");
    const doc = await readPolicyDocument({ format: "text", content: new Uint8Array(bytes) });
    expect(doc.units.at(-1)!.text).toBe("The department’s policy is posted online.");
  });
});

describe("detectFormat", () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  it.each([
    ["policy.pdf", "pdf", enc("whatever")],
    ["renamed.txt", "pdf", makePdf([["Hello there"]])],
    ["policy.docx", "docx", makeDocx(["Hello"])],
    ["upload", "docx", makeDocx(["Hello"])],
    ["legacy.doc", "docx", makeEncryptedOfficeFile()],
    ["policy.md", "markdown", enc("# Title\n\nText")],
    ["policy.txt", "text", enc("462.4 ADMINISTRATION\nText")],
    ["page.htm", "html", enc("<p>x</p>")],
    ["upload", "html", enc("<!DOCTYPE html><html><body><p>x</p></body></html>")],
    ["upload", "markdown", enc("## 462.4 Administration\n\n- item")],
    ["upload", "text", enc("462.4 ADMINISTRATION\nPlain words here.")],
  ] as const)("%s is read as %s", (name, format, bytes) => {
    expect(detectFormat(name, bytes)).toBe(format);
  });

  it("refuses images with advice to OCR them", () => {
    expect(() => detectFormat("scan.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]))).toThrow(/OCR/);
  });
});

describe("guessLanguage", () => {
  it.each([
    ["ALPR data shall be retained for a period of sixty days and then purged from the system unless it is evidence in a case.", "English"],
    ["Les données ALPR sont conservées pendant soixante jours et ensuite supprimées du système sauf si elles sont une preuve dans une enquête de la police.", "French"],
    ["Die Daten werden sechzig Tage gespeichert und dann gelöscht, es sei denn, sie sind ein Beweismittel in einem Verfahren der Polizei und der Behörde.", "German"],
    ["Данные хранятся шестьдесят дней, после чего удаляются, если они не являются доказательством.", "Russian"],
  ])("%s → %s", (text, language) => {
    expect(guessLanguage(text)).toBe(language);
  });
});
