/**
 * What the three letter renderers (HTML, DOCX, PDF) share: the letterhead
 * shape, the options they take, and the few pure helpers that keep them
 * saying the same thing — the same letterhead lines, the same link policy,
 * the same notion of "the text of this node".
 */
import type { Nodes, PhrasingContent, Table } from "mdast";

/** The issuing office, printed at the top of every letter. */
export type Letterhead = {
  office: string;
  addressLines: string[];
  phone?: string;
  website?: string;
  /** A short mark (e.g. "CSA") shown above the office name. */
  logoText?: string;
  /** The office's logo, shown above everything else (PNG or JPEG, already validated). */
  logo?: LogoImage;
};

export type LogoImage = { mime: "image/png" | "image/jpeg"; bytes: Uint8Array; width: number; height: number };

/**
 * Reads a logo from a `data:image/png|jpeg;base64,…` URL, with its pixel size
 * (from the PNG header or the JPEG frame), or undefined if it is not one.
 * @example logoFromDataUrl("data:image/png;base64,iVBORw0KGgo…")?.mime // "image/png"
 */
export function logoFromDataUrl(url: string | undefined): LogoImage | undefined {
  const m = url?.match(/^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+=*)$/);
  if (!m) return undefined;
  const bytes = new Uint8Array(Buffer.from(m[2]!, "base64"));
  const b = Buffer.from(bytes);
  if (m[1] === "image/png") {
    if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47) return undefined;
    return { mime: "image/png", bytes, width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  // JPEG: walk the segments to a start-of-frame marker, which carries the size.
  for (let i = 2; i + 9 < b.length; ) {
    if (b[i] !== 0xff) return undefined;
    const marker = b[i + 1]!;
    const length = b.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { mime: "image/jpeg", bytes, width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    i += 2 + length;
  }
  return undefined;
}

/** A logo's size scaled to fit a box, keeping its proportions. */
export function fitLogo(logo: LogoImage, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const scale = Math.min(maxWidth / Math.max(logo.width, 1), maxHeight / Math.max(logo.height, 1), 1);
  return { width: Math.round(logo.width * scale), height: Math.round(logo.height * scale) };
}

export type RenderOptions = { title: string; letterhead?: Letterhead };

/** Links a letter may carry; anything else (javascript:, data:, vbscript:…) is dropped to its text. */
const SAFE_URL = /^(?:https?:|mailto:)/i;

/**
 * Whether a link target may be kept in any output format.
 * @example isSafeUrl("https://example.gov") // true
 * @example isSafeUrl("javascript:alert(1)") // false
 */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and spaces inside schemes, so strip them before judging.
  return SAFE_URL.test(url.replace(/[\u0000-\u0020\u007f]+/g, ""));
}

/**
 * The letterhead as ordered lines below the office name (address, phone, website).
 * @example letterheadLines({ office: "X", addressLines: ["1 Main St"], phone: "555" }) // ["1 Main St", "Tel. 555"]
 */
export function letterheadLines(head: Letterhead): string[] {
  const lines = [...head.addressLines];
  if (head.phone) lines.push(`Tel. ${head.phone}`);
  if (head.website) lines.push(head.website);
  return lines;
}

/**
 * Plain text of any mdast node (images give their alt text, breaks a space).
 * @example plainText({ type: "emphasis", children: [{ type: "text", value: "Cal." }] }) // "Cal."
 */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return node.value;
    case "break":
      return " ";
    case "image":
      return node.alt ?? "";
    case "html":
      return "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(plainText).join("") : "";
  }
}

/** A run of inline text with the styles it carries; DOCX and PDF both lay out runs. */
export type Run = { text: string; bold?: boolean; italic?: boolean; strike?: boolean; code?: boolean; link?: string; lineBreak?: boolean };

/**
 * Flattens phrasing content into styled runs; unsafe links keep their text only.
 * @example flattenRuns([{ type: "strong", children: [{ type: "text", value: "Due" }] }]) // [{ text: "Due", bold: true }]
 */
export function flattenRuns(nodes: readonly PhrasingContent[], style: Omit<Run, "text"> = {}): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        runs.push({ ...style, text: node.value });
        break;
      case "inlineCode":
        runs.push({ ...style, code: true, text: node.value });
        break;
      case "break":
        runs.push({ ...style, text: "", lineBreak: true });
        break;
      case "emphasis":
        runs.push(...flattenRuns(node.children, { ...style, italic: true }));
        break;
      case "strong":
        runs.push(...flattenRuns(node.children, { ...style, bold: true }));
        break;
      case "delete":
        runs.push(...flattenRuns(node.children, { ...style, strike: true }));
        break;
      case "link":
        runs.push(...flattenRuns(node.children, isSafeUrl(node.url) ? { ...style, link: node.url } : style));
        break;
      case "html":
        break; // raw HTML never survives into a letter
      default:
        if ("children" in node) runs.push(...flattenRuns(node.children as PhrasingContent[], style));
        else { const text = plainText(node); if (text) runs.push({ ...style, text }); }
    }
  }
  return runs;
}

/** A table as rows of cell runs, header row first (alignment stays on the mdast node). */
export function tableRows(table: Table): Run[][][] {
  return table.children.map((row) => row.children.map((cell) => flattenRuns(cell.children)));
}
