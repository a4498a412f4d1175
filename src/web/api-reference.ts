/**
 * Renders the OpenAPI document as a plain HTML API reference.
 *
 * No UI bundle and no CDN: the page is generated on the server from the same
 * document as `/openapi.json`, so it works offline and never drifts from the
 * routes. Every string from the document is escaped by hono's `html` tag.
 */
import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";

type Schema = Record<string, unknown>;
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  operationId?: string;
  parameters?: Array<{ name: string; in: string; required?: boolean; description?: string; schema?: Schema }>;
  requestBody?: { description?: string; content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
};
type OpenApiDoc = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

/** The problem codes a client can meet, documented where `type` URIs point (`/docs#problem-…`). */
export const PROBLEM_TYPES: Array<[code: string, status: number, meaning: string]> = [
  ["malformed-request", 400, "The body could not be parsed (for example, invalid JSON)."],
  ["bad-request", 400, "The request is well-formed but cannot be acted on as sent."],
  ["not-found", 404, "The route or the named resource does not exist."],
  ["conflict", 409, "The request conflicts with the current state (a duplicate, or a concurrent edit)."],
  ["payload-too-large", 413, "The body is larger than the configured limit."],
  ["unsupported-media-type", 415, "The body's content type is not one the route accepts."],
  ["validation-failed", 422, "The body, query or path parameters break the schema; `errors` lists each bad field with its JSON path."],
  ["internal-error", 500, "An unexpected error; it is logged with the request id."],
];

/**
 * @example
 * renderApiReference(app.getOpenAPI31Document({ openapi: "3.1.0", info }))
 */
export function renderApiReference(doc: OpenApiDoc): HtmlEscapedString | Promise<HtmlEscapedString> {
  const ops = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((m) => ({ path, method: m, op: item[m]! })),
  );
  const byTag = new Map<string, typeof ops>();
  for (const o of ops) {
    const tag = o.op.tags?.[0] ?? "Other";
    byTag.set(tag, [...(byTag.get(tag) ?? []), o]);
  }
  const schemas = Object.entries(doc.components?.schemas ?? {});
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${doc.info.title} — API reference</title>
<style>${raw(STYLE)}</style>
</head>
<body>
<nav>
  <h1>${doc.info.title}</h1>
  <p class="muted">Version ${doc.info.version} · <a href="/openapi.json">openapi.json</a></p>
  ${[...byTag.entries()].map(
    ([tag, list]) => html`<h2>${tag}</h2><ul>${list.map((o) => html`<li><a href="#${anchor(o.method, o.path)}"><span class="m ${o.method}">${o.method.toUpperCase()}</span> ${o.path}</a></li>`)}</ul>`,
  )}
  <h2>Reference</h2><ul><li><a href="#schemas">Schemas</a></li><li><a href="#problems">Problem types</a></li></ul>
</nav>
<main>
  <header><h1>${doc.info.title}</h1><p>${doc.info.description ?? ""}</p></header>
  ${[...byTag.entries()].map(([tag, list]) => html`<section><h2>${tag}</h2>${list.map((o) => renderOperation(o.method, o.path, o.op))}</section>`)}
  <section id="schemas"><h2>Schemas</h2>${schemas.map(
    ([name, schema]) => html`<article id="schema-${name}"><h3>${name}</h3>${renderSchema(schema)}</article>`,
  )}</section>
  <section id="problems"><h2>Problem types</h2>
  <p>Every error is an RFC 9457 <code>application/problem+json</code> document with <code>type</code>, <code>title</code>, <code>status</code>, <code>detail</code>, <code>code</code> and <code>requestId</code>.</p>
  <table><thead><tr><th>code</th><th>status</th><th>meaning</th></tr></thead><tbody>${PROBLEM_TYPES.map(
    ([code, status, meaning]) => html`<tr id="problem-${code}"><td><code>${code.replaceAll("-", "_")}</code></td><td>${status}</td><td>${meaning}</td></tr>`,
  )}</tbody></table></section>
