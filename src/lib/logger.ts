/**
 * Structured JSON logs with pino. One root logger per process, a child per
 * request carrying its id. Secrets never reach it: request logs carry method,
 * path, status and timing only, and `redact` catches tokens if an object with
 * one is ever logged by mistake.
 */
import { pino, type Logger, type LevelWithSilent, type DestinationStream } from "pino";

export type { Logger };

export function createLogger(level: LevelWithSilent, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "oversight" },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ["authorization", "*.authorization", "headers.authorization", "databaseAuthToken", "*.databaseAuthToken", "authToken", "*.authToken", "token", "*.token"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}
