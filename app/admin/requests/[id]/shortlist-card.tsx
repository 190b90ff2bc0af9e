import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { DangerForm } from "@/components/admin/danger-form";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { getShortlistBoard } from "@/db/queries/shortlists";
import type { SessionUser } from "@/db/queries/users";
import { PROPOSAL_NOTE_MAX } from "@/domain/form-fields";
import { candidateAnswerLabels, companyAnswerLabels, optionsOf, proposalOutcomeLabels } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { recordProposalOutcome, revokeShortlistLink, saveShortlistNote, sendShortlistToCompany } from "../actions";

/**
 * The request's shortlist as the manager works it: each proposed candidate's answer, the note the
 * company will read, the company's answer; sending the link and revoking it.
 */
export async function ShortlistCard({
  actor,
  requestId,
  contactEmail,
  timeZone,
}: {
  actor: SessionUser;
  requestId: number;
  contactEmail: string;
  timeZone: string;
}) {
  const board = await getShortlistBoard(actor, requestId);
  const interested = board.proposals.filter((proposal) => proposal.candidateAnswer === "interested").length;
  return (
    <Card as="section" aria-labelledby="shortlist-title">
      <h2 id="shortlist-title" className="font-semibold">
        Shortlist
      </h2>
      {board.proposals.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          Propose candidates below. Each one is asked by email whether they are interested; only those who are appear on
          the shortlist the company sees, without their name, email, links or CV.
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {board.proposals.map((proposal) => (
            <li
              key={proposal.id}
              aria-label={`Shortlist: ${proposal.name}`}
              className="rounded-lg border border-line p-3"
            >
              <p className="font-semibold">
                <TextLink href={`/admin/candidates/${proposal.candidateId}`} variant="plain">
                  {proposal.name}
                </TextLink>
              </p>
              <p className="mt-1 text-sm" data-testid="proposal-status">
                {candidateAnswerLabels[proposal.candidateAnswer]}
                {proposal.sharedAt
                  ? ` · on the shortlist since ${formatDateTime(proposal.sharedAt.getTime(), timeZone)}`
                  : ""}
                {proposal.companyAnswer === "pending" ? "" : ` · ${companyAnswerLabels[proposal.companyAnswer]}`}
                {proposal.companyReason ? `: ${proposal.companyReason}` : ""}
                {proposal.companyComment ? ` (“${proposal.companyComment}”)` : ""}
                {proposal.outcome ? ` · ${proposalOutcomeLabels[proposal.outcome]}` : ""}
                {proposal.outcomeReason ? `: ${proposal.outcomeReason}` : ""}
              </p>
              <p className="text-sm text-ink-muted">
                {proposal.companyNameShown
                  ? "The candidate was told the company's name."
                  : "The company's name is withheld from the candidate."}
              </p>
              <div className="mt-2">
                <ActionForm action={saveShortlistNote} submitLabel={`Save note for ${proposal.name}`}>
                  <input type="hidden" name="requestId" value={requestId} />
                  <input type="hidden" name="proposalId" value={proposal.id} />
                  <ActionField
                    id={`note-${proposal.id}`}
                    name="note"
                    type="textarea"
                    rows={2}
                    label="Why this person (the company reads this)"
                    hint={`Up to ${PROPOSAL_NOTE_MAX} characters.`}
                    defaultValue={proposal.note}
                  />
                </ActionForm>
              </div>
              {proposal.companyAnswer === "interview" && proposal.outcome !== "hired" ? (
                <div className="mt-3 border-t border-line pt-3">
                  <ActionForm action={recordProposalOutcome} submitLabel={`Save the outcome for ${proposal.name}`}>
                    <input type="hidden" name="requestId" value={requestId} />
                    <input type="hidden" name="proposalId" value={proposal.id} />
                    <ActionField
                      id={`outcome-${proposal.id}`}
                      name="outcome"
                      type="select"
                      label="After the interviews"
                      markOptional={false}
                      options={[{ value: "", label: "Not decided yet" }, ...optionsOf(proposalOutcomeLabels)]}
                      defaultValue={proposal.outcome ?? ""}
                    />
                    <ActionField
                      id={`outcome-reason-${proposal.id}`}
                      name="reason"
                      label="Reason"
                      requiredWhen="when not hired"
                      defaultValue={proposal.outcomeReason ?? ""}
                    />
                  </ActionForm>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      <div className="mt-4 space-y-3 border-t border-line pt-4">
        {board.link ? (
          <p className="text-sm" data-testid="shortlist-link">
            The company holds a link sent to {board.link.sentTo} on{" "}
            {formatDateTime(board.link.sentAt.getTime(), timeZone)}; it works until{" "}
            {formatDateTime(board.link.expiresAt.getTime(), timeZone)}.
          </p>
        ) : (
          <p className="text-sm text-ink-muted" data-testid="shortlist-link">
            The company has no working shortlist link.
          </p>
        )}
        <p className="text-sm text-ink-muted">
          {interested === 0
            ? "No candidate has said they are interested yet."
            : `${interested} interested candidate${interested === 1 ? "" : "s"} will be on it.`}
        </p>
        <ActionForm
          action={sendShortlistToCompany}
          submitLabel={board.link ? `Send a new link to ${contactEmail}` : `Send the shortlist to ${contactEmail}`}
        >
          <input type="hidden" name="requestId" value={requestId} />
        </ActionForm>
        {board.link ? (
          <DangerForm
            action={revokeShortlistLink}
            summary="Revoke the company's link…"
            warning="The link stops working at once; the company sees a page saying so. Sending the shortlist again makes a new one."
            submitLabel="Revoke the link"
          >
            <input type="hidden" name="requestId" value={requestId} />
          </DangerForm>
        ) : null}
      </div>
    </Card>
  );
}
