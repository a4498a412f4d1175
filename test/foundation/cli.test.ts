import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { cliSandbox } from "../support/cli.js";


const sandbox = cliSandbox();
const runCli = sandbox.run;

afterAll(() => rmSync(sandbox.dir, { recursive: true, force: true }));

describe("oversight CLI", () => {
  it("lists its subcommands in --help", async () => {
    const { code, stdout } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\s+serve\s+/m);
    expect(stdout).toMatch(/^\s+migrate\s+/m);
  });

  it("prints the package version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^oversight \d+\.\d+\.\d+\n$/);
  });

  it("exits 2 with a message on stderr for an unknown command or flag", async () => {
    const unknown = await runCli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const badFlag = await runCli(["migrate", "--frob"]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/--frob/);
    expect(badFlag.stderr).toContain("Usage: oversight migrate");
  });

  it("migrates a database and says so, idempotently", async () => {
    for (let i = 0; i < 2; i++) {
      const { code, stdout } = await runCli(["migrate"]);
      expect(code).toBe(0);
      expect(stdout).toContain("Migrated file:");
    }
  });

  it("exits 1 naming the variable when the configuration is bad", async () => {
    const { code, stderr } = await runCli(["migrate"], { DATABASE_URL: "postgres://nope" });
    expect(code).toBe(1);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("DATABASE_URL");
  });

  it("as a real process: `PORT=abc oversight serve` exits 1 with one line naming PORT", () => {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, "../../bin/oversight.js"), "serve"], {
      env: { ...process.env, PORT: "abc", DATABASE_URL: `file:${join(sandbox.dir, "never.db")}` },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n").filter((l) => !l.startsWith("oversight: building"));
    expect(lines).toEqual([expect.stringMatching(/PORT/)]);
  }, 180_000); // the bin rebuilds dist/ first when sources changed since the last build
});
