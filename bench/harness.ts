/**
 * The benchmark harness behind `npm run bench`. Each case measures Oversight
 * and a baseline in the same run on the same machine and reports the ratio, so
 * the numbers mean something on any hardware. Cases are registered in
 * `bench/run.ts`; `npm run bench -- <filter>` runs the ones whose name matches.
 */
export type BenchRow = Record<string, string | number>;

export type BenchCase = {
  name: string;
  /** What the case measures and the target it is held to. */
  description: string;
  run(): Promise<BenchRow[]>;
};

/** Median and percentiles of a list of samples (milliseconds). */
export function summarize(samples: number[]): { n: number; median: number; p99: number; mean: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  return {
    n: sorted.length,
    median: at(0.5),
    p99: at(0.99),
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/** Times `fn` `n` times after `warmup` untimed runs; returns per-run milliseconds. */
export async function timeRuns(n: number, fn: (i: number) => unknown, warmup = Math.min(20, n)): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    samples.push(performance.now() - t);
  }
  return samples;
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n) || Number.isInteger(n)) return String(n);
  return n >= 100 ? n.toFixed(0) : n.toFixed(digits);
}

/** Prints rows as an aligned table. */
export function printTable(rows: BenchRow[]): void {
  if (rows.length === 0) return;
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cell = (v: unknown) => (typeof v === "number" ? fmt(v) : String(v ?? ""));
  const widths = cols.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join("  ");
  console.log(line(cols));
  console.log(line(widths.map((w) => "-".repeat(w))));
  for (const r of rows) console.log(line(cols.map((c) => cell(r[c]))));
}
