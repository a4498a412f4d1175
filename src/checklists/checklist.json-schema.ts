/**
 * The checklist format as JSON Schema, for editors (VS Code's YAML extension
 * reads `# yaml-language-server: $schema=../checklist.schema.json`). Generated
 * from the zod schema; `checklists/checklist.schema.json` is the committed copy
 * (`oversight checklists schema > checklists/checklist.schema.json`), kept in
 * step by a test.
 */
import { z } from "@hono/zod-openapi";
import { ChecklistInput } from "./checklist.schema.js";

let cached: object | undefined;

export function checklistJsonSchema(): object {
  cached ??= {
    ...z.toJSONSchema(ChecklistInput, { io: "input", unrepresentable: "any" }),
    title: "Oversight checklist",
    description: "A checklist of statutory requirements: checklists/<jurisdiction>/<id>.yaml",
  };
  return cached;
}
