/**
 * Reading a batch of findings for the mapper: a CSV file with a header row (a
 * `text` or `condition` column, optional `id`) or JSON Lines (one object per
 * line with `text` or `condition`, optional `id`). Pure: takes the file's
 * content, returns the findings or throws an {@link InputError} that names the
 * line.
 */

export type FindingInput = { id: string; text: string };

/** The input cannot be read as findings (the message names the line). */
export class InputError extends Error {
  override name = "InputError";
}

/** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. */
function csvRecords(content: string): { fields: string[]; line: number }[] {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const text = content.replace(/^\uFEFF/, "");
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") fields.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      if (fields.some((f) => f !== "")) records.push({ fields, line: start });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new InputError(`line ${start}: a quoted field is never closed`);
  fields.push(field);
  if (fields.some((f) => f !== "")) records.push({ fields, line: start });
  return records;
}

function fromCsv(content: string): FindingInput[] {
  const [header, ...rows] = csvRecords(content);
  if (!header) return [];
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const textAt = names.includes("text") ? names.indexOf("text") : names.indexOf("condition");
  if (textAt < 0) throw new InputError(`line ${header.line}: the header row needs a "text" or "condition" column (found: ${names.join(", ") || "nothing"})`);
  const idAt = names.indexOf("id");
  return rows.map((r, k) => ({ id: idAt >= 0 && r.fields[idAt]?.trim() ? r.fields[idAt]!.trim() : String(k + 1), text: r.fields[textAt] ?? "" }));
}

function fromJsonLines(content: string): FindingInput[] {
  const out: FindingInput[] = [];
  content.split(/\r?\n/).forEach((raw, k) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      throw new InputError(`line ${k + 1}: not valid JSON (${(err as Error).message})`);
    }
    if (!value || typeof value !== "object" || Array.isArray(value)) throw new InputError(`line ${k + 1}: expected an object with "text" or "condition"`);
    const o = value as Record<string, unknown>;
    const text = typeof o.text === "string" ? o.text : typeof o.condition === "string" ? o.condition : undefined;
    if (text === undefined) throw new InputError(`line ${k + 1}: the object has no "text" or "condition" string`);
    out.push({ id: o.id === undefined || o.id === null ? String(out.length + 1) : String(o.id), text });
  });
  return out;
}

/**
 * Findings from a CSV or JSON Lines file; the format comes from the file name,
 * or from the content when the name does not say.
 *
 * @example
 * readFindingsInput('id,text\nF1,"Kept scans for five years"\n', "findings.csv")
 * // [{ id: "F1", text: "Kept scans for five years" }]
 */
export function readFindingsInput(content: string, name = ""): FindingInput[] {
  const lower = name.toLowerCase();
  if (/\.(jsonl|ndjson|json)$/.test(lower)) return fromJsonLines(content);
  if (lower.endsWith(".csv")) return fromCsv(content);
  return content.trimStart().startsWith("{") ? fromJsonLines(content) : fromCsv(content);
}
