/** The steps of a request's story the overview counts, in order. */
export const FUNNEL_STEPS = ["request", "call", "shortlist", "interview", "hire"] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const funnelStepLabels: Record<FunnelStep, string> = {
  request: "Request received",
  call: "Discovery call booked",
  shortlist: "Shortlist sent",
  interview: "Interview booked",
  hire: "Hired",
};

export type FunnelRow = {
  step: FunnelStep;
  /** Requests of the cohort that reached the step. */
  count: number;
  /** Share of the previous step's count, 0–1 (null for the first step, or when the previous step has none). */
  rate: number | null;
  /** Median days from the previous step to this one, over the requests that reached both. */
  medianDays: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return Math.round((value / DAY_MS) * 10) / 10;
}

/**
 * The funnel of a cohort of `received` requests: `reached` holds, per step after "request", when each
 * request first reached it and when the request came in (request id → epoch ms of each).
 */
export function hiringFunnel(
  received: number,
  reached: Record<Exclude<FunnelStep, "request">, Map<number, { at: number; receivedAt: number }>>,
): FunnelRow[] {
  const rows: FunnelRow[] = [{ step: "request", count: received, rate: null, medianDays: null }];
  let previous: { count: number; at: (id: number, receivedAt: number) => number | undefined } = {
    count: received,
    at: (_id, receivedAt) => receivedAt,
  };
  for (const step of FUNNEL_STEPS.slice(1) as Exclude<FunnelStep, "request">[]) {
    const times = reached[step];
    const before = previous;
    const gaps = [...times].flatMap(([id, { at, receivedAt }]) => {
      const earlier = before.at(id, receivedAt);
      return earlier === undefined ? [] : [Math.max(0, at - earlier)];
    });
    rows.push({
      step,
      count: times.size,
      rate: before.count ? times.size / before.count : null,
      medianDays: median(gaps),
    });
    previous = { count: times.size, at: (id) => times.get(id)?.at };
  }
  return rows;
}
