"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, SelectField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { dayField, weekdayNames } from "@/domain/working-hours";
import { addTimeOff, removeTimeOff, saveAvailability } from "./actions";

type Answer = Awaited<ReturnType<typeof saveAvailability>>;

function Alert({ state }: { state: Answer }) {
  return state.status === "idle" ? null : <FormAlert tone={state.status}>{state.message}</FormAlert>;
}

/** The zone and seven days of hours, as "09:00–12:00, 13:00–17:00". */
export function HoursForm({
  timeZone,
  zones,
  week,
}: {
  timeZone: string;
  zones: { value: string; label: string }[];
  week: Record<string, string>;
}) {
  const [state, action] = useActionState(saveAvailability, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-4">
      <Alert state={state} />
      <SelectField
        name="timeZone"
        label="Your time zone"
        required
        options={zones}
        defaultValue={kept.timeZone ?? timeZone}
        error={errors.timeZone}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        {weekdayNames.map((name, index) => {
          const field = dayField(index + 1);
          return (
            <TextField
              key={name}
              name={field}
              label={name}
              markOptional={false}
              placeholder="e.g. 09:00–17:00"
              defaultValue={kept[field] ?? week[field] ?? ""}
              error={errors[field]}
            />
          );
        })}
      </div>
      <SubmitButton pendingLabel="Saving…">Save my hours</SubmitButton>
    </ActionForm>
  );
}

export function AddTimeOffForm() {
  const [state, action] = useActionState(addTimeOff, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-4" resetAfter={state.status === "success" ? state : null}>
      <Alert state={state} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          name="startsAt"
          label="From"
          type="datetime-local"
          required
          defaultValue={kept.startsAt}
          error={errors.startsAt}
        />
        <TextField
          name="endsAt"
          label="Until"
          type="datetime-local"
          required
          defaultValue={kept.endsAt}
          error={errors.endsAt}
        />
      </div>
      <SubmitButton variant="secondary" pendingLabel="Adding…">
        Add time off
      </SubmitButton>
    </ActionForm>
  );
}

export function RemoveTimeOffForm({ id, label }: { id: number; label: string }) {
  const [state, action] = useActionState(removeTimeOff, { status: "idle" });
  return (
    <ActionForm action={action} aria-label={`Remove ${label}`}>
      <Alert state={state} />
      <input type="hidden" name="id" value={id} />
      <SubmitButton variant="ghost" pendingLabel="Removing…">
        Remove<span className="sr-only"> {label}</span>
      </SubmitButton>
    </ActionForm>
  );
}
