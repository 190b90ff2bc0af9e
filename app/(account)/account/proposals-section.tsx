import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/db/queries/users";
import { formatDate } from "@/domain/format";
import { desiredStartLabel } from "@/domain/labels";
import { roleTitle } from "@/domain/shortlist";
import { formatDateTime } from "@/domain/slots";
import { ownAvailability, ownProposals, ownSuggestions } from "./own-records";
import { ProposalAnswer } from "./proposal-answer";

type Proposal = Awaited<ReturnType<typeof ownProposals>>[number];

/** The roles a talent manager put the candidate forward for, each with where it stands and the answer to give. */
export async function ProposalsSection({ user }: { user: SessionUser }) {
  const [proposals, availability, suggestions] = await Promise.all([
    ownProposals(user),
    ownAvailability(user),
    ownSuggestions(user),
  ]);
  if (proposals.length === 0) return null;
  const myZone = availability.timeZone ?? "UTC";
  const suggested = new Set(suggestions.map((suggestion) => suggestion.proposalId));
  return (
    <section id="proposals" aria-labelledby="proposals-title" className="mt-8 scroll-mt-24">
      <h2 id="proposals-title" className="text-xl font-semibold">
        Roles we put you forward for
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        Companies see your profile without your name, email, links or CV. Those are shared only when you are interested
        and the company asks to interview you.
      </p>
      <ul className="mt-4 space-y-4">
        {proposals.map((proposal) => {
          const title = roleTitle(proposal.seniority, proposal.role);
          return (
            <li key={proposal.id}>
              <Card as="article" aria-label={title}>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-1 text-sm">
                  Company: {proposal.company ?? "its name is shared once you both say yes"}
                </p>
                <p className="mt-1 text-sm text-ink-muted">
                  {proposal.developers} {proposal.developers === 1 ? "developer" : "developers"} wanted · start{" "}
                  {desiredStartLabel(proposal.desiredStart).toLowerCase()} · proposed{" "}
                  <time dateTime={proposal.proposedAt.toISOString()}>{formatDate(proposal.proposedAt)}</time>
                </p>
                <p className="mt-2 text-sm font-semibold" data-testid="proposal-answer">
                  {answerText(proposal, myZone, suggested.has(proposal.id))}
                </p>
                {proposal.companyAnswer === "pending" ? <ProposalAnswer proposalId={proposal.id} role={title} /> : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Where the proposal stands, from the company's answer first, then the candidate's own. */
function answerText(proposal: Proposal, myZone: string, suggested: boolean) {
  const booked = proposal.interviewAt;
  if (proposal.companyAnswer === "interview") {
    if (booked) return `Interview booked for ${formatDateTime(booked.getTime(), myZone)} (your time).`;
    return suggested
      ? "The company would like to interview you and suggested times: accept one under Interviews."
      : "The company would like to interview you: it books a time in your interview hours.";
  }
  if (proposal.companyAnswer === "not_a_fit") return "The company went another way this time.";
  if (proposal.candidateAnswer === "interested") return "You said you are interested.";
  if (proposal.candidateAnswer === "declined") return "You said not now.";
  return "Are you interested?";
}
