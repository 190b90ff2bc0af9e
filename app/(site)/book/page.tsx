import type { Metadata } from "next";
import { connection } from "next/server";
import { BookingCalendar } from "@/components/booking/booking-calendar";
import { DayTimes } from "@/components/booking/day-times";
import { TimeZoneForm } from "@/components/booking/time-zone-form";
import { TalentExperts } from "@/components/content/talent-experts";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listOpenSlots } from "@/db/queries/bookings";
import { listTalentExperts } from "@/db/queries/content";
import { timeZoneLabel } from "@/domain/labels";
import { monthGrid } from "@/domain/month-grid";
import { localDate } from "@/domain/slots";
import { parseTimeZone, unknownTimeZone } from "@/domain/time-zones";
import { bookingHref, slotsOnDay, timesPerDay } from "@/services/slot-links";

export const metadata: Metadata = {
  title: "Book a 30-minute discovery call",
  description:
    "Pick a time for a 30-minute discovery call with a Talent Expert about your project challenges, technical needs and team.",
  alternates: { canonical: "/book" },
  openGraph: { url: "/book", title: "Book a 30-minute discovery call" },
};

/** Today's date in the visitor's zone: the calendar starts with its week. */
const todayIn = (timeZone: string) => localDate(Date.now(), timeZone);

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BookPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  const timeZone = parseTimeZone(params.tz);
  const [slots, experts] = await Promise.all([listOpenSlots(), listTalentExperts()]);
  const counts = timesPerDay(slots, timeZone);
  const days = [...counts.keys()];
  // The day asked for when it has free times, else the first that has.
  const day = typeof params.day === "string" && counts.has(params.day) ? params.day : days[0];
  const selected = day ? slotsOnDay(slots, timeZone, day, (slot) => bookingHref(slot, timeZone)) : undefined;
  const today = todayIn(timeZone);
  const months = monthGrid(today, days.at(-1) ?? today);

  return (
    <Container className="py-14 sm:py-20">
      <PageTitle className="sm:text-4xl">Book a 30-minute discovery call</PageTitle>
      <p className="mt-4 max-w-2xl text-lg leading-8 text-ink-muted">
        Choose a time that suits you. A Talent Expert will explore your project challenges, technical needs and team
        diversity, and tell you how we would staff it.
      </p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[1fr_22rem]">
        <section aria-labelledby="times-title">
          <h2 id="times-title" className="sr-only">
            Free times
          </h2>
          <TimeZoneForm
            timeZone={timeZone}
            detected={typeof params.tz === "string"}
            unknown={unknownTimeZone(params.tz)}
          />
          <p className="mt-3 text-sm text-ink-muted">
            Times are shown in <strong className="text-ink">{timeZoneLabel(timeZone)}</strong>.
          </p>
          {selected ? (
            <div className="mt-6 grid items-start gap-8 md:grid-cols-[minmax(0,19rem)_minmax(0,1fr)]">
              <BookingCalendar
                months={months}
                counts={counts}
                selected={selected.day}
                hrefForDay={(day) => `/book?${new URLSearchParams({ tz: timeZone, day })}#day-times`}
              />
              <section id="day-times" aria-labelledby="day-title" data-testid="day-times" className="scroll-mt-6">
                <h3 id="day-title" className="text-lg font-semibold">
                  {selected.label}
                </h3>
                <div className="mt-3">
                  <DayTimes day={selected} />
                </div>
              </section>
            </div>
          ) : (
            <p className="mt-6 rounded-lg bg-surface-muted p-5 text-ink-muted">
              No free times in the next three weeks. Please send us a contact request instead.
            </p>
          )}
        </section>
        <aside aria-labelledby="experts-title" className="space-y-4">
          <h2 id="experts-title" className="text-lg font-semibold">
            Your Talent Experts
          </h2>
          <TalentExperts experts={experts} stacked />
          <p className="text-sm text-ink-muted">
            Prefer to write? <TextLink href="/contact?from=/book">Send a contact request</TextLink>.
          </p>
        </aside>
      </div>
    </Container>
  );
}
