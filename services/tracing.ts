import { env } from "@/config/env";
import { setTracer } from "@/server/spans.cjs";

const STARTED = Symbol.for("bedrock.tracing");

/**
 * With OTEL_EXPORTER_OTLP_ENDPOINT set: registers the tracer provider (@vercel/otel's, which exports
 * over OTLP/HTTP and reads the standard OTEL_* variables) for Next's own spans (requests, rendering,
 * route handlers, server actions) and the app's (database statements, jobs: server/spans.cjs).
 * Returns what sends the spans not yet exported and stops the provider (it never fails); unset, it
 * loads nothing and returns undefined. Once per process (the web server, `npm run worker`): a second
 * call (`next dev` loading instrumentation.ts again) returns undefined too.
 */
export async function startTracing(): Promise<(() => Promise<void>) | undefined> {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  const started = globalThis as { [STARTED]?: true };
  if (started[STARTED]) return undefined;
  started[STARTED] = true;
  const [{ registerOTel }, api] = await Promise.all([import("@vercel/otel"), import("@opentelemetry/api")]);
  registerOTel({ serviceName: env.OTEL_SERVICE_NAME });
  setTracer({ api, tracer: api.trace.getTracer(env.OTEL_SERVICE_NAME) });
  // The global provider is a proxy in front of the one just registered, which holds the batch.
  const provider = (api.trace.getTracerProvider() as { getDelegate?: () => unknown }).getDelegate?.() as
    | { shutdown?: () => Promise<void> }
    | undefined;
  // A collector that does not answer holds a stop at most 5 s.
  return () =>
    Promise.race([provider?.shutdown?.(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]).then(
      () => undefined,
      () => undefined,
    );
}

/**
 * `next start` ends with process.exit() once its last requests are answered, and an exit handler
 * cannot wait: the spans of those requests, still in the exporter's batch, are sent first.
 */
export function sendSpansBeforeExit(flushSpans: () => Promise<void>) {
  const exit = process.exit.bind(process);
  let exiting = false;
  process.exit = ((code?: number) => {
    if (exiting) return exit(code);
    exiting = true;
    void flushSpans().then(() => exit(code));
  }) as typeof process.exit;
}
