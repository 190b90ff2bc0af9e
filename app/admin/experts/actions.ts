"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { recordAudit } from "@/db/queries/audit";
import { createExpert, deleteTimeOff, getExpertTimeZone, replaceWorkingHours, saveTimeOff, updateExpert } from "@/db/queries/experts";
import { fail, invalid, type ActionState } from "@/lib/action-state";
import { revalidateContent, revalidateSchedule } from "@/lib/revalidate-content";
import { requireStaff } from "@/lib/session";
import { expertProfileSchema, expertSchema, parseTimeOff } from "@/lib/validation/expert";
import { dayField, parseWeek, weekText, weekdayNames } from "@/lib/working-hours";

const staff = () => requireStaff("/admin/experts");
const id = z.coerce.number().int().positive();
const outOfDate = () => fail("This form is out of date; reload the page.");
const gone = () => fail("This expert no longer exists; reload the page.");

export async function addExpert(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const parsed = expertProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const slug = createExpert(actor, parsed.data);
  recordAudit(actor.id, "expert.create", `expert ${slug}`, `${parsed.data.name}, ${parsed.data.timeZone}; hidden until made active`);
  revalidatePath("/admin/experts");
  redirect(`/admin/experts/${slug}`);
}

export async function editExpert(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const expertId = id.safeParse(formData.get("id"));
  if (!expertId.success) return outOfDate();
  const parsed = expertSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return invalid(parsed.error);
  const result = updateExpert(actor, expertId.data, parsed.data);
  if (!result) return gone();
  const rules = parsed.data;
  recordAudit(
    actor.id,
    "expert.update",
    `expert #${expertId.data}`,
    `${rules.active ? "active" : "hidden"}; ${rules.timeZone}; ${rules.callMinutes}-min calls, buffer ${rules.bufferMinutes} min, notice ${rules.minNoticeMinutes} min, horizon ${rules.horizonDays} days, at most ${rules.maxCallsPerDay} a day; meeting link ${rules.meetingLink ?? "none"}`,
  );
  // Name, title, bio and who is active appear on the prerendered home and hire pages too.
  revalidateContent();
  if (!rules.active && result.upcomingCalls > 0) {
    return { status: "success", message: `Saved. ${rules.name} is hidden from /book; their ${result.upcomingCalls} upcoming call(s) stay booked (see Calls).` };
  }
  return { status: "success", message: rules.active ? "Saved. /book shows the change now." : `Saved. ${rules.name} is hidden from /book.` };
}

export async function saveWeeklyHours(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const expertId = id.safeParse(formData.get("id"));
  if (!expertId.success) return outOfDate();
  const week = parseWeek(Object.fromEntries(formData));
  if (!week.ok) return fail("Check the days marked below.", week.fieldErrors);
  if (!replaceWorkingHours(actor, expertId.data, week.hours)) return gone();
  const text = weekText(week.hours);
  const days = weekdayNames.flatMap((name, index) => (text[dayField(index + 1)] ? [`${name} ${text[dayField(index + 1)]}`] : []));
  recordAudit(actor.id, "expert.hours", `expert #${expertId.data}`, days.length === 0 ? "no hours" : days.join("; "));
  revalidateSchedule();
  return { status: "success", message: "Weekly hours saved. /book shows the new times now." };
}

const timeOffTarget = z.object({
  parentId: id,
  id: z.preprocess((value) => (value === "" || value === null ? null : value), id.nullable()),
});

export async function saveExpertTimeOff(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const target = timeOffTarget.safeParse(Object.fromEntries(formData));
  if (!target.success) return outOfDate();
  const timeZone = await getExpertTimeZone(actor, target.data.parentId);
  if (!timeZone) return gone();
  const parsed = parseTimeOff(Object.fromEntries(formData), timeZone);
  if (!parsed.ok) return fail(Object.values(parsed.fieldErrors)[0] ?? "Check the form.", parsed.fieldErrors);
  if (!saveTimeOff(actor, target.data.parentId, target.data.id, parsed.value)) return fail("This time off no longer exists; reload the page.");
  const { startsAt, endsAt } = parsed.value;
  recordAudit(actor.id, "expert.time-off", `expert #${target.data.parentId}`, `${target.data.id === null ? "added" : `changed #${target.data.id}`}: ${startsAt.toISOString()} – ${endsAt.toISOString()}`);
  revalidateSchedule();
  return { status: "success", message: target.data.id === null ? "Time off added. /book no longer offers those times." : "Time off saved." };
}

export async function deleteExpertTimeOff(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const actor = await staff();
  const target = timeOffTarget.safeParse(Object.fromEntries(formData));
  if (!target.success || target.data.id === null) return outOfDate();
  if (!deleteTimeOff(actor, target.data.parentId, target.data.id)) return fail("This time off no longer exists; reload the page.");
  recordAudit(actor.id, "expert.time-off", `expert #${target.data.parentId}`, `deleted #${target.data.id}`);
  revalidateSchedule();
  return { status: "success", message: "Time off deleted." };
}
