/**
 * One error model on the wire: RFC 9457 `application/problem+json`.
 *
 * Services throw typed {@link AppError}s that know nothing about HTTP beyond a
 * status; the app's `onError` turns them (and anything else) into a problem
 * document. Unknown errors become a generic 500 so no stack trace or internal
 * message ever reaches a client.
 */
export type FieldError = { path: string; message: string; line?: number; code?: string };

export type Problem = {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId?: string;
  errors?: FieldError[];
  instance?: string;
};

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

/** Base class of every error a service raises on purpose. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
  ) {
    super(detail);
    this.name = new.target.name;
  }
}

export class BadRequestError extends AppError {
  constructor(detail: string, errors?: FieldError[]) {
    super(400, "bad_request", "Bad request", detail, errors);
  }
}

export class NotFoundError extends AppError {
  constructor(detail: string) {
    super(404, "not_found", "Not found", detail);
  }
}

export class ConflictError extends AppError {
  constructor(detail: string) {
    super(409, "conflict", "Conflict", detail);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(limit: number) {
    super(413, "payload_too_large", "Payload too large", `The request body is larger than the limit of ${formatBytes(limit)}.`);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(detail: string) {
    super(415, "unsupported_media_type", "Unsupported media type", detail);
  }
}

/** Input that parsed but breaks the rules: one entry per bad field, each with its JSON path. */
export class ValidationError extends AppError {
  constructor(detail: string, errors: FieldError[]) {
    super(422, "validation_failed", "Validation failed", detail, errors);
  }
}

/** The problem document for an error; unknown errors are reported without their message. */
export function toProblem(err: unknown, requestId?: string): Problem {
  if (err instanceof AppError) {
    return {
      type: problemType(err.code),
      title: err.title,
      status: err.status,
      detail: err.message,
      code: err.code,
      requestId,
      ...(err.errors ? { errors: err.errors } : {}),
    };
  }
  return {
    type: problemType("internal_error"),
    title: "Internal server error",
    status: 500,
    detail: "The server could not complete the request. It has been logged; quote the request id when reporting it.",
    code: "internal_error",
    requestId,
  };
}

/** Problem types are relative URIs that resolve to their description on the API reference page. */
export function problemType(code: string): string {
  return `/docs#problem-${code.replaceAll("_", "-")}`;
}

/** Builds a problem for a status that has no richer error behind it (404 route, 405, …). */
export function statusProblem(status: number, code: string, title: string, detail: string, requestId?: string): Problem {
  return { type: problemType(code), title, status, detail, code, requestId };
}

/** Converts zod issues (or similar) into field errors with JSON-pointer-like paths: `/body/requirements/0/id`. */
export function fieldErrors(issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }>, prefix = ""): FieldError[] {
  return issues.map((i) => ({
    path: prefix + (i.path.length ? "/" + i.path.map((p) => String(p)).join("/") : ""),
    message: i.message,
    ...(i.code ? { code: i.code } : {}),
  }));
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}
