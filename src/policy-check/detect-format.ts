/**
 * Which reader a policy file needs. The bytes decide when they carry a
 * signature (a PDF renamed `.txt` is still a PDF); otherwise the file name,
 * then a look at the text.
 */
import type { PolicyFormat } from "./policy-check.schema.js";
import { PolicyDocumentError } from "./policy-document-error.js";

const startsWith = (bytes: Uint8Array, sig: number[], at = 0) => sig.every((b, i) => bytes[at + i] === b);

/** Whether the bytes begin with a compound-file (OLE) header: legacy `.doc`, or an encrypted Office file. */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

function signatureFormat(bytes: Uint8Array): PolicyFormat | "image" | "zip" | undefined {
  // A PDF may have a few bytes of junk before its header; readers accept it within the first kilobyte.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (head.includes("%PDF-")) return "pdf";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = new TextDecoder("latin1").decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
    return names.includes("word/") || names.includes("[Content_Types].xml") ? "docx" : "zip";
  }
  if (isCompoundFile(bytes)) return "docx";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return "image";
  return undefined;
}

const BY_EXTENSION: Record<string, PolicyFormat> = {
  md: "markdown", markdown: "markdown", mdown: "markdown",
  txt: "text", text: "text",
  html: "html", htm: "html", xhtml: "html",
  docx: "docx", doc: "docx",
  pdf: "pdf",
};

/**
 * The format of a policy file from its name and first bytes.
 *
 * @example
 * detectFormat("policy-463.pdf", bytes) // "pdf"
 * detectFormat("notes", new TextEncoder().encode("# 463.1 PURPOSE\n…")) // "markdown"
 */
export function detectFormat(name: string | undefined, bytes: Uint8Array | string): PolicyFormat {
  const raw = typeof bytes === "string" ? undefined : bytes;
  const signature = raw ? signatureFormat(raw) : undefined;
  if (signature === "image") throw new PolicyDocumentError("no_text_layer", `${name ?? "The file"} is an image, not a text document; OCR the file first.`);
  if (signature === "zip") throw new PolicyDocumentError("unsupported_format", `${name ?? "The file"} is a ZIP archive but not a Word document.`);
  if (signature) return signature;
  const ext = name?.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const text = typeof bytes === "string" ? bytes.slice(0, 4096) : new TextDecoder().decode(bytes.subarray(0, 4096));
  if (/^\s*(<!doctype html|<html[\s>]|<body[\s>]|<(p|div|h[1-6])[\s>])/i.test(text)) return "html";
  if (/^(#{1,6} |\s*[-*+] |\s*\d+\. |.*\*\*\S)/m.test(text)) return "markdown";
  return "text";
}
