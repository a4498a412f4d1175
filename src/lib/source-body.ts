/**
 * Request bodies that are documents (a checklist, an audit exchange file):
 * YAML or JSON, read as text so validation errors can name the source line.
 */
import type { Context } from "hono";
import type { z } from "zod";
import { UnsupportedMediaTypeError, ValidationError, type FieldError } from "./errors.js";
import { fieldErrorsWithLines, parseSource, SourceSyntaxError, type ParsedSource } from "./yaml-source.js";

const DOCUMENT_TYPES = ["application/json", "application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml", "text/plain"];

/** The body's text, after checking its content type is YAML or JSON (415 otherwise). */
export async function documentBody(c: Context, what: string): Promise<string> {
  const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (!DOCUMENT_TYPES.includes(type)) throw new UnsupportedMediaTypeError(`Send the ${what} as application/yaml or application/json (got "${type || "no content type"}").`);
  return c.req.text();
}

/** Parses YAML/JSON text with positions; a syntax error is a 422 naming the line. */
export function parseDocument(text: string, name: string, pathPrefix = ""): ParsedSource {
  try {
    return parseSource(text);
  } catch (err) {
    if (err instanceof SourceSyntaxError) {
      throw new ValidationError(`${name}${err.line ? `:${err.line}` : ""} is not valid YAML or JSON: ${err.message}`, [{ path: pathPrefix, message: err.message, ...(err.line ? { line: err.line } : {}) }]);
    }
    throw err;
  }
}

/** Validates parsed data against a schema; every problem is reported with its path and source line. */
export function validateDocument<T extends z.ZodType>(schema: T, source: ParsedSource, name: string, pathPrefix = ""): z.output<T> {
  const parsed = schema.safeParse(source.data);
  if (parsed.success) return parsed.data;
  throw invalidDocument(name, fieldErrorsWithLines(parsed.error, source, pathPrefix));
}

/** A 422 whose detail points at the first problem as `name:line path: message`. */
export function invalidDocument(name: string, errors: FieldError[]): ValidationError {
  const first = errors[0]!;
  const where = `${name}${first.line ? `:${first.line}` : ""}`;
  const more = errors.length > 1 ? ` (${errors.length} problems in all)` : "";
  return new ValidationError(`${where} ${first.path || "(document)"}: ${first.message}${more}`, errors);
}
