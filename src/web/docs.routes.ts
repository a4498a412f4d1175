/**
 * GET /openapi.json and GET /docs: the OpenAPI 3.1 document generated from the
 * routes' zod schemas, and an HTML reference rendered from it. The routes are
 * fixed once the app is built, so both are generated on first request and cached.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../lib/context.js";
import { renderApiReference } from "./api-reference.js";

type DocConfig = Parameters<OpenAPIHono<AppEnv>["getOpenAPI31Document"]>[0];

export function mountApiDocs(app: OpenAPIHono<AppEnv>, config: DocConfig): void {
  let doc: ReturnType<OpenAPIHono<AppEnv>["getOpenAPI31Document"]> | undefined;
  let json: string | undefined;
  let page: string | undefined;
  const document = () => (doc ??= app.getOpenAPI31Document(config));

  app.get("/openapi.json", (c) => c.body((json ??= JSON.stringify(document())), 200, { "Content-Type": "application/json" }));
  app.get("/docs", async (c) => {
    page ??= String(await renderApiReference(document() as never));
    c.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'");
    return c.html(page);
  });
}
