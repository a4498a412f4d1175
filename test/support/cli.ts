/** Runs the `oversight` CLI in-process with captured output and its own database. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import type { CliIO } from "../../src/cli/command.js";

export function cliSandbox(prefix = "oversight-cli-") {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    async run(args: string[], env: Record<string, string> = {}) {
      let stdout = "";
      let stderr = "";
      const io: CliIO = {
        stdout: { write: (s: string) => (stdout += s) },
        stderr: { write: (s: string) => (stderr += s) },
        env: { LOG_LEVEL: "silent", DATABASE_URL: `file:${join(dir, "cli.db")}`, ...env },
        cwd: dir,
      };
      const code = await main(args, io);
      return { code, stdout, stderr };
    },
  };
}
