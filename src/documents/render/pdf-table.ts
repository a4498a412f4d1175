/**
 * GFM tables on a PDF page: columns sized by their content (each gets at
 * least its longest word, the rest of the width goes where text is longest),
 * cells wrap, rows never split, and the header row repeats after a page break.
 */
import type { Table } from "mdast";
import { heightOfRuns, widthsOfRuns, writeRuns, type Doc } from "./pdf-text.js";
import { tableRows, type Run } from "./types.js";

const PAD = 4;
const SIZE = 10;

/** Column widths that fill `total`, proportional to how much text each column holds. */
export function columnWidths(natural: readonly { max: number; min: number }[], total: number): number[] {
  const inner = total - natural.length * PAD * 2;
  const maxSum = natural.reduce((s, c) => s + c.max, 0);
  if (maxSum <= inner) return natural.map((c) => c.max + (inner - maxSum) / natural.length + PAD * 2);
  const minSum = natural.reduce((s, c) => s + Math.min(c.min, inner / natural.length), 0);
  const spare = Math.max(0, inner - minSum);
  const want = natural.reduce((s, c) => s + Math.max(0, c.max - Math.min(c.min, inner / natural.length)), 0) || 1;
  return natural.map((c) => {
    const min = Math.min(c.min, inner / natural.length);
    return min + (spare * Math.max(0, c.max - min)) / want + PAD * 2;
  });
}

/** Draws a table at the current y, from the left margin across the text width. */
export function drawTable(doc: Doc, node: Table): void {
  const rows = tableRows(node);
  const columns = Math.max(...rows.map((r) => r.length));
  const grid: Run[][][] = rows.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? []));
  const left = doc.page.margins.left;
  const total = doc.page.width - left - doc.page.margins.right;
  const natural = Array.from({ length: columns }, (_, c) => {
    const sizes = grid.map((row, r) => widthsOfRuns(doc, row[c]!, { size: SIZE, bold: r === 0 }));
    return { max: Math.max(...sizes.map((s) => s.max)), min: Math.max(...sizes.map((s) => s.min)) };
  });
  const widths = columnWidths(natural, total);
  const align = node.align ?? [];
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const drawRow = (cells: Run[][], header: boolean) => {
    const height = Math.max(...cells.map((cell, c) => heightOfRuns(doc, cell, { x: 0, width: widths[c]! - PAD * 2, size: SIZE, bold: header }))) + PAD * 2;
    if (doc.y + height > bottom() && doc.y > doc.page.margins.top + 1) {
      doc.addPage();
      if (!header && grid[0]) drawRow(grid[0], true);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((cell, c) => {
      const w = widths[c]!;
      if (header) doc.save().rect(x, top, w, height).fill("#eeeeee").restore();
      doc.save().lineWidth(0.5).rect(x, top, w, height).stroke("#000000").restore();
      doc.y = top + PAD;
      writeRuns(doc, cell, { x: x + PAD, width: w - PAD * 2, size: SIZE, bold: header, align: align[c] ?? "left" });
      x += w;
    });
    doc.x = left;
    doc.y = top + height;
  };
  grid.forEach((cells, r) => drawRow(cells, r === 0));
  doc.fillColor("#000000");
  doc.moveDown(0.5);
}
