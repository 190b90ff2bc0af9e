// autocannon ships no types; these are the parts the bench uses (autocannon 8).
declare module "autocannon" {
  type Histogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p99: number;
  };
  export type Request = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    requests?: Request[];
    headers?: Record<string, string>;
    timeout?: number;
  };
  export type Result = {
    requests: Histogram;
    latency: Histogram;
    throughput: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  };
  type Run = Promise<Result> & {
    on(event: "response", listener: (client: unknown, status: number, bytes: number, latencyMs: number) => void): Run;
    on(event: "reqError", listener: (error: Error) => void): Run;
  };
  export default function autocannon(options: Options): Run;
}
