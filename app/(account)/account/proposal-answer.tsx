"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { answerProposal } from "./actions";

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
