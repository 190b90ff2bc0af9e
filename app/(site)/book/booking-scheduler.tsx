import { BookingCalendar } from "@/components/booking/booking-calendar";
import { DayTimes } from "@/components/booking/day-times";
import { TimeZoneForm } from "@/components/booking/time-zone-form";
import { ZONE_PENDING_SCRIPT } from "@/components/booking/zone-pending";
import { TalentExperts } from "@/components/content/talent-experts";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listOpenSlots } from "@/db/queries/bookings";
import { listTalentExperts } from "@/db/queries/content";
import { timeZoneLabel } from "@/domain/labels";
import { monthGrid } from "@/domain/month-grid";
import { localDate } from "@/domain/slots";
import { bookingHref, slotsOnDay, timesPerDay } from "@/services/slot-links";

/** Today's date in the visitor's zone: the calendar starts with its week. */
const todayIn = (timeZone: string) => localDate(Date.now(), timeZone);

/**
 * The /book page: a month calendar of the days with free times and one day's times, in `timeZone`.
 * `day` is the day asked for (shown when it has free times, else the first that has); `unknown`
 * is what the visitor typed when it named no zone. Rendered by the cached page (/book/in/…) and,
 * for addresses it does not cache, by /book/live.
 */
export async function BookingScheduler({
  timeZone,
  day: wanted,
  zoneInAddress,
  unknown,
}: {
  timeZone: string;
  day?: string;
  /** The address names a zone (`?tz=`): no detection needed. */
  zoneInAddress: boolean;
  unknown?: string;
}) {
  const [slots, experts] = await Promise.all([listOpenSlots(), listTalentExperts()]);
  const counts = timesPerDay(slots, timeZone);
  const days = [...counts.keys()];
  const day = wanted && counts.has(wanted) ? wanted : days[0];
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
          <TimeZoneForm timeZone={timeZone} unknown={unknown} />
          {/* Here, just before the times: an inline script waits for the stylesheet, and the browser paints what
              came before it meanwhile, so the first frame already shows the heading and the introduction. */}
          {zoneInAddress ? null : <script dangerouslySetInnerHTML={{ __html: ZONE_PENDING_SCRIPT }} />}
          <div className="zone-times">
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
          </div>
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
