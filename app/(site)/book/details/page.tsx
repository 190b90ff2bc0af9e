import type { Metadata } from "next";
import { connection } from "next/server";
import { CallTimes } from "@/components/booking/call-times";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getExpertForSlot, isOpenSlot, listOpenSlots } from "@/db/queries/bookings";
import { formatDateTime, nearestSlots } from "@/domain/slots";
import { parseTimeZone } from "@/domain/time-zones";
import { slotSchema } from "@/domain/validation/booking";
import { bookingHref } from "@/services/slot-links";
import { BookingForm } from "./booking-form";

export const metadata: Metadata = { title: "Confirm your discovery call", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookingDetailsPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const timeZone = parseTimeZone(params.tz);
  const slot = slotSchema.safeParse({ expert: params.expert, start: params.start });
  const expert = slot.success ? await getExpertForSlot(slot.data.expert) : null;
  const open = slot.success && expert ? await isOpenSlot(slot.data.expert, slot.data.start) : false;

  if (!slot.success || !expert || !open) {
    const alternatives = slot.success ? nearestSlots(await listOpenSlots(), slot.data.start, 6) : [];
    return (
      <Container className="max-w-3xl py-14 sm:py-20">
        <PageTitle>That time is no longer available</PageTitle>
        <p className="mt-4 text-ink-muted">Someone may have just booked it, or the link is out of date.</p>
        {alternatives.length > 0 ? (
          <>
            <h2 className="mt-8 text-lg font-semibold">The nearest free times</h2>
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {alternatives.map((alt) => (
                <li key={`${alt.expertId}:${alt.start}`}>
                  <TextLink href={bookingHref(alt, timeZone)}>{formatDateTime(alt.start, timeZone)}</TextLink>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <TextLink href={`/book?tz=${encodeURIComponent(timeZone)}`} className="mt-8 inline-block">
          See all free times
        </TextLink>
      </Container>
    );
  }

  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <p className="text-sm font-semibold text-brand-700">Step 2 of 2</p>
      <PageTitle className="mt-2">Confirm your discovery call</PageTitle>
      <p className="mt-4 text-ink-muted">
        30 minutes with {expert.name}, {expert.title}.{" "}
        <TextLink href={`/book?tz=${encodeURIComponent(timeZone)}`}>Choose another time</TextLink>
      </p>
      <div className="mt-6">
        <CallTimes
          start={slot.data.start}
          visitorTimeZone={timeZone}
          expertName={expert.name}
          expertTimeZone={expert.timeZone}
        />
      </div>
      <Card raised className="mt-8 p-6">
        <BookingForm expertId={expert.id} start={slot.data.start} timeZone={timeZone} />
      </Card>
    </Container>
  );
}
