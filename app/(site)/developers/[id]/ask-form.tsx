"use client";

import { useActionState, useEffect, useState } from "react";
import {
  CompanyField,
  FormGuardFields,
  PersonFields,
  PrivacyConsentField,
} from "@/components/site/company-contact-fields";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, SelectField, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { desiredStartOptions } from "@/domain/form-fields";
import { askToInterviewDeveloper, type InterviewAskState, requestAskToken } from "./actions";

/** "Ask to interview": a short request about this developer, screened like the contact form. */
export function AskToInterviewForm({ developer, label }: { developer: string; label: string }) {
  const [state, action] = useActionState<InterviewAskState, FormData>(askToInterviewDeveloper, { status: "idle" });
  const [formToken, setFormToken] = useState("");
  useEffect(() => {
    requestAskToken().then(setFormToken, () => {});
  }, []);

  if (state.status === "success")
    return (
      <div className="space-y-3">
        <FormAlert tone="success">
          {state.reference
            ? `Thank you: ${state.joined ? `we added ${label} to your open request ${state.reference}, so one talent manager keeps all of it together` : `your request ${state.reference} is with our talent managers`}. We have asked ${label} whether they are interested, and we will reply by email within one business day.`
            : "Thank you. We received your request and will review it before replying."}
        </FormAlert>
        <TextLink href="/developers">Back to the developers</TextLink>
      </div>
    );

  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const value = (name: string) => values[name] ?? "";
  return (
    <ActionForm action={action} noValidate className="space-y-5">
      {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
      <FormGuardFields token={state.formToken ?? formToken} id="ask-website" />
      <input type="hidden" name="developer" value={developer} />
      <PersonFields value={value} errors={errors} />
      <CompanyField value={value} errors={errors} />
      <TextAreaField
        name="message"
        label="What would you hire them for?"
        required
        maxLength={2000}
        rows={4}
        hint="The project, the team and the stack, in a few sentences."
        defaultValue={value("message")}
        error={errors.message}
      />
      <SelectField
        name="desiredStart"
        label="When would they start?"
        required
        defaultValue={value("desiredStart")}
        error={errors.desiredStart}
        options={[{ value: "", label: "Choose a start" }, ...desiredStartOptions]}
      />
      <PrivacyConsentField value={value} errors={errors} />
      <SubmitButton pendingLabel="Sending…">Ask to interview</SubmitButton>
    </ActionForm>
  );
}
