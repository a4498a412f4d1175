/**
 * The shape every `oversight` subcommand has, and the small pieces they share.
 * Subcommands are plain objects registered in `commands/index.ts`; they take
 * their I/O as a parameter so tests run them in-process with captured output.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { loadConfig, type Config } from "../config.js";
import { openDatabase, type Database } from "../db/client.js";
import { migrateDatabase } from "../db/migrate.js";
import { runSeeders } from "../db/seed.js";
import { systemClock, type Clock } from "../lib/clock.js";
import { createLogger, type Logger } from "../lib/logger.js";
import { bundledSeeders } from "../seeders.js";

export type CliIO = {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  cwd: string;
};

export type Command = {
  name: string;
  summary: string;
  /** The usage text shown by `oversight <name> --help` and on a usage error. */
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
};

/** Exit codes: 0 success, 1 a failure the user should act on, 2 a usage or input error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** Wrong flags or arguments; the CLI prints the message and the command's usage, exit 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure the user should act on (exit 1), with a message meant for them. */
export class CliFailure extends Error {
  override name = "CliFailure";
  constructor(message: string, readonly exitCode: number = EXIT.failure) {
    super(message);
  }
}

/** node:util parseArgs, with its errors turned into usage errors. */
export function parseFlags<T extends ParseArgsConfig["options"]>(args: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ""));
  }
}

export type CliContext = { config: Config; database: Database; log: Logger; clock: Clock };

/**
 * Runs `fn` with a migrated, seeded database from the environment's config,
 * closing it afterwards. Logs go to stderr (warnings only) so stdout stays clean for output.
 */
export async function withDatabase<T>(io: CliIO, fn: (ctx: CliContext) => Promise<T>, opts: { seed?: boolean } = {}): Promise<T> {
  const config = loadConfig(io.env);
  const log = createLogger(config.logLevel === "info" ? "warn" : config.logLevel, { write: (s: string) => void io.stderr.write(s) } as never);
  const database = await openDatabase({ url: config.databaseUrl, authToken: config.databaseAuthToken });
  try {
    await migrateDatabase(database);
    if (opts.seed !== false) await runSeeders(bundledSeeders(), { db: database.db, log, clock: systemClock });
    return await fn({ config, database, log, clock: systemClock });
  } finally {
    database.close();
  }
}
