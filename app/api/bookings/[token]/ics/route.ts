import { getBookingByTokenHash } from "@/db/queries/bookings";
import { calendarCall } from "@/lib/booking-emails";
import { buildIcs } from "@/lib/calendar";
import { hashManageToken, isWellFormedToken } from "@/lib/manage-token";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const booking = isWellFormedToken(token) ? await getBookingByTokenHash(hashManageToken(token)) : null;
  if (!booking || booking.status !== "confirmed") return new Response("Not found", { status: 404 });
  return new Response(buildIcs(calendarCall(booking, token)), {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="discovery-call-${booking.reference}.ics"`,
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
