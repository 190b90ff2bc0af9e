import { exportCandidateData } from "@/db/queries/candidates";
import { getCurrentUser } from "@/services/session";

export async function GET() {
  const user = await getCurrentUser();
  if (user?.role !== "candidate") return new Response("Not found", { status: 404 });
  const data = await exportCandidateData(user);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": 'attachment; filename="bedrock-talent-my-data.json"',
      "Cache-Control": "private, no-store",
    },
  });
}
