/**
 * The document's mdast as logical lines in reading order, each with its
 * source line and what the tree says about it (a Markdown heading, the first
 * line of a list item, a block quotation). Text inside a paragraph keeps its
 * line breaks, so PDF and plain text can be read line by line afterwards.
 */
import type { Nodes, Root } from "mdast";
import { readListMarker, type ListMarker } from "./headings.js";

export interface RawLine {
  text: string;
  line: number;
  /** First line of an mdast block. */
  blockStart: boolean;
  /** Markdown heading depth. */
  depth?: number;
  /** First line of a Markdown list item, with its marker. */
  item?: { marker: ListMarker; listDepth: number };
  /** A later paragraph inside a Markdown list item. */
  continuesItem?: boolean;
  /** The whole paragraph is bold text: a run-in heading. */
  strongOnly?: boolean;
  /** Inside a block quotation. */
  quoted?: boolean;
}

const INLINE_CONTAINERS = new Set(["emphasis", "strong", "delete", "link", "linkReference"]);

function inlineText(node: Nodes, out: string[]): void {
  if (node.type === "text" || node.type === "inlineCode") out.push(node.value);
  else if (node.type === "break") out.push("\n");
  else if (node.type === "image" || node.type === "imageReference") out.push(node.alt ?? "");
  else if (node.type === "html") out.push(node.value.replace(/<[^>]*>/g, ""));
  else if (INLINE_CONTAINERS.has(node.type) && "children" in node) for (const c of node.children) inlineText(c as Nodes, out);
}

function pushLines(out: RawLine[], text: string, line: number, extra: Partial<RawLine> = {}): void {
  text.split("\n").forEach((t, i) => {
    if (i === 0) out.push({ text: t, line, blockStart: true, ...extra });
    else out.push({ text: t, line: line + i, blockStart: false });
  });
}

/** Flattens the mdast into logical lines, in document order. */
export function collectLines(root: Root): RawLine[] {
  const out: RawLine[] = [];
  const visit = (node: Nodes, fallbackLine: number, listDepth: number, pending?: RawLine["item"], inItem = false): void => {
    const line = node.position?.start.line ?? fallbackLine;
    const from = out.length;
    if (node.type === "blockquote") {
      for (const c of node.children) visit(c as Nodes, line, listDepth, undefined, inItem);
      for (let i = from; i < out.length; i++) out[i]!.quoted = true;
      return;
    }
    switch (node.type) {
      case "heading": {
        const parts: string[] = [];
        for (const c of node.children) inlineText(c, parts);
        out.push({ text: parts.join("").replace(/\s+/g, " ").trim(), line, blockStart: true, depth: node.depth });
        return;
      }
      case "paragraph": {
        const parts: string[] = [];
        for (const c of node.children) inlineText(c, parts);
        const strongOnly = node.children.length === 1 && node.children[0]!.type === "strong";
        pushLines(out, parts.join(""), line, { ...(pending ? { item: pending } : {}), ...(inItem && !pending ? { continuesItem: true } : {}), ...(strongOnly ? { strongOnly } : {}) });
        return;
      }
      case "code":
      case "html":
        pushLines(out, node.type === "html" ? node.value.replace(/<[^>]*>/g, " ") : node.value, line, pending ? { item: pending } : {});
        return;
      case "list":
        node.children.forEach((item, i) => {
          const first = item.children[0];
          const parts: string[] = [];
          if (first?.type === "paragraph") for (const c of first.children) inlineText(c, parts);
          const own = readListMarker(parts.join(""));
          const marker: ListMarker =
            own && own.kind !== "bullet"
              ? own
              : node.ordered
                ? { marker: `${(node.start ?? 1) + i}.`, value: String((node.start ?? 1) + i), kind: "digit", shape: "n.", ambiguous: false, rest: "" }
                : { marker: "•", value: "", kind: "bullet", shape: "•", ambiguous: false, rest: "" };
          const itemLine = item.position?.start.line ?? line;
          if (first?.type !== "paragraph") out.push({ text: "", line: itemLine, blockStart: true, item: { marker, listDepth: listDepth + 1 } });
          item.children.forEach((child, j) => visit(child as Nodes, itemLine, listDepth + 1, j === 0 && first?.type === "paragraph" ? { marker, listDepth: listDepth + 1 } : undefined, true));
        });
        return;
      case "table":
        for (const row of node.children) {
          const cells = row.children.map((cell) => {
            const parts: string[] = [];
            for (const c of cell.children) inlineText(c, parts);
            return parts.join("").replace(/\s+/g, " ").trim();
          });
          if (cells.some(Boolean)) out.push({ text: cells.filter(Boolean).join(" | "), line: row.position?.start.line ?? line, blockStart: true });
        }
        return;
      default:
        if ("children" in node) for (const c of node.children) visit(c as Nodes, line, listDepth, undefined, inItem);
    }
  };
  visit(root, 1, 0);
  return out;
}
