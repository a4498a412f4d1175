/**
 * `oversight`: one entry point, subcommands from the registry. Exit codes are
 * part of the interface (agencies run `oversight check` in CI): 0 success,
 * 1 a failure to act on, 2 a usage or input error; messages go to stderr.
 */
import { ConfigError } from "../config.js";
import { AppError } from "../lib/errors.js";
import { packageVersion } from "../lib/package-info.js";
import { CliFailure, EXIT, UsageError, type CliIO } from "./command.js";
import { commands } from "./commands/index.js";

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "oversight — statutes, audit findings, policy checks, letters and bills for legislative oversight",
    "",
    "Usage: oversight <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Options:",
    "  -h, --help     show help (also: oversight <command> --help)",
    "  -v, --version  print the version",
    "",
    "Configuration comes from the environment (PORT, HOST, DATABASE_URL, DATABASE_AUTH_TOKEN, LOG_LEVEL); see README.md.",
  ].join("\n");
}

const defaultIO: CliIO = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };

/**
 * Runs the CLI and returns its exit code.
 *
 * @example
 * process.exitCode = await main(["checklists", "list"]);
 */
export async function main(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    const target = name === "help" && rest[0] ? commands.find((c) => c.name === rest[0]) : undefined;
    io.stdout.write((target ? target.usage : helpText()) + "\n");
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "-v" || name === "--version") {
    io.stdout.write(`oversight ${packageVersion}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`oversight: unknown command "${name}". Run \`oversight --help\` for the list.\n`);
    return EXIT.usage;
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout.write(command.usage + "\n");
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`oversight ${command.name}: ${err.message}\n\n${command.usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof CliFailure) {
      io.stderr.write(`oversight ${command.name}: ${err.message}\n`);
      return err.exitCode;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`oversight: ${err.message}\n`);
      return EXIT.failure;
    }
    if (err instanceof AppError) {
      io.stderr.write(`oversight ${command.name}: ${err.message}\n`);
      for (const e of err.errors ?? []) io.stderr.write(`  ${e.path}${e.line ? ` (line ${e.line})` : ""}: ${e.message}\n`);
      return err.status >= 500 ? EXIT.failure : err.status === 404 || err.status === 422 || err.status === 400 ? EXIT.usage : EXIT.failure;
    }
    io.stderr.write(`oversight ${command.name}: ${(err as Error).message ?? String(err)}\n`);
    return EXIT.failure;
  }
}
