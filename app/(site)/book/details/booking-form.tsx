"use client";

import { useActionState } from "react";
import { CompanyField, PersonFields } from "@/components/site/company-contact-fields";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import type { ActionState } from "@/domain/action-state";
import { bookCall } from "../actions";

export function BookingForm({ expertId, start, timeZone }: { expertId: number; start: number; timeZone: string }) {
  const [state, action] = useActionState<ActionState, FormData>(bookCall, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  // The slot was taken meanwhile: the answer offers the nearest free times instead.
  const taken =
    state.status === "error" && state.alternatives
      ? { message: state.message, alternatives: state.alternatives }
      : null;
  const value = (name: string) => values[name] ?? "";

  return (
    <ActionForm action={action} noValidate className="space-y-5">
      {state.status === "error" && !taken ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      {taken ? (
        <div role="alert" className="rounded-lg border border-danger-700/30 bg-red-50 p-4 text-sm text-danger-700">
          <p className="font-semibold">{taken.message}</p>
          {taken.alternatives.length > 0 ? (
            <ul className="mt-3 grid gap-2 sm:grid-cols-2">
              {taken.alternatives.map((slot) => (
                <li key={slot.href}>
                  <TextLink href={slot.href}>{slot.label}</TextLink>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">
              <TextLink variant="inherit" href="/book" className="font-semibold">
                See all free times
              </TextLink>
            </p>
          )}
        </div>
      ) : null}
      <input type="hidden" name="expertId" value={expertId} />
      <input type="hidden" name="start" value={start} />
      <input type="hidden" name="tz" value={timeZone} />
      <div className="grid gap-5 sm:grid-cols-2">
        <PersonFields value={value} errors={errors} />
      </div>
      <CompanyField value={value} errors={errors} />
      <TextAreaField
        name="hiringFor"
        label="What are you hiring for?"
        required
        maxLength={2000}
        rows={4}
        hint="For example: two senior Node.js engineers for a payments API."
        defaultValue={value("hiringFor")}
        error={errors.hiringFor}
      />
      <SubmitButton pendingLabel="Booking…">Confirm booking</SubmitButton>
    </ActionForm>
  );
}
