import { connection } from "next/server";
import { checkReadiness } from "@/db/queries/health";
import { isDraining } from "@/server/draining.cjs";

/**
 * Readiness, for a balancer or an orchestrator: 200 when this instance should get traffic, 503 when
 * it is stopping (draining, answered without touching the database) or a check fails. /api/health
 * stays the liveness check: the process answers and the database with it.
 */
export async function GET() {
  await connection();
  const headers = { "Cache-Control": "no-store" };
  if (isDraining()) return Response.json({ status: "draining" }, { status: 503, headers });
  const { ready, checks } = await checkReadiness();
  return Response.json({ status: ready ? "ready" : "unavailable", checks }, { status: ready ? 200 : 503, headers });
}
