import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CalendarFeedSection } from "@/components/calendar-feed/calendar-feed-section";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getCalendarFeed } from "@/db/queries/calendar-feeds";
import { getOwnAvailability } from "@/db/queries/interviews";
import { INTERVIEW_RULES } from "@/domain/interviews";
import { timeZoneLabel } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { timeZoneChoices } from "@/domain/time-zones";
import { weekText } from "@/domain/working-hours";
import { currentZoneName } from "@/domain/zone-names";
import { readerTimeZone } from "@/services/reader-zone";
import { requireUser } from "@/services/session";
import { changeOwnCalendarFeed } from "./actions";
import { AddTimeOffForm, HoursForm, RemoveTimeOffForm } from "./availability-forms";

export const metadata: Metadata = { title: "Interview hours", robots: { index: false } };

export default async function AvailabilityPage() {
  const user = await requireUser("/account/availability");
  if (user.role !== "candidate") redirect("/admin");
  const availability = await getOwnAvailability(user);
  const timeZone = currentZoneName(availability.timeZone ?? (await readerTimeZone()));
  const feed = await getCalendarFeed(user, { candidateId: user.id });
  const at = (date: Date) => formatDateTime(date.getTime(), timeZone);
  return (
    <>
      <PageTitle>Interview hours</PageTitle>
      <p className="mt-3 text-ink-muted">
        When a company asks to interview you and you said you are interested, it books an hour in these times, at least
        a day ahead and at most {INTERVIEW_RULES.horizonDays / 7} weeks ahead, and never more than{" "}
        {INTERVIEW_RULES.maxCallsPerDay} a day. You get a calendar invitation for each one.
      </p>
      <Card as="section" aria-labelledby="hours-title" className="mt-8 p-6">
        <h2 id="hours-title" className="text-xl font-semibold">
          Weekly hours
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">
          In your time zone, as ranges like <span className="whitespace-nowrap">09:00–12:00, 13:00–17:00</span>. Leave a
          day empty when you cannot take interviews.
        </p>
        <HoursForm timeZone={timeZone} zones={timeZoneChoices(timeZone)} week={weekText(availability.hours)} />
      </Card>
      <Card as="section" aria-labelledby="off-title" className="mt-6 p-6">
        <h2 id="off-title" className="text-xl font-semibold">
          Time off
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">
          No interview is booked in these periods. Times are in {timeZoneLabel(timeZone)}.
        </p>
        {availability.timeOff.length > 0 ? (
          <ul className="mb-4 space-y-2">
            {availability.timeOff.map((period) => {
              const label = `${formatDateTime(period.startsAt.getTime(), timeZone)} – ${formatDateTime(period.endsAt.getTime(), timeZone)}`;
              return (
                <li key={period.id} className="flex flex-wrap items-center justify-between gap-2 text-sm">
                  <span>{label}</span>
                  <RemoveTimeOffForm id={period.id} label={label} />
                </li>
              );
            })}
          </ul>
        ) : null}
        <AddTimeOffForm />
      </Card>
      <div className="mt-6">
        <CalendarFeedSection
          action={changeOwnCalendarFeed}
          whose="your interviews"
          feed={feed && { created: at(feed.createdAt), lastUsed: feed.lastUsedAt && at(feed.lastUsedAt) }}
        />
      </div>
    </>
  );
}
