"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addOwnTimeOff, deleteOwnTimeOff, getOwnAvailability, saveOwnHours } from "@/db/queries/interviews";
import { fail, failFields } from "@/domain/action-state";
import { type CalendarFeedSuccess, calendarFeedIntent } from "@/domain/calendar-feed";
import { isValidTimeZone } from "@/domain/slots";
import { parseTimeOff } from "@/domain/validation/expert";
import { recordId } from "@/domain/validation/fields";
import { parseWeek } from "@/domain/working-hours";
import { currentZoneName } from "@/domain/zone-names";
import { candidateAction } from "@/services/action";
import { changeCalendarFeed } from "@/services/calendar-feed";

const returnTo = "/account/availability";

/** The zone and the weekly hours companies may book interviews in. */
export const saveAvailability = candidateAction(
  {
    returnTo,
    schema: z.object({
      timeZone: z
        .string()
        .trim()
        .refine(isValidTimeZone, "Choose your time zone from the list.")
        .transform(currentZoneName),
    }),
  },
  async ({ timeZone }, actor, formData) => {
    const week = parseWeek(Object.fromEntries(formData));
    if (!week.ok) return fail("Check the days marked below.", week.fieldErrors);
    await saveOwnHours(actor, timeZone, week.hours);
    revalidatePath(returnTo);
    return {
      status: "success",
      message:
        week.hours.length === 0
          ? "Saved. With no hours, companies cannot book an interview with you yet."
          : "Saved. Companies that want to meet you can book an hour in these times.",
    };
  },
);

export const addTimeOff = candidateAction({ returnTo, schema: z.object({}) }, async (_input, actor, formData) => {
  const { timeZone } = await getOwnAvailability(actor);
  if (!timeZone) return fail("Choose your time zone and save your hours first.");
  const parsed = parseTimeOff(Object.fromEntries(formData), timeZone);
  if (!parsed.ok) return failFields(parsed.fieldErrors);
  await addOwnTimeOff(actor, { startsAt: parsed.value.startsAt, endsAt: parsed.value.endsAt });
  revalidatePath(returnTo);
  return { status: "success", message: "Time off added: no interview can be booked in it." };
});

export const removeTimeOff = candidateAction(
  { returnTo, schema: z.object({ id: recordId }) },
  async ({ id }, actor) => {
    if (!(await deleteOwnTimeOff(actor, id))) return fail("This time off no longer exists.");
    revalidatePath(returnTo);
    return { status: "success", message: "Time off removed." };
  },
);

/** The private feed of the candidate's interviews: a new link (the old one stops), or none. */
export const changeOwnCalendarFeed = candidateAction<typeof calendarFeedIntent, CalendarFeedSuccess>(
  { returnTo, schema: calendarFeedIntent },
  async ({ intent }, actor) => {
    const changed = await changeCalendarFeed(actor, { candidateId: actor.id }, intent);
    if (!changed.ok)
      return fail(
        changed.reason === "already-off"
          ? "The feed was already off."
          : "Another link was made at the same moment; reload the page.",
      );
    revalidatePath(returnTo);
    const { url, replaced } = changed.value;
    if (!url) return { status: "success", message: "The feed is off: its link no longer works." };
    return {
      status: "success",
      message: replaced
        ? "New link made. The old one no longer works: replace it in your calendar app."
        : "Your private feed link is ready.",
      url,
    };
  },
);
