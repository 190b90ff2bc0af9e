import { notFound } from "next/navigation";
import { CalendarFeedSection } from "@/components/calendar-feed/calendar-feed-section";
import { getCalendarFeed } from "@/db/queries/calendar-feeds";
import { getExpertForEdit } from "@/db/queries/experts";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import { changeExpertCalendarFeed } from "../actions";
import { ExpertHeading } from "./expert-heading";
import { ExpertProfileForm } from "./expert-profile-form";
import { ExpertTimeOff } from "./expert-time-off";
import { WeeklyHours } from "./weekly-hours";

export const metadata = { title: "Edit talent expert" };

export default async function EditExpertPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireStaff(`/admin/experts/${slug}`);
  const data = await getExpertForEdit(actor, slug);
  if (!data) notFound();
  const { expert, workingHours, timeOff, upcomingCalls } = data;
  const feed = await getCalendarFeed(actor, { expertId: expert.id });
  const zone = await readerTimeZone();
  const at = (date: Date) => formatDateTime(date.getTime(), zone);

  return (
    <>
      <ExpertHeading expert={expert} upcomingCalls={upcomingCalls} />
      <div className="mt-6 space-y-6">
        <ExpertProfileForm expert={expert} />
        <WeeklyHours expert={expert} workingHours={workingHours} />
        <ExpertTimeOff expert={expert} timeOff={timeOff} />
        <CalendarFeedSection
          action={changeExpertCalendarFeed}
          whose={`${expert.name}'s discovery calls`}
          hidden={{ id: String(expert.id) }}
          feed={feed && { created: at(feed.createdAt), lastUsed: feed.lastUsedAt && at(feed.lastUsedAt) }}
        />
      </div>
    </>
  );
}
