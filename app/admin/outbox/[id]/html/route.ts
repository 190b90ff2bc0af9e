import { siteUrl } from "@/config/site";
import { getOutboxEmail } from "@/db/queries/outbox";
import { parseRecordId } from "@/domain/record-id";
import { renderEmail } from "@/emails/render";
import { requireStaff } from "@/services/session";

/** The HTML part of a stored email, for the preview frame on its page (headers: domain/security-headers.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await requireStaff();
  const { id } = await params;
  const emailId = parseRecordId(id);
  const email = emailId ? await getOutboxEmail(user, emailId) : null;
  if (!email?.message) return new Response("Not found", { status: 404 });
  const { html } = await renderEmail(email.message, siteUrl.origin);
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
