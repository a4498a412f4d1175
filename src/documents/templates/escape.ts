/**
 * Markdown-safe text for templates compiled with `noEscape`.
 *
 * Letters are Markdown, so Handlebars' HTML escaping is off; every value that
 * comes from data goes through {@link escapeMarkdown} instead. Each character
 * that Markdown, GFM or HTML give meaning to is backslash-escaped (CommonMark
 * lets any ASCII punctuation be escaped, and renders it as the plain
 * character), so user text can open no link, emphasis, table cell, heading,
 * raw HTML tag or template expression. Line breaks collapse to spaces: a value
 * always stays inside the line, list item or quote the template put it in.
 */

/** Characters escaped wherever they occur. `{` neutralizes `{{`; `&` keeps entity references literal. */
const INLINE = /[\\`*_[\]<>#|~{}&]/g;

/**
 * The text with Markdown, HTML and template syntax made literal, on one line.
 *
 * @example
 * escapeMarkdown("<script> *x* [a](javascript:b)") // "\\<script\\> \\*x\\* \\[a\\](javascript:b)"
 * escapeMarkdown("1. Not a list")                   // "1\\. Not a list"
 */
export function escapeMarkdown(value: unknown): string {
  return escapeWith(value, INLINE);
}

/** Collapses line breaks, escapes `inline` characters (and link-opening brackets), then the markers that only count at a line's start. */
function escapeWith(value: unknown, inline: RegExp, links?: RegExp): string {
  let text = String(value ?? "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(inline, "\\$&");
  if (links) text = text.replace(links, "\\[");
  // Markers that only mean something at the start of a line: list items, quotes, setext underlines.
  return text.replace(/^([-+=])/, "\\$1").replace(/^(\d+)([.)])(?=\s|$)/, "$1\\$2");
}

/** Characters escaped in readable text: as INLINE, but brackets only where they would open a link. */
const INLINE_READABLE = /[\\`*_<>#|~{}&]/g;
const LINK_OPENING = /\[(?=[^\]]*\][([:])/g;

/**
 * As {@link escapeMarkdown}, for documents people read and edit as Markdown
 * (draft bills): square brackets stay bare unless they would open a link or a
 * link reference, so placeholders read "[DESCRIBE THE CHANGE]", not "\\[DESCRIBE…".
 * (GFM still autolinks a bare http(s) or www address, escaped or not: it links
 * to exactly the address the text shows, never to a javascript: URL.)
 *
 * @example
 * escapeMarkdownReadable("[DESCRIBE] *x*")        // "[DESCRIBE] \\*x\\*"
 * escapeMarkdownReadable("[a](javascript:b) [c]: d") // "\\[a](javascript:b) \\[c]: d"
 */
export function escapeMarkdownReadable(value: unknown): string {
  return escapeWith(value, INLINE_READABLE, LINK_OPENING);
}
