import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { timeZoneLabel } from "@/domain/labels";
import { dayField, weekdayNames, weekText } from "@/domain/working-hours";
import { saveWeeklyHours } from "../actions";
import type { ExpertForEdit } from "./expert-data";

/** The hours the expert takes calls, one field a weekday, in the expert's zone. */
export function WeeklyHours({ expert, workingHours }: Pick<ExpertForEdit, "expert" | "workingHours">) {
  const zone = timeZoneLabel(expert.timeZone);
  const week = weekText(workingHours);
  return (
    <Card as="section" aria-labelledby="hours-title">
      <h2 id="hours-title" className="text-lg font-semibold">
        Weekly hours
      </h2>
      <p className="mt-1 mb-3 text-sm text-ink-muted">
        In {zone}, as HH:MM ranges, e.g. <span className="whitespace-nowrap">09:00–12:00, 13:00–17:00</span>. Leave a
        day empty when {expert.name} does not take calls; use 24:00 for midnight.
      </p>
      <ActionForm action={saveWeeklyHours} submitLabel="Save weekly hours">
        <input type="hidden" name="id" value={expert.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          {weekdayNames.map((name, index) => (
            <ActionField
              key={name}
              id={`hours-${dayField(index + 1)}`}
              name={dayField(index + 1)}
              label={name}
              markOptional={false}
              defaultValue={week[dayField(index + 1)]}
            />
          ))}
        </div>
      </ActionForm>
    </Card>
  );
}
