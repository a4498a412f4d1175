/**
 * A letter as a Word document that a program officer can still edit: real
 * heading styles (so the navigation pane and a table of contents work), real
 * tables with a repeating header row, a "Quote" paragraph style for quoted
 * statute, and the letterhead and "Page X of Y" in the header and footer
 * rather than in the body. Content comes from the same mdast as the HTML and
 * PDF, through the same run flattening (`types.ts`), so the words match.
 */
import {
  AlignmentType, BorderStyle, Document, ExternalHyperlink, Footer, Header, HeadingLevel, ImageRun, LevelFormat, Packer,
  PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  type IParagraphOptions, type ParagraphChild,
} from "docx";
import type { Nodes, Root, RootContent, Table as MdTable } from "mdast";
import { fitLogo, flattenRuns, letterheadLines, plainText, type Letterhead, type RenderOptions, type Run } from "./types.js";

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const ORDERED = "letter-ordered";
const INCH = 1440; // twips

type Block = Paragraph | Table;
type Context = { lists: number; quote: boolean; level: number };

function runsToChildren(runs: readonly Run[]): ParagraphChild[] {
  return runs.map((r) => {
    const text = new TextRun({
      text: r.text, bold: r.bold, italics: r.italic, strike: r.strike,
      font: r.code ? "Courier New" : undefined, break: r.lineBreak ? 1 : undefined, style: r.link ? "Hyperlink" : undefined,
    });
    return r.link ? new ExternalHyperlink({ link: r.link, children: [text] }) : text;
  });
}

function paragraph(runs: readonly Run[], ctx: Context, extra: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...(ctx.quote ? { style: "Quote" } : {}), ...extra, children: runsToChildren(runs) });
}

function table(node: MdTable): Table {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const align = node.align ?? [];
  const alignment = (c: number) => align[c] === "center" ? AlignmentType.CENTER : align[c] === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT;
  const rows = node.children.map((row, r) => new TableRow({
    tableHeader: r === 0,
    cantSplit: true,
    children: Array.from({ length: columns }, (_, c) => new TableCell({
      shading: r === 0 ? { fill: "EEEEEE" } : undefined,
      children: [new Paragraph({
        alignment: alignment(c),
        children: runsToChildren(flattenRuns(row.children[c]?.children ?? [], r === 0 ? { bold: true } : {})),
      })],
    })),
  }));
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

function blocks(nodes: readonly Nodes[], ctx: Context): Block[] {
  return nodes.flatMap((node) => block(node, ctx));
}

function block(node: Nodes, ctx: Context): Block[] {
  switch (node.type) {
    case "heading":
      return [new Paragraph({ heading: HEADINGS[node.depth - 1], children: runsToChildren(flattenRuns(node.children)) })];
    case "paragraph":
      return [paragraph(flattenRuns(node.children), ctx)];
    case "blockquote":
      return blocks(node.children, { ...ctx, quote: true });
    case "list": {
      const instance = ++ctx.lists;
      return node.children.flatMap((item) => item.children.flatMap((child, i) => {
        if (child.type === "list") return block(child, { ...ctx, level: ctx.level + 1 });
        const runs = child.type === "paragraph" ? flattenRuns(child.children) : [{ text: plainText(child) }];
        if (i > 0) return [paragraph(runs, ctx, { indent: { left: 720 * (ctx.level + 1) } })];
        const marker: IParagraphOptions = node.ordered
          ? { numbering: { reference: ORDERED, level: ctx.level, instance } }
          : { bullet: { level: ctx.level } };
        return [paragraph(runs, ctx, marker)];
      }));
    }
    case "table":
      return [table(node)];
    case "code":
      return node.value.split("\n").map((line) => paragraph([{ text: line, code: true }], ctx, { spacing: { after: 0 } }));
    case "thematicBreak":
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } }, children: [] })];
    case "html":
    case "definition":
      return [];
    default: {
      const text = plainText(node); // footnotes, images and the like keep their words, not their form
      return text ? [paragraph([{ text }], ctx)] : [];
    }
  }
}

function letterheadHeader(head: Letterhead): Header {
  const centered = (children: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const lines: Paragraph[] = [];
  if (head.logo) {
    const { width, height } = fitLogo(head.logo, 180, 72);
    lines.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new ImageRun({ type: head.logo.mime === "image/png" ? "png" : "jpg", data: head.logo.bytes, transformation: { width, height } })] }));
  }
  if (head.logoText) lines.push(centered([new TextRun({ text: head.logoText, bold: true, font: "Arial", size: 20, characterSpacing: 40 })]));
  lines.push(centered([new TextRun({ text: head.office, bold: true, size: 32 })]));
  for (const line of letterheadLines(head)) lines.push(centered([new TextRun({ text: line, size: 20 })]));
  lines.push(new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: "000000", space: 1 } }, children: [] }));
  return new Header({ children: lines });
}

const pageFooter = () => new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ size: 20, children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] })],
  })],
});

/**
 * Renders a parsed letter to a .docx file (letter size, 1in margins, Times New Roman 12pt).
 * @example
 * const bytes = await renderDocx(parseLetter("# Finding 1\n\n| No. | Due |\n|---|---|\n| 1 | May 1 |"), { title: "Finding letter" });
 * // bytes is a zip: word/document.xml holds a Heading1 paragraph and a <w:tbl>
 */
export async function renderDocx(tree: Root, opts: RenderOptions): Promise<Uint8Array> {
  const ctx: Context = { lists: 0, quote: false, level: 0 };
  const doc = new Document({
    title: opts.title,
    creator: opts.letterhead?.office ?? "Oversight",
    styles: {
      default: { document: { run: { font: "Times New Roman", size: 24 } } },
      paragraphStyles: [{
        id: "Quote", name: "Quote", basedOn: "Normal", next: "Normal", quickFormat: true,
        run: { size: 22, color: "333333" },
        paragraph: {
          indent: { left: INCH / 2, right: INCH / 2 },
          spacing: { before: 120, after: 120 },
          border: { left: { style: BorderStyle.SINGLE, size: 18, color: "666666", space: 8 } },
        },
      }],
    },
    numbering: {
      config: [{
        reference: ORDERED,
        levels: Array.from({ length: 6 }, (_, level) => ({
          level, format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
          text: `%${level + 1}.`, alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      }],
    },
    sections: [{
      properties: { page: { size: { width: 12240, height: 15840 }, margin: { top: INCH, bottom: INCH, left: INCH, right: INCH } } },
      headers: opts.letterhead ? { default: letterheadHeader(opts.letterhead) } : undefined,
      footers: { default: pageFooter() },
      children: blocks(tree.children as RootContent[], ctx),
    }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
