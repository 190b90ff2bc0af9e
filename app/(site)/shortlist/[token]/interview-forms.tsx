"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextAreaField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { bookInterviewSlot, cancelInterviewByCompany } from "./actions";

export type DayOfTimes = { day: string; label: string; times: { start: number; label: string }[] };

/** The candidate's free hours as one radio group per day, the meeting link, and the button. Works without JavaScript. */
export function BookInterviewForm({
  token,
  proposalId,
  timeZone,
  days,
  meetingLink,
  moving,
}: {
  token: string;
  proposalId: number;
  timeZone: string;
  days: DayOfTimes[];
  meetingLink: string;
  moving: boolean;
}) {
  const [state, action] = useActionState(bookInterviewSlot, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-6">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="tz" value={timeZone} />
      <div className="space-y-4" aria-describedby={errors.start ? "start-error" : undefined}>
        {errors.start ? (
          <p id="start-error" className="text-sm font-medium text-danger-700">
            {errors.start}
          </p>
        ) : null}
        {days.map((day) => (
          <fieldset key={day.day} className="rounded-lg border border-line p-4">
            <legend className="px-1 font-semibold">{day.label}</legend>
            <div className="mt-2 flex flex-wrap gap-2">
              {day.times.map((time) => (
                <label
                  key={time.start}
                  className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border border-line px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50"
                >
                  <input
                    type="radio"
                    name="start"
                    value={time.start}
                    defaultChecked={kept.start === String(time.start)}
                    className="accent-brand-700"
                  />
                  {time.label}
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </div>
      <TextField
        name="meetingLink"
        label="Meeting link"
        required
        hint="Your video call (Google Meet, Zoom, Teams…) or a phone number. It goes into both calendar invitations."
        defaultValue={kept.meetingLink ?? meetingLink}
        error={errors.meetingLink}
      />
      <SubmitButton pendingLabel="Booking…">{moving ? "Move the interview" : "Book the interview"}</SubmitButton>
    </ActionForm>
  );
}

/** Cancelling asks first (a disclosure), with an optional reason passed on to the candidate. */
export function CancelInterviewForm({ token, interviewId }: { token: string; interviewId: number }) {
  const [state, action] = useActionState(cancelInterviewByCompany, { status: "idle" });
  return (
    <details className="rounded-lg border border-danger-700/30 open:bg-red-50/60" open={state.status === "error"}>
      <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold text-danger-700">
        Cancel the interview…
      </summary>
      <ActionForm action={action} noValidate className="space-y-3 px-4 pb-4">
        {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="interviewId" value={interviewId} />
        <TextAreaField
          name="reason"
          label="Reason for the candidate"
          rows={2}
          defaultValue={state.status === "error" ? state.values.reason : ""}
        />
        <SubmitButton variant="danger" pendingLabel="Cancelling…">
          Cancel the interview
        </SubmitButton>
      </ActionForm>
    </details>
  );
}
