/**
 * A pool of render workers (one per core by default) with an in-process
 * fallback: `render` resolves each document's bytes; callers keep order by
 * awaiting the promises in the order they asked.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { DocumentFormat } from "./documents.service.js";

export type RenderFn = (template: string, data: unknown, format: DocumentFormat) => Promise<Uint8Array>;
export type RenderPool = { render: RenderFn; size: number; close(): Promise<void> };

/**
 * A worker running the entry next to this module: the compiled `.js` in dist/;
 * from source (tsx, vitest) the `.ts`, loaded through tsx's loader, registered
 * inside the worker because `--import` does not reach worker threads.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./render-worker.js", import.meta.url));
  // The ESM build of tsx's API (its package "exports" map: "./esm/api" → dist/esm/api/index.mjs).
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist", "esm", "api", "index.mjs")).href;
  const entry = new URL("./render-worker.ts", import.meta.url).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}

/**
 * @example
 * const pool = createRenderPool();
 * const bytes = await pool.render("sharing-justification-letter", data, "docx");
 * await pool.close();
 */
export function createRenderPool(size = Math.max(1, availableParallelism())): RenderPool {
  const workers = Array.from({ length: size }, startWorker);
  const pending = new Map<number, { resolve: (b: Uint8Array) => void; reject: (e: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let next = 0;
  for (const w of workers) {
    w.on("message", (m: { id: number; bytes?: Uint8Array; error?: string }) => {
      load.set(w, load.get(w)! - 1);
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.error !== undefined) p?.reject(new Error(m.error));
      else p?.resolve(m.bytes!);
    });
    w.on("error", (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  }
  return {
    size,
    render(template, data, format) {
      const id = next++;
      // The least-loaded worker takes the job.
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      return new Promise<Uint8Array>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, template, data, format });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
