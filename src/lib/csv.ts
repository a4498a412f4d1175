/**
 * CSV as spreadsheets export it (RFC 4180: quoted fields, doubled quotes,
 * CRLF or LF, a byte-order mark from Excel). Small and strict on purpose: a
 * row with an unterminated quote is an error with its line, never a guess.
 */
export type CsvRow = { line: number; cells: string[] };

export class CsvError extends Error {
  constructor(message: string, readonly line: number) {
    super(message);
    this.name = "CsvError";
  }
}

/**
 * @example
 * parseCsv('a,b\n"x, y","say ""hi"""\n') // [{ line: 1, cells: ["a","b"] }, { line: 2, cells: ["x, y", 'say "hi"'] }]
 */
export function parseCsv(text: string): CsvRow[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"') {
        if (src[i + 1] === '"') (cell += '"'), i++;
        else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === ",") {
      cells.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && src[i + 1] === "\n") i++;
      cells.push(cell);
      if (cells.length > 1 || cells[0] !== "") rows.push({ line: rowLine, cells });
      cells = [];
      cell = "";
      line++;
      rowLine = line;
    } else cell += ch;
  }
  if (quoted) throw new CsvError(`a quoted field opened on line ${quoteLine} is never closed`, quoteLine);
  if (cell !== "" || cells.length) {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}

/** One CSV field, quoted when it must be; formula-leading cells are prefixed so spreadsheets don't execute them. */
export function csvField(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: unknown[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
