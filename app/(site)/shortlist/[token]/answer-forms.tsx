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

/**
 * "Interview" in one press; "Not a fit" behind a disclosure that asks why. Both work without
 * JavaScript, and a plain post comes back at this card's heading (`#candidate-<id>`), not at the top
 * of the page. Both forms share one state: React keys a post's state by that address, so two hooks
 * with it would both take either answer; the answer sent says under which form a refusal goes.
 */
export function AnswerForms({ token, proposalId, name }: { token: string; proposalId: number; name: string }) {
  const [state, action] = useActionState(answerShortlist, { status: "idle" }, `#candidate-${proposalId}`);
  const refused = state.status === "error" ? state : null;
  const passRefused = refused?.values.answer === "not_a_fit" ? refused : null;
  const interviewRefused = refused && !passRefused ? refused : null;
  const kept = passRefused?.values ?? {};
  const errors = passRefused?.fieldErrors ?? {};
  return (
    <div className="mt-4 space-y-3">
      {interviewRefused ? <FormAlert tone="error">{interviewRefused.message}</FormAlert> : null}
      <ActionForm action={action} aria-label={`Interview ${name}`}>
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="proposalId" value={proposalId} />
        <input type="hidden" name="answer" value="interview" />
        <SubmitButton pendingLabel="Sending…">Interview {name}</SubmitButton>
      </ActionForm>
      <details className="rounded-lg border border-line open:bg-surface-muted" open={passRefused !== null}>
        <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold">
          Not a fit…
        </summary>
        <ActionForm action={action} noValidate className="space-y-3 px-4 pb-4" aria-label={`Not a fit: ${name}`}>
          {passRefused ? <FormAlert tone="error">{passRefused.message}</FormAlert> : null}
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
