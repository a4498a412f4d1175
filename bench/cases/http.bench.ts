/**
 * HTTP overhead: GET /health and a ~30 KB JSON read (a checklist) through the whole app
 * (request id, logging, security headers, body limit, validation, database)
 * versus a bare Hono handler returning the same bytes, with autocannon on loopback.
 */
import { fork } from "node:child_process";
import { join } from "node:path";
import autocannon from "autocannon";
import type { BenchCase, BenchRow } from "../harness.js";

const DURATION_S = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const CONNECTIONS = 10;

/** The read endpoint measured: a ~30 KB checklist with its requirements, read from the database per request. */
export const READ_PATH = "/api/checklists/ca-military-equipment";

async function load(url: string): Promise<autocannon.Result> {
  return autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, pipelining: 1 });
}

export const httpCase: BenchCase = {
  name: "http",
  description: `GET /health and GET ${READ_PATH} through the full app vs a bare Hono handler with the same bytes (${CONNECTIONS} connections, ${DURATION_S} s each). Ratio = bare req/s ÷ full req/s.`,
  async run() {
    const child = fork(join(import.meta.dirname, "http-targets.ts"), [JSON.stringify(["/health", READ_PATH])], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    const targets = await new Promise<{ full: string; bare: string; sizes: Record<string, number> }>((resolve, reject) => {
      child.once("message", (m) => resolve(m as never));
      child.once("exit", (code) => reject(new Error(`benchmark server exited with ${code}`)));
    });
    const rows: BenchRow[] = [];
    try {
      for (const path of ["/health", READ_PATH]) {
        const bare = await load(targets.bare + path);
        const full = await load(targets.full + path);
        for (const [who, r] of [["bare hono", bare], ["oversight", full]] as const) {
          rows.push({ path, bytes: targets.sizes[path] ?? 0, server: who, "req/s": Math.round(r.requests.average), "p50 ms": r.latency.p50, "p99 ms": r.latency.p99, errors: r.errors + r.non2xx, ratio: who === "bare hono" ? "" : (bare.requests.average / full.requests.average).toFixed(2) });
        }
      }
    } finally {
      child.disconnect();
      child.kill();
    }
    return rows;
  },
};
