import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CallTimes } from "@/components/booking/call-times";
import { ManageActionForm } from "@/components/booking/manage-forms";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getBookingByTokenHash, getExpertForSlot } from "@/db/queries/bookings";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { formatDateTime } from "@/domain/slots";
import { slotSchema } from "@/domain/validation/booking";
import { rescheduleCall } from "../../../actions";

export const metadata: Metadata = {
  title: "Move your discovery call",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function MoveBookingPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const query = await searchParams;
  if (!isWellFormedToken(token)) notFound();
  const booking = await getBookingByTokenHash(hashManageToken(token));
  const slot = slotSchema.safeParse({ expert: query.expert, start: query.start });
  if (!booking || !slot.success) notFound();
  const expert = await getExpertForSlot(slot.data.expert);
  if (!expert) notFound();
  const timeZone = booking.visitorTimeZone;

  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <PageTitle>Move your discovery call</PageTitle>
      <p className="mt-4 text-ink-muted">
        From <strong className="text-ink">{formatDateTime(booking.startsAt.getTime(), timeZone)}</strong> to the new
        time below, with <strong className="text-ink">{expert.name}</strong>
        {expert.id === booking.expert.id ? null : ` instead of ${booking.expert.name}`}.
      </p>
      <div className="mt-6">
        <CallTimes
          start={slot.data.start}
          visitorTimeZone={timeZone}
          expertName={expert.name}
          expertTimeZone={expert.timeZone}
        />
      </div>
      <div className="mt-8 flex flex-wrap items-start gap-6">
        <ManageActionForm
          action={rescheduleCall}
          fields={{ token, expert: String(slot.data.expert), start: String(slot.data.start), tz: timeZone }}
          label="Move my call"
          pendingLabel="Moving…"
        />
        <TextLink href={`/book/manage/${token}`} className="inline-flex min-h-11 items-center">
          Keep the current time
        </TextLink>
      </div>
    </Container>
  );
}
