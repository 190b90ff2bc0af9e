/**
 * Traces on the engine under test: with OTEL_EXPORTER_OTLP_ENDPOINT set, a job (an email's delivery,
 * as `npm run worker` or the SQLite runner runs it) and the statements it runs reach a real OTLP/HTTP
 * endpoint started here, without a statement's parameters. e2e/traces.spec.ts follows a request.
 */
import { afterAll, expect, it, vi } from "vitest";
import { closeAppDatabase, openFreshDatabase } from "@/db/test-database";
import { startOtlpReceiver } from "./test-otlp-receiver";
import { startSmtpSink } from "./test-smtp-sink";

type Span = {
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: { stringValue?: string } }[];
};

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await closeAppDatabase();
  vi.unstubAllEnvs();
});

it("exports a job's span and its statements' spans, with the SQL text and never its parameters", async () => {
  const receiver = await startOtlpReceiver();
  const sink = await startSmtpSink();
  cleanups.push(receiver.close, sink.close);
  vi.stubEnv("OTEL_EXPORTER_OTLP_ENDPOINT", receiver.endpoint);
  vi.stubEnv("OTEL_EXPORTER_OTLP_PROTOCOL", "http/json");
  vi.stubEnv("SMTP_URL", sink.url);
  await openFreshDatabase("tracing", { seed: false });
  const { startTracing } = await import("./tracing");
  const flush = await startTracing();
  expect(flush).toBeTypeOf("function");

  const address = "traced-unit@example.com";
  const { enqueueEmail } = await import("@/db/queries/outbox");
  await enqueueEmail({
    kind: "test",
    to: address,
    subject: "Traced",
    message: { preview: "", paragraphs: ["Hello."] },
  });
  const { runJobsOnce } = await import("./jobs/runner");
  await runJobsOnce();
  expect(sink.received).toEqual([address]);
  await flush?.();

  const spans = receiver.payloads.flatMap((payload) =>
    (JSON.parse(payload) as { resourceSpans: { scopeSpans: { spans: Span[] }[] }[] }).resourceSpans.flatMap(
      (resource) => resource.scopeSpans.flatMap((scope) => scope.spans),
    ),
  );
  const attribute = (span: Span, key: string) => span.attributes?.find((entry) => entry.key === key)?.value.stringValue;
  const job = spans.find((span) => span.name === "job deliver-email");
  expect(job && attribute(job, "job.task")).toBe("deliver-email");
  const statements = spans.filter((span) => span.parentSpanId === job?.spanId && attribute(span, "db.statement"));
  const system = process.env.TEST_POSTGRES_URL ? "postgresql" : "sqlite";
  expect(statements.map((span) => attribute(span, "db.system"))).toContain(system);
  // The delivery marks its email sent: the statement is there, its values are not.
  expect(statements.some((span) => /update "outbox"/i.test(attribute(span, "db.statement") ?? ""))).toBe(true);
  expect(receiver.payloads.join("\n")).not.toContain(address);
}, 60_000);
