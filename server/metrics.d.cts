import type { Counter, Gauge, Histogram, Registry } from "prom-client";

export const registry: Registry;
export const httpDuration: Histogram<"method" | "route" | "status">;
export function metric<Label extends string>(
  kind: "counter",
  name: string,
  help: string,
  labelNames?: readonly Label[],
): Counter<Label>;
export function metric<Label extends string>(
  kind: "gauge",
  name: string,
  help: string,
  labelNames?: readonly Label[],
  extra?: { collect?: (this: Gauge<Label>) => void | Promise<void> },
): Gauge<Label>;
