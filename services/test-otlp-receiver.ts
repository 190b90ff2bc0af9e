/**
 * An OpenTelemetry collector's OTLP/HTTP endpoint for the tests (services/tracing.test.ts,
 * e2e/traces.spec.ts; the app never imports it): it keeps every payload POSTed to /v1/traces, as
 * received (JSON, with OTEL_EXPORTER_OTLP_PROTOCOL=http/json).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export async function startOtlpReceiver() {
  const payloads: string[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk: string) => (body += chunk));
    request.on("end", () => {
      if (request.method !== "POST" || request.url !== "/v1/traces") return void response.writeHead(404).end();
      payloads.push(body);
      response.writeHead(200, { "Content-Type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    payloads,
    close: () => new Promise((closed) => server.close(closed)),
  };
}
