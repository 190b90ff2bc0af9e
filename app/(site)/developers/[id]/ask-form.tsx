"use client";

import { useActionState, useEffect, useState } from "react";
import { CompanyField, PersonFields } from "@/components/site/company-contact-fields";
import { SITE_NAME } from "@/components/site/logo";
import { ActionForm } from "@/components/ui/action-form";
import { CheckboxField, FormAlert, SelectField, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { desiredStartOptions, HONEYPOT_FIELD, TOKEN_FIELD } from "@/domain/form-fields";
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
            ? `Thank you: your request ${state.reference} is with our talent managers. We have asked ${label} whether they are interested, and we will reply by email within one business day.`
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
      <input type="hidden" name={TOKEN_FIELD} value={state.formToken ?? formToken} />
      <input type="hidden" name="developer" value={developer} />
      <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
        <label htmlFor="ask-website">Leave this field empty</label>
        <input id="ask-website" name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
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
      <CheckboxField
        name="consent"
        error={errors.consent}
        defaultChecked={value("consent") === "on"}
        label={
          <>
            I agree that {SITE_NAME} stores these details to answer my request, as described in the{" "}
            <TextLink href="/privacy">privacy policy</TextLink>.
          </>
        }
      />
      <SubmitButton pendingLabel="Sending…">Ask to interview</SubmitButton>
    </ActionForm>
  );
}
