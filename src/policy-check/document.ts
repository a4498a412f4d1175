/**
 * Ingestion: a policy in any supported format becomes ONE mdast and the flat
 * list of sentence units recovered from it. Markdown and text go through
 * remark (GFM); HTML through rehype-parse and rehype-remark; DOCX through
 * mammoth to HTML; PDF through unpdf's per-page text into the text pipeline,
 * keeping page numbers. Every failure is a {@link PolicyDocumentError} with a
 * code; size limits are the caller's.
 */
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { detectFormat } from "./detect-format.js";
import { docxToHtml } from "./docx-html.js";
import { readPdfText } from "./pdf-text.js";
import type { PolicyFormat } from "./policy-check.schema.js";
import type { PolicyDocument, PolicyPage } from "./policy-check.types.js";
import { named, PolicyDocumentError } from "./policy-document-error.js";
import { recoverSections } from "./sections.js";
import { assertEnglish, assertTextual, decodeText } from "./text-checks.js";

export { detectFormat } from "./detect-format.js";
export { PolicyDocumentError } from "./policy-document-error.js";

export interface PolicyDocumentInput {
  format?: PolicyFormat;
  content: string | Uint8Array;
  name?: string;
}

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const html = unified().use(rehypeParse).use(rehypeRemark).freeze();

/** Plain text read as Markdown: indentation would make code blocks of indented list items, so it goes (line count kept). */
function textAsMarkdown(text: string): string {
  return text.replace(/^[ \t]+/gm, "");
}

function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

function parseHtml(source: string): Root {
  return html.runSync(html.parse(source)) as Root;
}

function pagesOf(pages: string[]): { text: string; pages: PolicyPage[] } {
  const out: PolicyPage[] = [];
  let line = 1;
  pages.forEach((p, i) => {
    out.push({ number: i + 1, firstLine: line });
    line += p.split("\n").length;
  });
  return { text: pages.join("\n"), pages: out };
}

function pageFinder(pages: PolicyPage[] | undefined): (line: number) => number | undefined {
  if (!pages?.length) return () => undefined;
  return (line) => {
    let lo = 0;
    let hi = pages.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pages[mid]!.firstLine <= line) lo = mid;
      else hi = mid - 1;
    }
    return pages[lo]!.number;
  };
}

/**
 * Reads a policy document into its mdast and sentence units.
 *
 * @example
 * const doc = await readPolicyDocument({ format: "pdf", content: bytes, name: "policy-463.pdf" });
 * doc.units.find((u) => u.text.includes("60 days")) // { sectionPath: ["462.6 RETENTION"], line: 41, page: 2, … }
 */
export async function readPolicyDocument(input: PolicyDocumentInput): Promise<PolicyDocument> {
  const { content, name } = input;
  const size = typeof content === "string" ? content.trim().length : content.byteLength;
  if (size === 0) throw new PolicyDocumentError("empty_document", `${named(name)}is empty.`);
  const format = input.format ?? detectFormat(name, content);
  const bytes = () => (typeof content === "string" ? new TextEncoder().encode(content) : content);

  let text: string;
  let tree: Root;
  let pages: PolicyPage[] | undefined;
  switch (format) {
    case "markdown":
    case "text": {
      if (typeof content === "string") {
        assertTextual(content, name);
        text = content;
      } else {
        const sniffed = detectFormat(undefined, content);
        if (sniffed === "pdf" || sniffed === "docx")
          throw new PolicyDocumentError("binary_content", `${named(name)}is a ${sniffed.toUpperCase()} file, not ${format === "markdown" ? "Markdown" : "plain text"}; upload it as ${sniffed.toUpperCase()}.`);
        text = decodeText(content, name);
      }
      text = text.replace(/\r\n?/g, "\n");
      assertEnglish(text, name);
      tree = parseMarkdown(format === "text" ? textAsMarkdown(text) : text);
      break;
    }
    case "html": {
      if (typeof content === "string") assertTextual(content, name);
      text = typeof content === "string" ? content : decodeText(content, name);
      text = text.replace(/\r\n?/g, "\n");
      tree = parseHtml(text);
      break;
    }
    case "docx": {
      text = await docxToHtml(bytes(), name);
      tree = parseHtml(text);
      break;
    }
    case "pdf": {
      const joined = pagesOf((await readPdfText(bytes(), name)).pages);
      text = joined.text;
      pages = joined.pages;
      assertEnglish(text, name);
      tree = parseMarkdown(textAsMarkdown(text));
      break;
    }
    default:
      throw new PolicyDocumentError("unsupported_format", `Unsupported policy format "${String(format)}"; use markdown, text, html, docx or pdf.`);
  }

  const { sections, units } = recoverSections(tree, pageFinder(pages));
  const words = units.reduce((n, u) => n + (u.role === "heading" ? 0 : u.text.split(" ").length), 0);
  if (words === 0) throw new PolicyDocumentError("empty_document", `${named(name)}contains no text.`);
  if (format === "html" || format === "docx") assertEnglish(units.map((u) => u.text).join("\n"), name);
  return { ...(name ? { name } : {}), format, text, tree, ...(pages ? { pages } : {}), sections, units, wordCount: words };
}
