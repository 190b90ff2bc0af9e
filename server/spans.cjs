"use strict";
/**
 * The app's own spans (database statements, jobs). They exist only once tracing is on
 * (services/tracing.ts, when OTEL_EXPORTER_OTLP_ENDPOINT is set, gives the tracer); until then
 * `inSpan` only runs its work and nothing of OpenTelemetry is loaded. The tracer is kept on
 * globalThis, like the logger: Next loads this module once per bundle (instrumentation, each route),
 * and every copy must see the one tracer.
 */
const KEY = Symbol.for("bedrock.spans");
/** Marks a context in which `inSpan` makes no span (a context key is any symbol). */
const UNTRACED = Symbol.for("bedrock.spans.untraced");

exports.setTracer = (tracing) => {
  globalThis[KEY] = tracing;
};

exports.tracingOn = () => globalThis[KEY] !== undefined;

/**
 * Runs `work` inside a span; a promise's span ends when it settles. A failure marks the span with
 * the error's kind only: a message may quote personal data (an SMTP refusal names its recipient).
 */
exports.inSpan = (name, { attributes, kind }, work) => {
  const tracing = globalThis[KEY];
  if (!tracing || tracing.api.context.active().getValue(UNTRACED)) return work();
  const { api, tracer } = tracing;
  const options = { attributes, kind: kind === "client" ? api.SpanKind.CLIENT : api.SpanKind.INTERNAL };
  return tracer.startActiveSpan(name, options, (span) => {
    const fail = (error) => {
      span.setStatus({ code: api.SpanStatusCode.ERROR });
      span.setAttribute("error.type", error instanceof Error ? error.name : typeof error);
      span.end();
      throw error;
    };
    let result;
    try {
      result = work();
    } catch (error) {
      fail(error);
    }
    if (result instanceof Promise)
      return result.then((value) => {
        span.end();
        return value;
      }, fail);
    span.end();
    return result;
  });
};

/** Runs `work` with no span made inside it (the SQLite job queue's look, every half second, is not worth one). */
exports.untraced = (work) => {
  const tracing = globalThis[KEY];
  if (!tracing) return work();
  const { context } = tracing.api;
  return context.with(context.active().setValue(UNTRACED, true), work);
};
