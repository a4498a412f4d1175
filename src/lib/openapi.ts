/**
 * Routes are data: each domain builds an OpenAPIHono router whose routes are
 * declared with `createRoute` and zod schemas, so `/openapi.json` is generated
 * from the same schemas that validate requests.
 */
import { OpenAPIHono, z } from "@hono/zod-openapi";
import { ValidationError, fieldErrors } from "./errors.js";
import type { AppEnv } from "./context.js";

const TARGET_PREFIX: Record<string, string> = { json: "/body", form: "/body", query: "/query", param: "/params", header: "/headers", cookie: "/cookies" };

/** A router whose validation failures become 422 problems naming every bad field. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const errors = fieldErrors(result.error.issues, TARGET_PREFIX[result.target] ?? "");
        const first = errors[0];
        const where = first?.path ? ` at ${first.path}` : "";
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
        throw new ValidationError(`The request is not valid${where}: ${first?.message ?? "invalid input"}${more}.`, errors);
      }
    },
  });
}

export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: "/body/text" }),
    message: z.string(),
    line: z.number().int().optional(),
    code: z.string().optional(),
  })
  .openapi("FieldError");

export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: "/docs#problem-validation-failed" }),
    title: z.string().openapi({ example: "Validation failed" }),
    status: z.number().int().openapi({ example: 422 }),
    detail: z.string(),
    code: z.string().openapi({ example: "validation_failed" }),
    requestId: z.string().optional(),
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi("Problem");

const STATUS_TEXT: Record<number, string> = {
  400: "Malformed request (for example, invalid JSON)",
  401: "Authentication required",
  403: "Not allowed",
  404: "Not found",
  409: "Conflict with the current state",
  413: "Request body too large",
  415: "Unsupported media type",
  422: "Validation failed; `errors` lists every bad field",
  500: "Unexpected server error",
  503: "Service unavailable",
};

/** OpenAPI response entries for the problem statuses a route can return. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: STATUS_TEXT[s] ?? "Error", content: { "application/problem+json": { schema: ProblemSchema } } }]),
  );
}

/** An OpenAPI JSON response entry. */
export function jsonContent<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}

/** A required JSON request body for `createRoute`. */
export function jsonBody<T extends z.ZodType>(schema: T) {
  return { body: { required: true, content: { "application/json": { schema } } } };
}
