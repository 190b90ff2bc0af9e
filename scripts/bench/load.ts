import autocannon, { type Options } from "autocannon";

export type Load = {
  rps: number;
  p99: number;
  requests: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  socketErrors: number;
};

/**
 * One autocannon run of `warmup + seconds`, its connections kept open throughout; only what
 * happens after the warm-up counts. (Separate short runs would count a slow page low: each run
 * starts with every connection waiting for its first answer.) Latencies are exact, per response.
 */
export async function measureLoad({
  warmup = 0,
  seconds,
  ...options
}: Options & { warmup?: number; seconds: number }): Promise<Load> {
  const run = autocannon({ ...options, duration: warmup + seconds });
  const countFrom = Date.now() + warmup * 1000;
  const latencies: number[] = [];
  let non2xx = 0;
  let timeouts = 0;
  let socketErrors = 0;
  // `on` returns the run itself, which is also a promise (awaited below): nothing floats here.
  void run.on("response", (_client, status, _bytes, latency) => {
    if (Date.now() < countFrom) return;
    latencies.push(latency);
    if (Number(status) < 200 || Number(status) > 299) non2xx++;
  });
  void run.on("reqError", (error) => {
    if (Date.now() < countFrom) return;
    if (error.message === "request timed out") timeouts++;
    else socketErrors++;
  });
  await run;
  return {
    rps: latencies.length / seconds,
    p99: percentile(latencies, 99),
    requests: latencies.length,
    errors: non2xx + timeouts + socketErrors,
    timeouts,
    non2xx,
    socketErrors,
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
