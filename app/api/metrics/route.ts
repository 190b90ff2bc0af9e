import { connection } from "next/server";
import { env } from "@/config/env";
import { bearerMatches, metricsContentType, metricsText } from "@/services/metrics";

/**
 * This instance's metrics in Prometheus's text format, for the operator's Prometheus: only with the
 * bearer token, and not there at all (404) when METRICS_TOKEN is unset.
 */
export async function GET(request: Request) {
  await connection();
  const token = env.METRICS_TOKEN;
  if (!token) return new Response("Not found", { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), token))
    return new Response("A bearer token is required.", {
      status: 401,
      headers: { "WWW-Authenticate": 'Bearer realm="metrics"', "Cache-Control": "no-store" },
    });
  return new Response(await metricsText(), {
    headers: { "Content-Type": metricsContentType, "Cache-Control": "no-store" },
  });
}
