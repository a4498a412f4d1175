/**
 * Letters arrive as Markdown from the Handlebars templates; every output
 * format starts from the same mdast tree so the HTML, DOCX and PDF of one
 * letter cannot drift apart. The processor is frozen once at import: building
 * a unified pipeline per letter is most of the cost in a bulk mailing.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parses a letter's Markdown (CommonMark + GFM tables, strikethrough, autolinks) to mdast.
 * @example
 * const tree = parseLetter("# Finding 1\n\n> Quoted statute.");
 * tree.children[0].type // "heading"
 */
export function parseLetter(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}
