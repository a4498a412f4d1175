import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/config.js";

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8787, host: "127.0.0.1", databaseUrl: "file:data/oversight.db", logLevel: "info" });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it.each([
    [{ PORT: "9000" }, { port: 9000 }],
    [{ PORT: "0" }, { port: 0 }],
    [{ HOST: "0.0.0.0" }, { host: "0.0.0.0" }],
    [{ DATABASE_URL: "libsql://oversight.example.turso.io", DATABASE_AUTH_TOKEN: "t0k" }, { databaseUrl: "libsql://oversight.example.turso.io", databaseAuthToken: "t0k" }],
    [{ DATABASE_URL: "http://127.0.0.1:8080" }, { databaseUrl: "http://127.0.0.1:8080" }],
    [{ LOG_LEVEL: "debug" }, { logLevel: "debug" }],
    [{ PORT: "" }, { port: 8787 }],
  ])("reads %j", (env, expected) => {
    expect(loadConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ PORT: "abc" }, /^Invalid configuration: PORT .*"abc"/],
    [{ PORT: "70000" }, /^Invalid configuration: PORT must be between 0 and 65535/],
    [{ PORT: "80.5" }, /^Invalid configuration: PORT must be a whole number/],
    [{ DATABASE_URL: "postgres://x" }, /^Invalid configuration: DATABASE_URL must be ":memory:" or start with "file:"/],
    [{ LOG_LEVEL: "loud" }, /^Invalid configuration: LOG_LEVEL /],
    [{ BODY_LIMIT: "-1" }, /^Invalid configuration: BODY_LIMIT /],
  ])("rejects %j with one line naming the variable", (env, message) => {
    let error: unknown;
    try {
      loadConfig(env);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("\n");
  });

  it("never echoes the auth token in an error", () => {
    expect(() => loadConfig({ DATABASE_URL: "nope", DATABASE_AUTH_TOKEN: "s3cret" })).toThrow(/DATABASE_URL/);
    try {
      loadConfig({ DATABASE_URL: "nope", DATABASE_AUTH_TOKEN: "s3cret" });
    } catch (err) {
      expect((err as Error).message).not.toContain("s3cret");
    }
  });
});
