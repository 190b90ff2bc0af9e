import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Container } from "@/components/ui/container";
import { getBookingByTokenHash } from "@/db/queries/bookings";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { AddToCalendar } from "./add-to-calendar";
import { CallSummary } from "./call-summary";
import { CancelledCall } from "./cancelled-call";
import { ChangeCall } from "./change-call";
import { ManageNotices } from "./manage-notices";

// The token in the URL is a secret: keep the page out of indexes and out of Referer headers.
export const metadata: Metadata = {
  title: "Your discovery call",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ManageBookingPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const query = await searchParams;
  if (!isWellFormedToken(token)) notFound();
  const booking = await getBookingByTokenHash(hashManageToken(token));
  if (!booking) notFound();

  // Confirmed, cancelled, or over (held or missed): what follows the summary depends on which.
  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <ManageNotices query={query} />
      <CallSummary booking={booking} />
      {booking.status === "confirmed" ? (
        <>
          <ChangeCall booking={booking} token={token} />
          <AddToCalendar booking={booking} token={token} />
        </>
      ) : null}
      {booking.status === "cancelled" ? <CancelledCall token={token} reason={booking.cancelReason} /> : null}
    </Container>
  );
}
