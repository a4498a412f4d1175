/**
 * YAML (and JSON, which is YAML) parsed with positions, so a validation error
 * can name the line of the bad field: editors of checklist files need
 * "checklists/ca/alpr-operator.yaml:42 requirements/3/citation: …", not just a path.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";
import { fieldErrors, type FieldError } from "./errors.js";

export type ParsedSource = {
  data: unknown;
  /** Line (1-based) of the node at a path, or of its nearest ancestor that exists. */
  lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
};

export class SourceSyntaxError extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = "SourceSyntaxError";
  }
}

/**
 * Parses YAML or JSON text, keeping line positions.
 *
 * @example
 * const src = parseSource("id: x\nrequirements:\n  - id: 7\n");
 * src.lineOf(["requirements", 0, "id"]) // 3
 */
export function parseSource(text: string): ParsedSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const error = doc.errors[0];
  if (error) {
    const line = error.pos ? lineCounter.linePos(error.pos[0]).line : undefined;
    throw new SourceSyntaxError(error.message.split("\n")[0]!, line);
  }
  const lineAt = (node: Node | null | undefined) => (node?.range ? lineCounter.linePos(node.range[0]).line : undefined);
  return {
    data: doc.toJS({ maxAliasCount: 100 }),
    lineOf(path) {
      let node: unknown = doc.contents;
      let line = lineAt(doc.contents as Node);
      for (const key of path) {
        if (isMap(node)) {
          const pair = node.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
          if (!pair) break;
          line = lineAt(pair.key as Node) ?? line;
          node = pair.value;
        } else if (isSeq(node) && typeof key === "number") {
          node = node.items[key];
          if (!node) break;
          line = lineAt(node as Node) ?? line;
        } else break;
      }
      return line;
    },
  };
}

/** Zod issues as field errors carrying the source line of each field. */
export function fieldErrorsWithLines(error: z.ZodError, source: ParsedSource, prefix = ""): FieldError[] {
  return fieldErrors(error.issues, prefix).map((e, i) => {
    const line = source.lineOf(error.issues[i]!.path);
    return line === undefined ? e : { ...e, line };
  });
}
