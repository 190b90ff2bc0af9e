import { getBookingByTokenHash } from "@/db/queries/bookings";
import { buildIcs } from "@/domain/calendar";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { calendarCall } from "@/services/booking-emails";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const booking = isWellFormedToken(token) ? await getBookingByTokenHash(hashManageToken(token)) : null;
  if (!booking || (booking.status !== "confirmed" && booking.status !== "cancelled"))
    return new Response("Not found", { status: 404 });
  // A cancelled call answers with its cancellation, so a calendar that subscribed or re-imports removes it.
  const method = booking.status === "cancelled" ? "CANCEL" : "REQUEST";
  return new Response(buildIcs(calendarCall(booking, token), method), {
    headers: {
      "Content-Type": `text/calendar; charset=utf-8; method=${method}`,
      "Content-Disposition": `attachment; filename="discovery-call-${booking.reference}.ics"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
