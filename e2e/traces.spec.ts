import { expect, test } from "@playwright/test";
import { startOtlpReceiver } from "../services/test-otlp-receiver";
import { extraPort, freshDatabase, killStartedServers, startProductionServer } from "./production-server";
import { postContactRequest, readContactForm } from "./support/contact-post";

test.afterAll(killStartedServers);

type Value = { stringValue?: string; intValue?: number | string; boolValue?: boolean };
type Span = {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes?: { key: string; value: Value }[];
};
type Payload = {
  resourceSpans: { resource?: { attributes?: { key: string; value: Value }[] }; scopeSpans: { spans: Span[] }[] }[];
};

const attribute = (span: Span, key: string) => {
  const value = span.attributes?.find((entry) => entry.key === key)?.value;
  return value?.stringValue ?? value?.intValue ?? value?.boolValue;
};

test("with OTEL_EXPORTER_OTLP_ENDPOINT set, a production server exports its requests, server actions, statements and jobs as spans, without their parameters", async () => {
  test.setTimeout(90_000);
  const receiver = await startOtlpReceiver();
  const database = freshDatabase("traces");
  const server = await startProductionServer(database.file, extraPort(12), "next", {
    OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    // Nothing is sent on a timer during the test: the spans arrive because the stop flushes them.
    OTEL_BSP_SCHEDULE_DELAY: "600000",
    LOG_LEVEL: "info",
  });
  try {
    // The page (readContactForm reads it), then the form as a browser without JavaScript sends it: a
    // server action, which stores the request and queues its receipt's delivery.
    const email = `traced-${Date.now()}@company.example`;
    const hidden = await readContactForm(server.origin);
    const posted = await postContactRequest(server.origin, hidden, database.secret, { ip: "10.8.0.1", email });
    expect(posted.status).toBe(200);
    const { requestId } = posted;
    // The receipt's delivery has run once its line is written (services/jobs/runner.ts).
    await expect.poll(() => server.output()).toMatch(new RegExp(`"requestId":"${requestId}"[^\\n]*"job done"`));

    process.kill(server.pid, "SIGTERM");
    expect(await server.exited).toEqual({ code: 143, signal: null });
    expect(receiver.payloads.length).toBeGreaterThan(0);

    const received = receiver.payloads.map((body) => JSON.parse(body) as Payload);
    const resources = received.flatMap((payload) => payload.resourceSpans);
    expect(resources[0]?.resource?.attributes).toContainEqual({
      key: "service.name",
      value: { stringValue: "bedrock-talent" },
    });
    const spans = resources.flatMap((resource) => resource.scopeSpans.flatMap((scope) => scope.spans));
    const named = (name: string) => spans.filter((span) => span.name === name);

    // Next's spans: the page, and the server action's POST to it.
    expect(named("GET /contact").map((span) => attribute(span, "http.method"))).toContain("GET");
    const action = named("POST /contact").find((span) => Number(attribute(span, "http.status_code")) === 200);
    expect(action, `spans received: ${[...new Set(spans.map((span) => span.name))].join(", ")}`).toBeDefined();
    expect(attribute(action as Span, "next.span_type")).toBe("BaseServer.handleRequest");

    // The action's own statements, inside its trace: the request's insert, by its text alone.
    const inAction = spans.filter((span) => span.traceId === action?.traceId);
    const insert = inAction.find(
      (span) => span.name === "INSERT" && String(attribute(span, "db.statement")).includes('"contact_requests"'),
    );
    expect(insert).toBeDefined();
    expect(attribute(insert as Span, "db.system")).toBe("sqlite");
    expect(String(attribute(insert as Span, "db.statement"))).toMatch(/ values \([^)]*\?/);

    // The receipt's delivery job, with the id of the request that queued it, and its statements inside it.
    const job = named("job deliver-email").find((span) => attribute(span, "request.id") === requestId);
    expect(job).toBeDefined();
    expect(Number(attribute(job as Span, "job.attempt"))).toBe(1);
    expect(attribute(job as Span, "job.id")).toEqual(expect.any(String));
    expect(spans.some((span) => span.parentSpanId === job?.spanId && attribute(span, "db.system") === "sqlite")).toBe(
      true,
    );

    // No parameter reached a span: neither the address nor the message sent.
    for (const body of receiver.payloads) {
      expect(body).not.toContain(email);
      expect(body).not.toContain("event-sourced ledger");
    }
  } finally {
    killStartedServers();
    await receiver.close();
    database.remove();
  }
});
