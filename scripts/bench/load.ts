import autocannon, { type Options } from "autocannon";

export type Load = { rps: number; p99: number; requests: number; errors: number; timeouts: number; non2xx: number; socketErrors: number };

/** autocannon for `seconds` after a short unrecorded warm-up; errors = socket errors + timeouts + non-2xx. */
export async function measureLoad(options: Options & { warmup?: number }): Promise<Load> {
  const { warmup = 2, ...rest } = options;
  if (warmup > 0) await autocannon({ ...rest, duration: warmup });
  const result = await autocannon(rest);
  return {
    rps: result.requests.average,
    p99: result.latency.p99,
    requests: result.requests.total,
    // autocannon counts a timeout in `errors` as well.
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
  };
}

/** Runs `task` from `concurrency` loops until `seconds` have passed; returns how many ran and their latencies. */
export async function loop(seconds: number, concurrency: number, task: () => Promise<void>) {
  const end = Date.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        await task();
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies;
}

export function percentile(values: number[], p: number) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
