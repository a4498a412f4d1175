/**
 * Child process for the HTTP benchmark: the full Oversight app (seeded embedded
 * database, every middleware) and a bare Hono app that returns the same bytes,
 * each on its own loopback port. Running them outside the load generator's
 * process keeps autocannon from competing with the server for one event loop.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "@hono/node-server";
import { Hono } from "hono";
import { loadConfig } from "../../src/config.js";
import { startServer } from "../../src/main.js";

const paths = JSON.parse(process.argv[2] ?? "[]") as string[];
const dir = mkdtempSync(join(tmpdir(), "oversight-bench-"));
const full = await startServer(loadConfig({ PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: `file:${join(dir, "bench.db")}` }));

// Capture the exact bytes the full app sends so the baseline does no less work than it must.
const bodies = new Map<string, { body: string; type: string }>();
for (const p of paths) {
  const res = await fetch(full.url + p);
  bodies.set(p, { body: await res.text(), type: res.headers.get("content-type") ?? "application/json" });
}
const bare = new Hono();
for (const [p, { body, type }] of bodies) bare.get(p, (c) => c.body(body, 200, { "content-type": type }));
const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const s = serve({ fetch: bare.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s));
});
const address = bareServer.address();
const barePort = typeof address === "object" && address ? address.port : 0;
process.send!({ full: full.url, bare: `http://127.0.0.1:${barePort}`, sizes: Object.fromEntries([...bodies].map(([p, b]) => [p, Buffer.byteLength(b.body)])) });
process.on("disconnect", () => process.exit(0));
