"use client";

import { useActionState } from "react";
import { CancelWithReason } from "@/components/booking/cancel-with-reason";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { SCORECARD_AUDIENCES, type ScorecardAudience } from "@/domain/scorecard-consent";
import { acceptInterviewTime, answerProposal, cancelMyInterview, shareScorecard } from "./actions";

/** "I'm interested" / "Not now" on one proposal; the answer's message appears above the buttons. */
export function ProposalAnswer({ proposalId, role }: { proposalId: number; role: string }) {
  const [state, action] = useActionState(answerProposal, { status: "idle" });
  return (
    <ActionForm action={action} className="mt-3 space-y-3" aria-label={`Your answer: ${role}`}>
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      <input type="hidden" name="proposalId" value={proposalId} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="answer" value="interested" pendingLabel="Saving…">
          I’m interested
        </SubmitButton>
        <SubmitButton name="answer" value="declined" variant="secondary" pendingLabel="Saving…">
          Not now
        </SubmitButton>
      </div>
    </ActionForm>
  );
}

/** "Cancel this interview…" with an optional reason for the company. */
export function CancelInterview({ interviewId, label }: { interviewId: number; label: string }) {
  return (
    <CancelWithReason
      action={cancelMyInterview}
      fields={{ interviewId }}
      summary="Cancel this interview…"
      reasonLabel="Reason for the company"
      submitLabel="Cancel the interview"
      name={`Cancel ${label}`}
    />
  );
}

/** One button that turns the sharing of the vetting scorecard's summary with one audience on or off. */
export function ScorecardSharing({ audience, shared }: { audience: ScorecardAudience; shared: boolean }) {
  const [state, action] = useActionState(shareScorecard, { status: "idle" });
  const words = SCORECARD_AUDIENCES[audience];
  return (
    <ActionForm action={action} className="mt-3 space-y-3">
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      <input type="hidden" name="audience" value={audience} />
      <input type="hidden" name="share" value={shared ? "no" : "yes"} />
      <SubmitButton variant={shared ? "secondary" : "primary"} pendingLabel="Saving…">
        {shared ? words.turnOff : words.turnOn}
      </SubmitButton>
    </ActionForm>
  );
}

/** The company's suggested times, one button each. */
export function AcceptTime({ proposalId, times }: { proposalId: number; times: { start: number; label: string }[] }) {
  const [state, action] = useActionState(acceptInterviewTime, { status: "idle" });
  return (
    <ActionForm action={action} className="mt-3 space-y-3">
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      <input type="hidden" name="proposalId" value={proposalId} />
      <div className="flex flex-wrap gap-3">
        {times.map((time) => (
          <SubmitButton
            key={time.start}
            name="start"
            value={String(time.start)}
            variant="secondary"
            pendingLabel="Accepting…"
          >
            Accept {time.label}
          </SubmitButton>
        ))}
      </div>
    </ActionForm>
  );
}
