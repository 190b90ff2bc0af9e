/**
 * What one `npm run bench` measured, as plain figures with their goals: run.ts prints them as text,
 * markdown.ts writes them into docs/performance.md. The verdicts are computed here, once for both.
 */
import type { RaceResult } from "./forms";
import type { Load } from "./load";

export const GOAL_RSS_GROWTH = 0.1;

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryBytes: number;
  os: string;
  node: string;
  next: string;
  loadAtStart: number;
  loadAtEnd: number;
};

/** A page's goals (issue #14, server.ts's PUBLIC_PAGES): `jsKb` is what it may add to a bare Next page's gzipped JavaScript. */
export type PageGoals = { htmlKb: number; ratio: number; p99Ms?: number; jsKb: number };

export type Shipped = { htmlBytes: number; jsGzipBytes: number; scripts: number };

export type PageResult = Shipped & {
  path: string;
  load: Load;
  /** The mean of the bare Next runs just before and after this page's. */
  bareRps: number;
  goals: PageGoals;
};

export type FormResults = {
  contact: {
    concurrency: number;
    seconds: number;
    sent: number;
    answered: number;
    errors: number;
    stored: number;
    p99Ms: number;
  };
  race: RaceResult;
  mixed: {
    warmupSeconds: number;
    seconds: number;
    pageRequests: number;
    pageRps: number;
    contactPosts: number;
    contactStored: number;
    errors: number;
  };
  /** The app's resident memory in MB: after start, before the mixed load's warm-up, before and after its measured part. */
  memory: { pid: number; atStart: number; beforeWarmup: number; before: number; after: number; peak: number };
};

export type BenchResults = {
  startedAt: Date;
  seconds: number;
  engine: "SQLite" | "PostgreSQL";
  machine: Machine;
  method: { connections: number; seconds: number; warmup: number };
  pages: PageResult[];
  bare: Shipped & { runs: Load[] };
  raw: { htmlBytes: number; load: Load; bareRps: number };
  /** Left out by `--only`. */
  forms?: FormResults;
};

export const kB = (bytes: number) => bytes / 1000;
/** A goal's verdict as the bench prints it. */
export const verdict = (met: boolean, miss = "MISSED") => (met ? "ok" : miss);
export const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
export const signed = (value: number, digits = 1) => `${value >= 0 ? "+" : ""}${value.toFixed(digits)}`;

/** A page's figures against its goals; `missed` names the goals it did not meet. */
export function judgePage(page: PageResult, bare: Shipped) {
  const htmlKb = kB(page.htmlBytes);
  const ratio = page.load.rps / page.bareRps;
  const jsDeltaKb = kB(page.jsGzipBytes - bare.jsGzipBytes);
  const met = {
    html: htmlKb <= page.goals.htmlKb,
    ratio: ratio >= page.goals.ratio,
    p99: page.goals.p99Ms === undefined || page.load.p99 <= page.goals.p99Ms,
    js: jsDeltaKb <= page.goals.jsKb,
  };
  const names = { html: "HTML", ratio: "× bare Next", p99: "p99", js: "JS" } as const;
  const missed = (Object.keys(met) as (keyof typeof met)[]).filter((goal) => !met[goal]).map((goal) => names[goal]);
  return { htmlKb, ratio, jsDeltaKb, met, missed };
}

export function judgeBare(bare: BenchResults["bare"]) {
  const rates = bare.runs.map((run) => run.rps);
  return {
    rps: rates.reduce((sum, rate) => sum + rate, 0) / rates.length,
    minRps: Math.min(...rates),
    maxRps: Math.max(...rates),
    worstP99: Math.max(...bare.runs.map((run) => run.p99)),
    errors: bare.runs.reduce((sum, run) => sum + run.errors, 0),
  };
}

export function judgeForms({ race, mixed, memory }: FormResults) {
  const growth = (memory.after - memory.before) / memory.before;
  return {
    raceMet: race.winners === 1 && race.refused === race.contenders - 1 && race.errors === 0 && race.stored === 1,
    growth,
    growthMet: growth <= GOAL_RSS_GROWTH,
    mixedErrorsMet: mixed.errors === 0,
  };
}
