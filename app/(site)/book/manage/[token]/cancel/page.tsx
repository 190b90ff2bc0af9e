import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CallTimes } from "@/components/booking/call-times";
import { CancelCallForm } from "@/components/booking/cancel-call-form";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { canChangeOnline, getBookingByTokenHash } from "@/db/queries/bookings";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { cancelCall } from "../../../actions";

export const metadata: Metadata = {
  title: "Cancel your discovery call",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = { params: Promise<{ token: string }> };

export default async function CancelBookingPage({ params }: Props) {
  await connection();
  const { token } = await params;
  if (!isWellFormedToken(token)) notFound();
  const booking = await getBookingByTokenHash(hashManageToken(token));
  if (!booking) notFound();
  const manageHref = `/book/manage/${token}`;

  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <PageTitle>Cancel your discovery call?</PageTitle>
      <p className="mt-4 text-ink-muted">
        Reference <strong className="font-mono text-ink">{booking.reference}</strong>, 30 minutes with{" "}
        {booking.expert.name}, {booking.expert.title}.
      </p>
      <div className="mt-6">
        <CallTimes
          start={booking.startsAt.getTime()}
          visitorTimeZone={booking.visitorTimeZone}
          expertName={booking.expert.name}
          expertTimeZone={booking.expert.timeZone}
        />
      </div>
      {canChangeOnline(booking) ? (
        <div className="mt-8">
          <CancelCallForm
            action={cancelCall}
            fields={{ token }}
            reasonHint={`We pass it on to ${booking.expert.name}.`}
            submitLabel="Yes, cancel my call"
            keepHref={manageHref}
            keepLabel="Keep my call"
          />
        </div>
      ) : (
        <p className="mt-8 rounded-lg bg-accent-100 p-4 text-sm text-accent-700">
          {booking.status === "confirmed"
            ? "Calls can no longer be changed online less than 2 hours before they start. Please reply to your confirmation email if something has come up."
            : "This call can no longer be cancelled."}{" "}
          <TextLink variant="inherit" href={manageHref} className="font-semibold">
            Back to your call
          </TextLink>
        </p>
      )}
    </Container>
  );
}
