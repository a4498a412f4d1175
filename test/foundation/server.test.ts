import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { createRouter } from "../../src/lib/openapi.js";
import { createLogger } from "../../src/lib/logger.js";
import { startServer } from "../../src/main.js";

const dir = mkdtempSync(join(tmpdir(), "oversight-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the real HTTP server", () => {
  it("serves /health over loopback on an embedded file database it creates", async () => {
    const config = loadConfig({ PORT: "0", DATABASE_URL: `file:${join(dir, "nested", "folder", "oversight.db")}`, LOG_LEVEL: "silent" });
    const running = await startServer(config);
    try {
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${running.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: "ok", database: "ok" });
      const bad = await fetch(`${running.url}/nope`);
      expect(bad.status).toBe(404);
      expect(bad.headers.get("content-type")).toBe("application/problem+json");
    } finally {
      await running.stop();
    }
  });

  it("finishes in-flight requests on shutdown, then refuses new connections", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow = createRouter().get("/probe/slow", async (c) => {
      await gate;
      return c.json({ done: true });
    });
    const config = loadConfig({ PORT: "0", DATABASE_URL: `file:${join(dir, "graceful.db")}`, LOG_LEVEL: "silent" });
    const running = await startServer(config, { routers: [slow], log: createLogger("silent") });
    const inflight = fetch(`${running.url}/probe/slow`).then((r) => r.json());
    await new Promise((r) => setTimeout(r, 50));
    const stopped = running.stop();
    release();
    expect(await inflight).toEqual({ done: true });
    await stopped;
    await expect(fetch(`${running.url}/health`)).rejects.toThrow();
  });
});
