/** Small helpers for readable terminal output: color only on a TTY (and never with NO_COLOR). */
import type { CliIO } from "../cli/command.js";

export type Paint = Record<"bold" | "dim" | "red" | "green" | "yellow" | "cyan", (s: string) => string>;

export function paint(io: CliIO): Paint {
  const on = Boolean(io.stdout.isTTY) && !io.env.NO_COLOR && io.env.TERM !== "dumb";
  const wrap = (open: number, close: number) => (s: string) => (on ? `\u001b[${open}m${s}\u001b[${close}m` : s);
  return { bold: wrap(1, 22), dim: wrap(2, 22), red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), cyan: wrap(36, 39) };
}

/** Wraps text to a width, indenting continuation lines. */
export function wrap(text: string, width = 92, indent = ""): string {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && (line + " " + word).length > width - indent.length) {
        out.push(indent + line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(indent + line);
  }
  return out.join("\n");
}

/** An aligned text table; cells may contain color codes (ignored when measuring). */
export function table(rows: string[][], gap = "  "): string {
  const visible = (s: string) => s.replace(/\u001b\[\d+m/g, "").length;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => visible(r[i] ?? ""))));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell + " ".repeat(widths[i]! - visible(cell)))).join(gap).trimEnd()).join("\n");
}
