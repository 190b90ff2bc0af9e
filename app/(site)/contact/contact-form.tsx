"use client";

import { useActionState, useEffect, useState } from "react";
import {
  CompanyField,
  FormGuardFields,
  PersonFields,
  PrivacyConsentField,
} from "@/components/site/company-contact-fields";
import { ActionForm } from "@/components/ui/action-form";
import { Card } from "@/components/ui/card";
import { FormAlert, SelectField, TextAreaField, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextLink } from "@/components/ui/text-link";
import { desiredStartOptions } from "@/domain/form-fields";
import { type ContactFormState, requestFormToken, submitContactRequest } from "./actions";

type Props = { seniorityOptions: string[]; defaultRole: string };

export function ContactForm({ seniorityOptions, defaultRole }: Props) {
  const [state, action] = useActionState<ContactFormState, FormData>(submitContactRequest, { status: "idle" });
  // The page is the same for everyone, so the form asks for its own token once it is on screen.
  const [formToken, setFormToken] = useState("");
  useEffect(() => {
    // Should it not arrive, the form is sent without one and the visitor is asked to confirm.
    requestFormToken().then(setFormToken, () => {});
  }, []);

  if (state.status === "success" && state.reference === null) {
    // Held for review as suspected spam: an honest answer, with no reference it does not have yet.
    return (
      <Card raised className="p-6">
        <FormAlert tone="success">Thank you. We received your message and will review it before replying.</FormAlert>
        <p className="mt-4 text-ink-muted">Our reply will give you the request&rsquo;s reference number.</p>
        <TextLink href="/hire/backend" className="mt-6 inline-block">
          Back to hiring backend developers
        </TextLink>
      </Card>
    );
  }

  if (state.status === "success") {
    return (
      <Card raised className="p-6">
        <FormAlert tone="success">
          Thank you{state.name ? `, ${state.name}` : ""}. Your request has been sent.
        </FormAlert>
        <p className="mt-4 text-lg">
          Your reference number is <strong className="font-mono">{state.reference}</strong>.
        </p>
        <p className="mt-2 text-ink-muted">
          A Talent Expert will reply within one business day. Quote the reference if you write to us.
        </p>
        <TextLink href="/hire/backend" className="mt-6 inline-block">
          Back to hiring backend developers
        </TextLink>
      </Card>
    );
  }

  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const value = (name: string, fallback = "") => values[name] ?? fallback;

  return (
    <Card raised className="p-6">
      <ActionForm action={action} noValidate className="space-y-6">
        {state.status === "error" ? <FormAlert tone="error">{state.message}</FormAlert> : null}
        <FormGuardFields token={state.formToken ?? formToken} id="field-website" />
        <input type="hidden" name="sourcePage" value={value("sourcePage")} />

        <div className="grid gap-5 sm:grid-cols-2">
          <PersonFields value={value} errors={errors} />
          <CompanyField value={value} errors={errors} />
          <TextField
            name="role"
            label="Role"
            required
            maxLength={80}
            defaultValue={value("role", defaultRole)}
            error={errors.role}
          />
          <SelectField
            name="seniority"
            label="Seniority"
            required
            defaultValue={value("seniority")}
            error={errors.seniority}
            options={[
              { value: "", label: "Choose a level" },
              ...seniorityOptions.map((name) => ({ value: name, label: name })),
            ]}
          />
          <TextField
            name="developers"
            label="Number of developers"
            type="number"
            inputMode="numeric"
            min={1}
            max={500}
            required
            defaultValue={value("developers", "1")}
            error={errors.developers}
          />
          <SelectField
            name="desiredStart"
            label="Desired start"
            required
            defaultValue={value("desiredStart", "")}
            error={errors.desiredStart}
            options={[{ value: "", label: "Choose a start" }, ...desiredStartOptions]}
          />
          <TextField
            name="budget"
            label="Budget"
            maxLength={120}
            hint="For example “$90k a year” or “$60/hour”."
            defaultValue={value("budget")}
            error={errors.budget}
          />
        </div>
        <TextAreaField
          name="message"
          label="Message"
          required
          maxLength={5000}
          rows={6}
          hint="What will the developers work on, and with which stack?"
          defaultValue={value("message")}
          error={errors.message}
        />
        <PrivacyConsentField value={value} errors={errors} />
        <SubmitButton pendingLabel="Sending…">Send request</SubmitButton>
      </ActionForm>
    </Card>
  );
}
