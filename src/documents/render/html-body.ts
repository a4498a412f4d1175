/**
 * The body of a letter as HTML, two ways that give the same string. The
 * sanitized unified pipeline (remark-rehype → rehype-sanitize →
 * rehype-stringify) is the reference and handles anything Markdown can say;
 * it costs milliseconds per letter. Letters use a dozen node types, so a
 * direct mdast walk emits escaped HTML for exactly those, byte-for-byte as the
 * pipeline would, and the pipeline takes over for any tree containing
 * something else. Raw HTML is dropped in both (remark-rehype never passes it
 * through), and links keep their target only for http, https and mailto.
 */
import type { ListItem, Nodes, Parent, Root, Table } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { isSafeUrl } from "./types.js";

const schema = { ...defaultSchema, protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"] } };
const pipeline = unified().use(remarkRehype).use(rehypeSanitize, schema).use(rehypeStringify).freeze();

/** Node types the direct walk renders; `html` is listed because both paths drop it. */
const FAST = new Set(["root", "heading", "paragraph", "text", "emphasis", "strong", "delete", "inlineCode", "code", "link", "list", "listItem", "blockquote", "table", "tableRow", "tableCell", "thematicBreak", "break", "html"]);

/**
 * The sanitized unified pipeline: the reference rendering, and the fallback.
 * @example renderBodyPipeline(parseLetter("*Cal.*")) // "<p><em>Cal.</em></p>"
 */
export function renderBodyPipeline(tree: Root): string {
  return pipeline.stringify(pipeline.runSync(tree));
}

/**
 * The letter body as sanitized HTML, by the direct walk when the tree allows it.
 * @example renderBody(parseLetter("# Re: <b>x</b>")) // "<h1>Re: x</h1>"
 */
export function renderBody(tree: Root): string {
  return canWalk(tree) ? walk(tree.children, false) : renderBodyPipeline(tree);
}

function canWalk(node: Nodes): boolean {
  if (!FAST.has(node.type)) return false;
  if (node.type === "link" && !isSafeUrl(node.url)) return false; // the pipeline keeps an empty <a>; let it decide
  if (node.type === "listItem" && typeof node.checked === "boolean") return false;
  return !("children" in node) || (node.children as Nodes[]).every(canWalk);
}

const escapeText = (s: string) => s.replace(/&/g, "&#x26;").replace(/</g, "&#x3C;");
const escapeAttr = (s: string) => s.replace(/&/g, "&#x26;").replace(/"/g, "&#x22;");
/** As micromark's normalizeUri: percent-encode what a URL may not hold, keep existing escapes. */
const normalizeUri = (url: string) =>
  url.replace(/%(?![\da-f]{2})|[^\w!#$%&'()*+,\-./:;=?@~]/giu, (c) => encodeURIComponent(c));

/** Children joined by newlines, as hast's `wrap`: loose blocks also get a newline at each end. */
function walk(nodes: readonly Nodes[], loose: boolean): string {
  const parts = nodes.map(one).filter((s) => s !== null) as string[];
  const inner = parts.join("\n");
  return loose && parts.length > 0 ? `\n${inner}\n` : loose ? "\n" : inner;
}

function inline(node: Parent): string {
  return (node.children as Nodes[]).map((n) => one(n) ?? "").join("");
}

function one(node: Nodes): string | null {
  switch (node.type) {
    case "text":
      return escapeText(node.value.replace(/[ \t]*(\r?\n|\r)[ \t]*/g, "$1"));
    case "paragraph":
      return `<p>${inline(node)}</p>`;
    case "heading":
      return `<h${node.depth}>${inline(node)}</h${node.depth}>`;
    case "emphasis":
      return `<em>${inline(node)}</em>`;
    case "strong":
      return `<strong>${inline(node)}</strong>`;
    case "delete":
      return `<del>${inline(node)}</del>`;
    case "inlineCode":
      return `<code>${escapeText(node.value)}</code>`;
    case "code": {
      const word = node.lang?.match(/^[^ \t]+(?=[ \t]|$)/)?.[0];
      const lang = word ? ` class="language-${escapeAttr(word)}"` : "";
      return `<pre><code${lang}>${escapeText(node.value ? `${node.value}\n` : "")}</code></pre>`;
    }
    case "break":
      return "<br>\n";
    case "thematicBreak":
      return "<hr>";
    case "link": {
      const title = node.title ? ` title="${escapeAttr(node.title)}"` : "";
      return `<a href="${escapeAttr(normalizeUri(node.url))}"${title}>${inline(node)}</a>`;
    }
    case "blockquote":
      return `<blockquote>${walk(node.children, true)}</blockquote>`;
    case "list": {
      const tag = node.ordered ? "ol" : "ul";
      const start = node.ordered && typeof node.start === "number" && node.start !== 1 ? ` start="${node.start}"` : "";
      const loose = Boolean(node.spread) || node.children.some(itemLoose);
      return `<${tag}${start}>\n${node.children.map((item) => listItem(item, loose)).join("\n")}\n</${tag}>`;
    }
    case "listItem":
      return listItem(node, itemLoose(node));
    case "table":
      return table(node);
    case "html":
      return null;
    default:
      return ""; // unreachable: canWalk sent every other type to the pipeline
  }
}

function itemLoose(item: ListItem): boolean {
  return item.spread ?? item.children.length > 1;
}

function listItem(item: ListItem, loose: boolean): string {
  let out = "";
  item.children.forEach((child, i) => {
    const isP = child.type === "paragraph";
    if (loose || i !== 0 || !isP) out += "\n";
    out += isP && !loose ? inline(child) : (one(child) ?? "");
  });
  const tail = item.children.at(-1);
  if (tail && (loose || tail.type !== "paragraph")) out += "\n";
  return `<li>${out}</li>`;
}

function table(node: Table): string {
  const align = node.align ?? [];
  const rows = node.children.map((row, r) => {
    const tag = r === 0 ? "th" : "td";
    const count = align.length || row.children.length;
    const cells: string[] = [];
    for (let c = 0; c < count; c++) {
      const cell = row.children[c];
      const a = align[c] ? ` align="${align[c]}"` : "";
      cells.push(`<${tag}${a}>${cell ? inline(cell) : ""}</${tag}>`);
    }
    return `<tr>\n${cells.join("\n")}\n</tr>`;
  });
  const [head, ...body] = rows;
  const parts: string[] = [];
  if (head) parts.push(`<thead>\n${head}\n</thead>`);
  if (body.length > 0) parts.push(`<tbody>\n${body.join("\n")}\n</tbody>`);
  return `<table>\n${parts.join("\n")}\n</table>`;
}
