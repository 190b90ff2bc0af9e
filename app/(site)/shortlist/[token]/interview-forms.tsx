"use client";

import { useActionState } from "react";
import { CancelWithReason } from "@/components/booking/cancel-with-reason";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { bookInterviewSlot, cancelInterviewByCompany, suggestTimes } from "./actions";

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
    <ActionForm action={action} noValidate className="space-y-6" aria-label="Choose a time">
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
        label="Meeting link (optional)"
        hint="Your video call (Google Meet, Zoom, Teams…) or a phone number. Empty: the interview gets its own video room. Either way it goes into both calendar invitations."
        defaultValue={kept.meetingLink ?? meetingLink}
        error={errors.meetingLink}
      />
      <SubmitButton pendingLabel="Booking…">{moving ? "Move the interview" : "Book the interview"}</SubmitButton>
    </ActionForm>
  );
}

/** "Cancel the interview…" with an optional reason for the candidate. */
export function CancelInterviewForm({ token, interviewId }: { token: string; interviewId: number }) {
  return (
    <CancelWithReason
      action={cancelInterviewByCompany}
      fields={{ token, interviewId }}
      summary="Cancel the interview…"
      reasonLabel="Reason for the candidate"
      submitLabel="Cancel the interview"
    />
  );
}

/** Up to three times of the company's own, in its zone, for the candidate to accept in their account. */
export function SuggestTimesForm({
  token,
  proposalId,
  timeZone,
  zoneLabel,
  meetingLink,
}: {
  token: string;
  proposalId: number;
  timeZone: string;
  zoneLabel: string;
  meetingLink: string;
}) {
  const [state, action] = useActionState(suggestTimes, { status: "idle" });
  const kept = state.status === "error" ? state.values : {};
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="space-y-4">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="tz" value={timeZone} />
      <div className="grid gap-3 sm:grid-cols-3">
        {(["time1", "time2", "time3"] as const).map((field, index) => (
          <TextField
            key={field}
            id={`suggest-${field}`}
            name={field}
            type="datetime-local"
            label={`Time ${index + 1}`}
            required={index === 0}
            markOptional={index > 0}
            hint={index === 0 ? `In ${zoneLabel}` : undefined}
            defaultValue={kept[field] ?? ""}
            error={errors[field]}
          />
        ))}
      </div>
      <TextField
        id="suggest-meetingLink"
        name="meetingLink"
        label="Meeting link (optional)"
        hint="Empty: the interview gets its own video room."
        defaultValue={kept.meetingLink ?? meetingLink}
        error={errors.meetingLink}
      />
      <SubmitButton variant="secondary" pendingLabel="Sending…">
        Send these times to the candidate
      </SubmitButton>
    </ActionForm>
  );
}
