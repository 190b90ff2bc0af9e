import { calendarFeedFile } from "@/services/calendar-feed";

/** Never indexed, never kept by a shared cache, and no address of the feed sent on as a referrer. */
const privateHeaders = { "X-Robots-Tag": "noindex", "Referrer-Policy": "no-referrer" };

/**
 * A person's private calendar feed (`/api/calendar/<token>.ics`), read afresh on every request: a
 * calendar sees a new, moved or cancelled meeting at its next fetch. A malformed, unknown or revoked
 * link gets the same plain 404. No rate limit: the token has 256 bits, and calendars poll.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ feed: string }> }) {
  const { feed } = await params;
  const body = feed.endsWith(".ics") ? await calendarFeedFile(feed.slice(0, -".ics".length)) : null;
  if (body === null)
    return new Response("Not found", {
      status: 404,
      headers: { ...privateHeaders, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  return new Response(body, {
    headers: {
      ...privateHeaders,
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="bedrock-talent.ics"',
      "Cache-Control": "private, max-age=300",
    },
  });
}
