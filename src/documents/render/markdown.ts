/**
 * Letters arrive as Markdown from the Handlebars templates; every output
 * format starts from the same mdast tree so the HTML, DOCX and PDF of one
 * letter cannot drift apart.
 *
 * Parsing is the dominant cost of a bulk mailing, so the processor is frozen
 * once and carries only the GFM constructs letters use — tables and
 * strikethrough. Full GFM (bare-URL autolinks, footnotes, task lists) doubles
 * the parse time and letters do not need it: templates write links explicitly.
 */
import type { Root } from "mdast";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import remarkParse from "remark-parse";
import { unified, type Processor } from "unified";

/** A remark plugin adding just GFM tables and strikethrough to the parser. */
function remarkLetterGfm(this: Processor) {
  const data = this.data() as { micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[] };
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough({ singleTilde: false }));
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown());
}

const parser = unified().use(remarkParse).use(remarkLetterGfm).freeze();

/**
 * Parses a letter's Markdown (CommonMark + GFM tables and strikethrough) to mdast.
 * @example
 * const tree = parseLetter("# Finding 1\n\n> Quoted statute.");
 * tree.children[0].type // "heading"
 */
export function parseLetter(markdown: string): Root {
  return parser.runSync(parser.parse(markdown)) as Root;
}
