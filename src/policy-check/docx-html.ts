/**
 * DOCX → HTML with mammoth, ready for the HTML pipeline. Each block element
 * ends its own line, so "line" in a DOCX check means "paragraph number" in the
 * converted document. Images are dropped (a policy's words are in its text),
 * and external files are never read.
 */
import mammoth from "mammoth";
import { isCompoundFile } from "./detect-format.js";
import { named, PolicyDocumentError } from "./policy-document-error.js";

const utf16 = (s: string) => Buffer.from(s, "utf16le");

/** Converts DOCX bytes to HTML (one block a line); throws a {@link PolicyDocumentError} for locked, legacy or corrupt files. */
export async function docxToHtml(bytes: Uint8Array, name?: string): Promise<string> {
  if (isCompoundFile(bytes)) {
    const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buf.includes(utf16("EncryptionInfo")) || buf.includes(utf16("EncryptedPackage")))
      throw new PolicyDocumentError("password_protected", `${named(name)}is password-protected; remove the password and upload it again.`);
    throw new PolicyDocumentError("unsupported_format", `${named(name)}is an old Word 97-2003 (.doc) file; save it as .docx or PDF and upload it again.`);
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: "" })) },
    );
    html = result.value;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    throw new PolicyDocumentError("corrupt_document", `${named(name)}could not be read as a Word document (${why.slice(0, 120)}); the file may be damaged.`);
  }
  return html.replace(/<\/(p|h[1-6]|li|tr|table|ul|ol|blockquote)>/g, "</$1>\n");
}
