import { connection } from "next/server";
import { checkDatabase } from "@/db/queries/health";

export async function GET() {
  await connection();
  const database = await checkDatabase();
  const body = { status: database.ok ? "ok" : "unavailable", database, time: new Date().toISOString() };
  return Response.json(body, { status: database.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
