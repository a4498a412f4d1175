import { createRoute, z } from "@hono/zod-openapi";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRouter, jsonContent, problemResponses } from "../../src/lib/openapi.js";
import { NotFoundError } from "../../src/lib/errors.js";
import { createTestApp, requestJson, type TestApp } from "../support/app.js";

/** A probe router exercising the shared machinery: JSON validation, typed errors, crashes. */
function probeRouter() {
  const Echo = z.object({ name: z.string().min(1), count: z.number().int().nonnegative(), tags: z.array(z.string()).optional() });
  return createRouter()
    .openapi(
      createRoute({
        method: "post",
        path: "/probe/echo",
        request: { body: { content: { "application/json": { schema: Echo } }, required: true } },
        responses: { 200: jsonContent(Echo, "echoed"), ...problemResponses(400, 413, 422) },
      }),
      (c) => c.json(c.req.valid("json"), 200),
    )
    .get("/probe/boom", () => {
      throw new Error("secret internal detail at /srv/oversight/src/db.ts:42");
    })
    .get("/probe/missing", () => {
      throw new NotFoundError("Checklist ca-alpr-nope does not exist.");
    });
}

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp({ routers: [probeRouter()], env: { BODY_LIMIT: "2048" } });
});
afterEach(() => t.close());

function expectProblem(res: { status: number; headers: Headers; body: any }, status: number, code: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe("application/problem+json");
  expect(res.body).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String), type: expect.stringContaining(code.replaceAll("_", "-")) });
  expect(res.body.requestId).toBe(res.headers.get("x-request-id"));
}

describe("GET /health", () => {
  it("reports the service and database as ok", async () => {
    const res = await requestJson(t.app, "GET", "/health");
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 when the database does not", async () => {
    t.database.close();
    const res = await requestJson(t.app, "GET", "/health");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: "unavailable", database: "unreachable" });
  });
});

describe("errors are problem documents", () => {
  it("404s an unknown route with a problem naming it", async () => {
    const res = await requestJson(t.app, "GET", "/api/nothing-here");
    expectProblem(res, 404, "not_found");
    expect(res.body.detail).toContain("GET /api/nothing-here");
  });

  it("400s malformed JSON", async () => {
    const res = await requestJson(t.app, "POST", "/probe/echo", "{bad");
    expectProblem(res, 400, "malformed_request");
    expect(res.body.detail).toMatch(/JSON/);
  });

  it("422s a body that breaks the schema, listing every bad field with its path", async () => {
    const res = await requestJson(t.app, "POST", "/probe/echo", { name: "", count: -1, tags: ["ok", 7] });
    expectProblem(res, 422, "validation_failed");
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["/body/count", "/body/name", "/body/tags/1"]);
    expect(res.body.detail).toMatch(/\/body\/\w+/);
  });

  it("413s a body over the limit, before reading it all", async () => {
    const res = await requestJson(t.app, "POST", "/probe/echo", { name: "x".repeat(5000), count: 1 });
    expectProblem(res, 413, "payload_too_large");
    expect(res.body.detail).toContain("2 KB");
  });

  it("turns a typed service error into its status", async () => {
    const res = await requestJson(t.app, "GET", "/probe/missing");
    expectProblem(res, 404, "not_found");
    expect(res.body.detail).toBe("Checklist ca-alpr-nope does not exist.");
  });

  it("500s an unexpected error without leaking its message or stack", async () => {
    const res = await requestJson(t.app, "GET", "/probe/boom");
    expectProblem(res, 500, "internal_error");
    expect(res.text).not.toContain("secret");
    expect(res.text).not.toMatch(/at \/|\.ts:\d+|stack/);
  });

  it("accepts valid input", async () => {
    const res = await requestJson(t.app, "POST", "/probe/echo", { name: "Fresno", count: 982 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ name: "Fresno", count: 982 });
  });
});

describe("request ids", () => {
  it("puts a fresh id on every response", async () => {
    const a = await t.app.request("/health");
    const b = await t.app.request("/health");
    expect(a.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });

  it("keeps a caller's plain id but replaces one that could forge log lines", async () => {
    const kept = await t.app.request("/health", { headers: { "x-request-id": "trace-123" } });
    expect(kept.headers.get("x-request-id")).toBe("trace-123");
    const replaced = await t.app.request("/health", { headers: { "x-request-id": 'x" {"level":60}' } });
    expect(replaced.headers.get("x-request-id")).not.toContain("level");
  });
});

describe("OpenAPI and docs", () => {
  it("serves a valid OpenAPI 3.1 document that lists the routes", async () => {
    const res = await requestJson(t.app, "GET", "/openapi.json");
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe("3.1.0");
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(["/health", "/probe/echo"]));
    const validator = new Validator();
    const result = await validator.validate(res.body);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("renders /docs as self-contained HTML (no scripts, no external resources)", async () => {
    const res = await t.app.request("/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const page = await res.text();
    expect(page).toContain("/health");
    expect(page).toContain("/probe/echo");
    expect(page).toContain('id="problem-validation-failed"');
    expect(page).not.toMatch(/<script|<link[^>]+href="https?:|src="https?:/i);
  });
});
