"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addOwnTimeOff, deleteOwnTimeOff, getOwnAvailability, saveOwnHours } from "@/db/queries/interviews";
import { fail, failFields } from "@/domain/action-state";
import { isValidTimeZone } from "@/domain/slots";
import { parseTimeOff } from "@/domain/validation/expert";
import { recordId } from "@/domain/validation/fields";
import { parseWeek } from "@/domain/working-hours";
import { currentZoneName } from "@/domain/zone-names";
import { candidateAction } from "@/services/action";

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
