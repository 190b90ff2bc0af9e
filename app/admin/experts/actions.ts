"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import {
  createExpert,
  deleteTimeOff,
  getExpertTimeZone,
  replaceWorkingHours,
  saveTimeOff,
  updateExpert,
} from "@/db/queries/experts";
import { fail, failFields, invalid } from "@/domain/action-state";
import { type CalendarFeedSuccess, calendarFeedIntent } from "@/domain/calendar-feed";
import { expertProfileSchema, expertSchema, parseTimeOff } from "@/domain/validation/expert";
import { OUT_OF_DATE, optionalRecordId, recordId } from "@/domain/validation/fields";
import { dayField, parseWeek, weekdayNames, weekText } from "@/domain/working-hours";
import { staffAction } from "@/services/action";
import { changeCalendarFeed } from "@/services/calendar-feed";
import { revalidateContent, revalidateSchedule } from "@/services/revalidate-content";

const returnTo = "/admin/experts";
const expertId = z.object({ id: recordId });
const gone = () => fail("This expert no longer exists; reload the page.");

export const addExpert = staffAction({ returnTo, schema: expertProfileSchema }, async (input, actor) => {
  const slug = await withAudit(
    actor,
    () => createExpert(actor, input),
    (created) => ({
      action: "expert.create",
      subject: `expert ${created}`,
      details: `${input.name}, ${input.timeZone}; hidden until made active`,
    }),
  );
  revalidatePath("/admin/experts");
  redirect(`/admin/experts/${slug}`);
});

export const editExpert = staffAction({ returnTo, schema: expertId }, async ({ id }, actor, formData) => {
  const parsed = expertSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const rules = parsed.data;
  const details = `${rules.active ? "active" : "hidden"}; ${rules.timeZone}; ${rules.callMinutes}-min calls, buffer ${rules.bufferMinutes} min, notice ${rules.minNoticeMinutes} min, horizon ${rules.horizonDays} days, at most ${rules.maxCallsPerDay} a day; meeting link ${rules.meetingLink ?? "none"}`;
  const result = await withAudit(
    actor,
    () => updateExpert(actor, id, rules),
    (updated) => !!updated && { action: "expert.update", subject: `expert #${id}`, details },
  );
  if (!result) return gone();
  // Name, title, bio and who is active appear on the prerendered home and hire pages too.
  revalidateContent();
  if (!rules.active && result.upcomingCalls > 0) {
    return {
      status: "success",
      message: `Saved. ${rules.name} is hidden from /book; their ${result.upcomingCalls} upcoming call(s) stay booked (see Calls).`,
    };
  }
  return {
    status: "success",
    message: rules.active ? "Saved. /book shows the change now." : `Saved. ${rules.name} is hidden from /book.`,
  };
});

export const saveWeeklyHours = staffAction({ returnTo, schema: expertId }, async ({ id }, actor, formData) => {
  const week = parseWeek(Object.fromEntries(formData));
  if (!week.ok) return fail("Check the days marked below.", week.fieldErrors);
  const text = weekText(week.hours);
  const days = weekdayNames.flatMap((name, index) =>
    text[dayField(index + 1)] ? [`${name} ${text[dayField(index + 1)]}`] : [],
  );
  const saved = await withAudit(
    actor,
    () => replaceWorkingHours(actor, id, week.hours),
    (ok) =>
      ok && {
        action: "expert.hours",
        subject: `expert #${id}`,
        details: days.length === 0 ? "no hours" : days.join("; "),
      },
  );
  if (!saved) return gone();
  revalidateSchedule();
  return { status: "success", message: "Weekly hours saved. /book shows the new times now." };
});

const timeOffTarget = z.object({ parentId: recordId, id: optionalRecordId });

export const saveExpertTimeOff = staffAction({ returnTo, schema: timeOffTarget }, async (target, actor, formData) => {
  const timeZone = await getExpertTimeZone(actor, target.parentId);
  if (!timeZone) return gone();
  const parsed = parseTimeOff(Object.fromEntries(formData), timeZone);
  if (!parsed.ok) return failFields(parsed.fieldErrors);
  const { startsAt, endsAt } = parsed.value;
  const saved = await withAudit(
    actor,
    () => saveTimeOff(actor, target.parentId, target.id, parsed.value),
    (ok) =>
      ok && {
        action: "expert.time-off",
        subject: `expert #${target.parentId}`,
        details: `${target.id === null ? "added" : `changed #${target.id}`}: ${startsAt.toISOString()} – ${endsAt.toISOString()}`,
      },
  );
  if (!saved) return fail("This time off no longer exists; reload the page.");
  revalidateSchedule();
  return {
    status: "success",
    message: target.id === null ? "Time off added. /book no longer offers those times." : "Time off saved.",
  };
});

export const deleteExpertTimeOff = staffAction({ returnTo, schema: timeOffTarget }, async (target, actor) => {
  const id = target.id;
  if (id === null) return fail(OUT_OF_DATE);
  const deleted = await withAudit(
    actor,
    () => deleteTimeOff(actor, target.parentId, id),
    (ok) => ok && { action: "expert.time-off", subject: `expert #${target.parentId}`, details: `deleted #${id}` },
  );
  if (!deleted) return fail("This time off no longer exists; reload the page.");
  revalidateSchedule();
  return { status: "success", message: "Time off deleted." };
});

const feedTarget = expertId.extend(calendarFeedIntent.shape);
const feedEntry = { new: "new feed link", off: "feed turned off" } as const;

/** The expert's private calendar feed of their calls: a new link (the old one stops), or none. */
export const changeExpertCalendarFeed = staffAction<typeof feedTarget, CalendarFeedSuccess>(
  { returnTo, schema: feedTarget },
  async ({ id, intent }, actor) => {
    const changed = await withAudit(
      actor,
      () => changeCalendarFeed(actor, { expertId: id }, intent),
      (result) =>
        result.ok && {
          action: "expert.calendar-feed",
          subject: `expert #${id}`,
          details:
            result.value.replaced && intent === "new" ? `${feedEntry.new}; the old one revoked` : feedEntry[intent],
        },
    );
    if (!changed.ok) {
      if (changed.reason === "missing") return gone();
      return fail(
        changed.reason === "already-off"
          ? "The feed was already off."
          : "Another link was made at the same moment; reload the page.",
      );
    }
    revalidatePath("/admin/experts/[slug]", "page");
    const { url, replaced } = changed.value;
    if (!url) return { status: "success", message: "The feed is off: its link no longer works." };
    return {
      status: "success",
      message: replaced
        ? "New link made. The old one no longer works: give the expert this one."
        : "The expert's private feed link is ready: give it to them.",
      url,
    };
  },
);