</main>
</body>
</html>`;
}

function renderOperation(method: string, path: string, op: Operation) {
  const params = op.parameters ?? [];
  const body = op.requestBody?.content;
  return html`<article class="op" id="${anchor(method, path)}">
  <h3><span class="m ${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
  ${op.summary ? html`<p class="summary">${op.summary}</p>` : ""}
  ${op.description ? html`<p>${op.description}</p>` : ""}
  ${params.length
    ? html`<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>description</th></tr></thead><tbody>${params.map(
        (p) => html`<tr><td><code>${p.name}</code>${p.required ? html` <span class="req">required</span>` : ""}</td><td>${p.in}</td><td>${typeName(p.schema)}</td><td>${p.description ?? ""}</td></tr>`,
      )}</tbody></table>`
    : ""}
  ${body
    ? html`<h4>Request body</h4>${Object.entries(body).map(([type, media]) => html`<p><code>${type}</code></p>${renderSchema(media.schema)}`)}`
    : ""}
  <h4>Responses</h4>
  <table><tbody>${Object.entries(op.responses ?? {}).map(
    ([status, r]) => html`<tr><td class="status s${status[0]}">${status}</td><td>${r.description ?? ""}${Object.entries(r.content ?? {}).map(
      ([type, media]) => html` <code>${type}</code> ${typeName(media.schema)}`,
    )}</td></tr>`,
  )}</tbody></table>
</article>`;
}

function renderSchema(schema: Schema | undefined) {
  if (!schema) return "";
  const props = schema.properties as Record<string, Schema> | undefined;
  if (!props) return html`<p>${typeName(schema)}</p>`;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return html`<table class="schema"><tbody>${Object.entries(props).map(
    ([name, prop]) => html`<tr><td><code>${name}</code>${required.has(name) ? html` <span class="req">required</span>` : ""}</td><td>${typeName(prop)}</td><td>${(prop.description as string | undefined) ?? ""}</td></tr>`,
  )}</tbody></table>`;
}

/** A short, readable type: `string`, `Requirement[]`, `"a" | "b"`, linked to component schemas. */
function typeName(schema: Schema | undefined): HtmlEscapedString | Promise<HtmlEscapedString> | string {
  if (!schema) return "";
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.split("/").pop()!;
    return html`<a href="#schema-${name}">${name}</a>`;
  }
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf) || Array.isArray(schema.oneOf)) {
    const list = (schema.anyOf ?? schema.oneOf) as Schema[];
    return html`${list.map((s, i) => html`${i ? " | " : ""}${typeName(s)}`)}`;
  }
  if (schema.type === "array") return html`${typeName(schema.items as Schema)}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : String(schema.type ?? "any");
  return schema.format ? `${type} (${String(schema.format)})` : type;
}

function anchor(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-zA-Z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

const STYLE = `
:root{--fg:#1b1f24;--muted:#5b6570;--line:#d9dee3;--bg:#fff;--accent:#0b5cad}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);display:grid;grid-template-columns:300px 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;border-right:1px solid var(--line);padding:1rem;background:#f7f9fa;font-size:13px}
nav h1{font-size:1.1rem;margin:0}nav h2{font-size:.8rem;text-transform:uppercase;color:var(--muted);margin:1.2rem 0 .3rem}
nav ul{list-style:none;margin:0;padding:0}nav li{margin:.15rem 0}nav a{color:var(--fg);text-decoration:none}nav a:hover{color:var(--accent)}
main{padding:1.5rem 2.5rem;max-width:1100px}section>h2{border-bottom:2px solid var(--line);padding-bottom:.3rem;margin-top:2.5rem}
.op{border:1px solid var(--line);border-radius:6px;padding:.5rem 1rem;margin:1rem 0}.op h3{margin:.4rem 0}
.m{display:inline-block;min-width:3.6em;text-align:center;font:600 11px/1.8 ui-monospace,monospace;border-radius:3px;color:#fff;background:#5b6570}
.m.get{background:#1a7f37}.m.post{background:#0b5cad}.m.put,.m.patch{background:#9a6700}.m.delete{background:#cf222e}
table{border-collapse:collapse;width:100%;margin:.3rem 0 .8rem}td,th{border-top:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{font-size:12px;color:var(--muted)}code{font:13px ui-monospace,SFMono-Regular,Menlo,monospace}.req{font-size:11px;color:#cf222e}
.status{font-weight:600;width:4em}.s2{color:#1a7f37}.s4{color:#9a6700}.s5{color:#cf222e}.muted{color:var(--muted)}.summary{font-weight:500}
@media print{nav{display:none}body{display:block}}
`;
