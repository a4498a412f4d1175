/**
 * Configuration: the only reader of `process.env`.
 *
 * Parsed once with zod and frozen, so a bad value stops start-up with one line
 * that names the variable instead of surfacing later as a confusing failure.
 */
import { z } from "zod";

const LogLevel = z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]);

export const Config = z
  .object({
    PORT: z.coerce
      .number({ error: "must be a number" })
      .int("must be a whole number")
      .min(0, "must be between 0 and 65535")
      .max(65535, "must be between 0 and 65535")
      .default(8787),
    HOST: z.string().trim().min(1, "must not be empty").default("127.0.0.1"),
    DATABASE_URL: z
      .string()
      .trim()
      .regex(/^(file:|libsql:|https?:|wss?:|:memory:$)/, 'must be ":memory:" or start with "file:", "libsql:", "http(s):" or "ws(s):"')
      .default("file:data/oversight.db"),
    DATABASE_AUTH_TOKEN: z.string().optional(),
    LOG_LEVEL: LogLevel.default("info"),
    /** Largest JSON/YAML request body accepted, in bytes; uploads have their own limit. */
    BODY_LIMIT: z.coerce.number().int().positive("must be a positive number of bytes").default(1024 * 1024),
    /** Largest uploaded document (policy files), in bytes. */
    UPLOAD_LIMIT: z.coerce.number().int().positive("must be a positive number of bytes").default(20 * 1024 * 1024),
  })
  .transform((env) => ({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN || undefined,
    logLevel: env.LOG_LEVEL,
    bodyLimit: env.BODY_LIMIT,
    uploadLimit: env.UPLOAD_LIMIT,
  }));

export type Config = Readonly<z.output<typeof Config>>;

/** Thrown when the environment does not describe a valid configuration; its message is one line. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Parses the environment into a frozen {@link Config}.
 *
 * @example
 * loadConfig({ PORT: "9000" }).port // 9000
 * loadConfig({ PORT: "abc" })       // throws ConfigError: PORT must be a number (got "abc")
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings mean "unset" in shells (`PORT= npm start`), so let defaults apply.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ""));
  const parsed = Config.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0] ?? "configuration");
    const got = cleaned[name];
    const shown = name.includes("TOKEN") || got === undefined ? "" : ` (got ${JSON.stringify(got)})`;
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${shown}`);
  }
  return Object.freeze(parsed.data);
}
