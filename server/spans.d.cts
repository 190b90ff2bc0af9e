import type { Attributes, Tracer } from "@opentelemetry/api";

export function setTracer(tracing: { api: typeof import("@opentelemetry/api"); tracer: Tracer }): void;
/** Whether spans are being made (OTEL_EXPORTER_OTLP_ENDPOINT is set). */
export function tracingOn(): boolean;
/** Runs `work` inside a span when tracing is on; otherwise only runs it. */
export function inSpan<T>(name: string, options: { attributes: Attributes; kind?: "client" }, work: () => T): T;
/** Runs `work` with no span made inside it. */
export function untraced<T>(work: () => T): T;
