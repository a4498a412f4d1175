/**
 * The template registry: every `templates/**\/*.md.hbs` with YAML front matter,
 * compiled once, at construction, in one isolated strict Handlebars
 * environment with the shared partials and helpers.
 *
 * Front matter names the zod schema (exported from `data.schema.ts`) that a
 * template's data must satisfy; `render` validates against it first, so a
 * bad or missing field is a `ValidationError` with its path, never a half
 * letter. Output is Markdown (`noEscape`); data reaches it only through the
 * escaping helpers (`md`, `list`, `citation`, `quote`). Templates are looked
 * up by registered name only, so no name can reach a file outside the
 * directory.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import Handlebars from "handlebars";
import { z } from "@hono/zod-openapi";
import { parse as parseYaml } from "yaml";
import { fieldErrors, NotFoundError, ValidationError } from "../../lib/errors.js";
import { packagePath } from "../../lib/package-info.js";
import * as dataSchemas from "./data.schema.js";
import { templateHelpers } from "./helpers.js";

const COMPILE_OPTIONS = { strict: true, noEscape: true } as const;
const NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const TemplateFrontMatter = z
  .object({
    name: z.string().regex(NAME, "must be kebab-case"),
    title: z.string().trim().min(1),
    kind: z.enum(["letter", "report", "bill", "policy"]),
    formats: z.array(z.enum(["markdown", "html", "docx", "pdf"])).min(1),
    version: z.coerce.string().min(1),
    data: z.string().min(1),
    description: z.string().trim().min(1),
  })
  .strict();
export type TemplateFrontMatter = z.infer<typeof TemplateFrontMatter>;

export type TemplateInfo = Omit<TemplateFrontMatter, "data"> & { dataSchema: Record<string, unknown> };

export type Template = {
  info: TemplateInfo;
  schema: z.ZodType;
  /** Where the template came from, relative to the templates directory. */
  file: string;
  render(data: unknown): string;
};

export type RenderResult = { markdown: string; template: TemplateInfo };

export type TemplateRegistry = {
  list(): TemplateInfo[];
  get(name: string): Template;
  render(name: string, data: unknown): RenderResult;
};

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".md.hbs"))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

function schemaNamed(name: string, file: string): z.ZodType {
  const s: unknown = (dataSchemas as Record<string, unknown>)[name];
  if (!(s instanceof z.ZodType)) throw new Error(`${file}: data schema "${name}" is not exported from src/documents/templates/data.schema.ts`);
  return s;
}

/** Compiles now rather than on first render, so syntax errors stop start-up. */
function compileNow(env: typeof Handlebars, source: string, file: string): HandlebarsTemplateDelegate {
  try {
    const template = env.compile(source, COMPILE_OPTIONS);
    (template as unknown as { _setup(o: object): void })._setup({});
    return template;
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
  }
}

function loadTemplate(env: typeof Handlebars, dir: string, path: string): Template | null {
  const file = relative(dir, path);
  const source = readFileSync(path, "utf8");
  const m = FRONT_MATTER.exec(source);
  if (!m) return null;
  const parsed = TemplateFrontMatter.safeParse(parseYaml(m[1]!));
  if (!parsed.success) throw new Error(`${file}: bad front matter: ${z.prettifyError(parsed.error)}`);
  const { data, ...meta } = parsed.data;
  const schema = schemaNamed(data, file);
  const compiled = compileNow(env, source.slice(m[0].length), file);
  const info: TemplateInfo = { ...meta, dataSchema: z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Record<string, unknown> };
  return {
    info,
    schema,
    file,
    render(input) {
      const result = schema.safeParse(input);
      if (!result.success) {
        const errors = fieldErrors(result.error.issues);
        throw new ValidationError(`The data for template "${info.name}" is invalid: ${errors.map((e) => `${e.path} ${e.message}`).join("; ")}`, errors);
      }
      return compiled(result.data).replace(/[ \t]+$/gm, "").replace(/\n{3,}/g, "\n\n").trim() + "\n";
    },
  };
}

/**
 * Loads and compiles every template under `dir` (default: the bundled `templates/`).
 *
 * @example
 * const templates = createTemplateRegistry();
 * templates.list().map((t) => t.name) // ["audit-summary", "compliance-letter", "finding-letter", …]
 * templates.render("finding-letter", data).markdown // "**California State Auditor** …"
 */
export function createTemplateRegistry(dir: string = packagePath("templates")): TemplateRegistry {
  const env = Handlebars.create();
  env.registerHelper(templateHelpers);
  for (const path of filesUnder(join(dir, "partials"))) {
    env.registerPartial(basename(path, ".md.hbs"), compileNow(env, readFileSync(path, "utf8"), relative(dir, path)));
  }
  const templates = new Map<string, Template>();
  for (const path of filesUnder(dir)) {
    if (relative(dir, path).startsWith(`partials${sep}`)) continue;
    const t = loadTemplate(env, dir, path);
    if (!t) continue;
    const clash = templates.get(t.info.name);
    if (clash) throw new Error(`${t.file}: template name "${t.info.name}" is already used by ${clash.file}`);
    templates.set(t.info.name, t);
  }

  function get(name: string): Template {
    const t = NAME.test(name) ? templates.get(name) : undefined;
    if (!t) throw new NotFoundError(`No template is named "${name.slice(0, 100)}".`);
    return t;
  }

  return {
    list: () => [...templates.values()].map((t) => t.info).sort((a, b) => a.name.localeCompare(b.name)),
    get,
    render(name, data) {
      const t = get(name);
      return { markdown: t.render(data), template: t.info };
    },
  };
}
