import autocannon, { type Options } from "autocannon";

export type Load = { rps: number; p99: number; requests: number; seconds: number; errors: number; timeouts: number; non2xx: number; socketErrors: number };

/** One autocannon run; errors = socket errors + timeouts + non-2xx answers. */
export async function measureLoad(options: Options): Promise<Load> {
  const result = await autocannon(options);
  return {
    rps: result.requests.total / result.duration,
    p99: result.latency.p99,
    requests: result.requests.total,
    seconds: result.duration,
    // autocannon counts a timeout in `errors` as well.
    errors: result.errors + result.non2xx,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    socketErrors: result.errors - result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Slices of one measurement added up; p99 is the median of the slices' p99s (autocannon gives no raw latencies). */
export function combine(slices: Load[]): Load {
  const sum = (key: "requests" | "seconds" | "errors" | "timeouts" | "non2xx" | "socketErrors") => slices.reduce((total, slice) => total + slice[key], 0);
  return {
    rps: sum("requests") / sum("seconds"),
    p99: median(slices.map((slice) => slice.p99)),
    requests: sum("requests"),
    seconds: sum("seconds"),
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    non2xx: sum("non2xx"),
    socketErrors: sum("socketErrors"),
  };
}

/**
 * `target` and `baseline` measured in alternating slices (B T T B B T …) after a warm-up of the
 * target, so that drift in the machine's load (other people's builds) hits both alike.
 */
export async function measurePaired(target: Options, baseline: Options, { seconds = 10, slices = 5, warmup = 2 } = {}) {
  if (warmup > 0) await autocannon({ ...target, duration: warmup });
  const measured = { target: [] as Load[], baseline: [] as Load[] };
  const duration = seconds / slices;
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? (["baseline", "target"] as const) : (["target", "baseline"] as const);
    for (const which of order) measured[which].push(await measureLoad({ ...(which === "target" ? target : baseline), duration }));
  }
  return { target: combine(measured.target), baseline: combine(measured.baseline) };
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
