"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, SelectField, TextAreaField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { COMPANY_COMMENT_MAX } from "@/domain/form-fields";
import { notAFitReasonLabels } from "@/domain/labels";
import { notAFitReasons } from "@/domain/vocabulary";
import { answerShortlist } from "./actions";

const reasonOptions = [
  { value: "", label: "Choose a reason" },
  ...notAFitReasons.map((reason) => ({ value: reason, label: notAFitReasonLabels[reason] })),
];

/** "Interview" in one press; "Not a fit" behind a disclosure that asks why. Both work without JavaScript. */
export function AnswerForms({ token, proposalId, name }: { token: string; proposalId: number; name: string }) {
  const [interview, interviewAction] = useActionState(answerShortlist, { status: "idle" });
  const [pass, passAction] = useActionState(answerShortlist, { status: "idle" });
  const kept = pass.status === "error" ? pass.values : {};
  const errors = pass.status === "error" ? pass.fieldErrors : {};
  return (
    <div className="mt-4 space-y-3">
      {interview.status === "error" ? <FormAlert tone="error">{interview.message}</FormAlert> : null}
      <ActionForm action={interviewAction} aria-label={`Interview ${name}`}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="proposalId" value={proposalId} />
        <input type="hidden" name="answer" value="interview" />
        <SubmitButton pendingLabel="Sending…">Interview {name}</SubmitButton>
      </ActionForm>
      <details className="rounded-lg border border-line open:bg-surface-muted" open={pass.status === "error"}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold">
          Not a fit…
        </summary>
        <ActionForm action={passAction} noValidate className="space-y-3 px-4 pb-4" aria-label={`Not a fit: ${name}`}>
          {pass.status === "error" ? <FormAlert tone="error">{pass.message}</FormAlert> : null}
          <input type="hidden" name="token" value={token} />
          <input type="hidden" name="proposalId" value={proposalId} />
          <input type="hidden" name="answer" value="not_a_fit" />
          <SelectField
            id={`reason-${proposalId}`}
            name="reason"
            label="Main reason"
            required
            options={reasonOptions}
            defaultValue={kept.reason ?? ""}
            error={errors.reason}
          />
          <TextAreaField
            id={`comment-${proposalId}`}
            name="comment"
            label="Anything to add"
            hint={`What would make the next candidate closer (up to ${COMPANY_COMMENT_MAX} characters).`}
            rows={3}
            defaultValue={kept.comment ?? ""}
            error={errors.comment}
          />
          <SubmitButton variant="secondary" pendingLabel="Sending…">
            Send “Not a fit” for {name}
          </SubmitButton>
        </ActionForm>
      </details>
    </div>
  );
}
