import { MeetingLink } from "@/components/booking/meeting-link";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { listOwnInterviews } from "@/db/queries/interviews";
import type { SessionUser } from "@/db/queries/users";
import { timeZoneLabel } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { ownAvailability, ownProposals, ownSuggestions } from "./own-records";
import { AcceptTime, CancelInterview } from "./proposal-answer";

/** Times a company suggested, and the interviews booked; shown once a company wants one. */
export async function InterviewsSection({ user }: { user: SessionUser }) {
  const [interviews, proposals, availability, suggestions] = await Promise.all([
    listOwnInterviews(user),
    ownProposals(user),
    ownAvailability(user),
    ownSuggestions(user),
  ]);
  const wanted = proposals.some((proposal) => proposal.companyAnswer === "interview");
  if (interviews.length === 0 && !wanted) return null;
  const myZone = availability.timeZone ?? "UTC";
  // The interview booked on a proposal, which accepting one of its suggested times moves.
  const bookedAt = new Map(proposals.map((proposal) => [proposal.id, proposal.interviewAt]));
  return (
    <section id="interviews" aria-labelledby="interviews-title" className="mt-8 scroll-mt-24">
      <h2 id="interviews-title" className="text-xl font-semibold">
        Interviews
      </h2>
      {wanted && availability.hours.length === 0 ? (
        <p className="mt-2 rounded-lg bg-accent-100 p-3 text-sm">
          A company wants to interview you. <TextLink href="/account/availability">Share your interview hours</TextLink>{" "}
          so it can book a time that suits you.
        </p>
      ) : null}
      <ul className="mt-4 space-y-4">
        {suggestions.map((suggestion) => {
          const booked = bookedAt.get(suggestion.proposalId);
          return (
            <li key={`suggested-${suggestion.proposalId}`}>
              <Card as="article" aria-label={`Times suggested by ${suggestion.company}`}>
                <h3 className="font-semibold">{suggestion.company} suggests these times</h3>
                <p className="mt-1 text-sm text-ink-muted">
                  In your time zone, {timeZoneLabel(myZone)}. Accept the one that suits you.
                </p>
                {booked ? (
                  <p className="mt-2 text-sm font-medium">
                    Your interview is booked for {formatDateTime(booked.getTime(), myZone)} (your time). Accepting one
                    of these times moves it there.
                  </p>
                ) : null}
                <AcceptTime
                  proposalId={suggestion.proposalId}
                  times={suggestion.times.map((start) => ({ start, label: formatDateTime(start, myZone) }))}
                />
              </Card>
            </li>
          );
        })}
        {interviews.map((interview) => {
          const label = `Interview with ${interview.company}`;
          return (
            <li key={interview.id}>
              <Card as="article" aria-label={label}>
                <h3 className="font-semibold">{label}</h3>
                <p className="mt-1 text-sm" data-testid="interview-time">
                  {interview.status === "cancelled" ? "Cancelled: " : ""}
                  {formatDateTime(interview.startsAt.getTime(), interview.candidate.timeZone)} (your time)
                </p>
                {interview.status === "confirmed" ? (
                  <>
                    <p className="mt-1 text-sm break-words">
                      Join: <MeetingLink link={interview.meetingLink} />
                    </p>
                    <CancelInterview interviewId={interview.id} label={label} />
                  </>
                ) : null}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
