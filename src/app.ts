/**
 * createApp(deps): the whole HTTP surface, with no I/O at import time.
 *
 * Middleware order matters: the request id comes first so every response and
 * log line carries it, then the request logger, then body limits, then the
 * routers. Every error leaves through `onError` as a problem document.
 */
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { createHealthRouter } from "./health/health.routes.js";
import { PayloadTooLargeError, PROBLEM_CONTENT_TYPE, statusProblem, toProblem, type Problem } from "./lib/errors.js";
import type { AppDeps, AppEnv } from "./lib/context.js";
import { createRouter } from "./lib/openapi.js";
import { packageVersion } from "./lib/package-info.js";
import { apiRouters } from "./routers.js";
import { mountApiDocs } from "./web/docs.routes.js";

/** Routes that accept whole documents and so take `UPLOAD_LIMIT` rather than `BODY_LIMIT`. */
const UPLOAD_PATHS = new Set(["/api/policy-checks"]);

export type CreateAppOptions = {
  /** Extra routers mounted after the built-in ones (tests use this to add probe routes). */
  routers?: Hono<AppEnv, any, any>[];
};

export function createApp(deps: AppDeps, options: CreateAppOptions = {}): OpenAPIHono<AppEnv> {
  const app = createRouter();

  app.use(
    "*",
    requestId({
      headerName: "X-Request-Id",
      // Hono keeps a caller's X-Request-Id only if it is short and plain ([\w=-]), so it cannot forge log lines.
      generator: () => crypto.randomUUID(),
    }),
  );
  app.use("*", async (c, next) => {
    const log = deps.log.child({ requestId: c.var.requestId });
    c.set("log", log);
    c.set("deps", deps);
    const started = performance.now();
    await next();
    log.info(
      { method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round((performance.now() - started) * 10) / 10 },
      "request",
    );
  });
  app.use("*", secureHeaders({ crossOriginResourcePolicy: "same-origin" }));
  const limiter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw new PayloadTooLargeError(maxSize);
      },
    });
  const limitBody = limiter(deps.config.bodyLimit);
  const limitUpload = limiter(deps.config.uploadLimit);
  // Only methods that carry a body: touching the body of a GET makes the Node adapter
  // build a full Request object, which costs more than the rest of the middleware together.
  // Document uploads (policies as PDF/DOCX) get the larger upload limit.
  app.use("*", (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    return (UPLOAD_PATHS.has(c.req.path) ? limitUpload : limitBody)(c, next);
  });

  app.route("/", createHealthRouter());
  for (const router of apiRouters()) app.route("/", router);
  for (const router of options.routers ?? []) app.route("/", router);

  const docConfig = {
    openapi: "3.1.0",
    info: {
      title: "Oversight API",
      version: packageVersion,
      description:
        "The legislative oversight loop: statutory requirements, audits and findings mapped to the requirements they violate, policy checks, letters and follow-up bills. Errors are RFC 9457 problem documents (application/problem+json).",
    },
    servers: [{ url: "/" }],
  };
  mountApiDocs(app, docConfig);

  app.notFound((c) => problemResponse(c, statusProblem(404, "not_found", "Not found", `There is no route ${c.req.method} ${c.req.path}. The API reference is at /docs.`, c.var.requestId)));

  app.onError((err, c) => {
    const requestId = c.var.requestId;
    if (err instanceof HTTPException && !(err.cause instanceof Error && err.status >= 500)) {
      // Hono's own exceptions: malformed JSON (400), method problems and the like.
      const status = err.status;
      const detail = err.message || "The request could not be processed.";
      const code = status === 400 ? "malformed_request" : `http_${status}`;
      const title = status === 400 ? "Malformed request" : "Request failed";
      const body = status === 400 && /json/i.test(detail) ? `${detail}: the body is not valid JSON.` : detail;
      return problemResponse(c, statusProblem(status, code, title, body, requestId));
    }
    const problem = toProblem(err, requestId);
    if (problem.status >= 500) (c.var.log ?? deps.log).error({ err }, "unhandled error");
    return problemResponse(c, problem);
  });

  return app;
}

function problemResponse(c: Context, problem: Problem): Response {
  return c.body(JSON.stringify(problem), problem.status as 400, { "Content-Type": PROBLEM_CONTENT_TYPE });
}
