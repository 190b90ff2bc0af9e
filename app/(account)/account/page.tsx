import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Eyebrow } from "@/components/ui/eyebrow";
import { FormAlert } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getOwnProfile } from "@/db/queries/candidates";
import { getOwnListing } from "@/db/queries/directory";
import { isEmailVerified } from "@/db/queries/email-verifications";
import { getOwnAvailability, listOwnInterviews, listOwnSuggestions } from "@/db/queries/interviews";
import { getOwnScorecardSharing } from "@/db/queries/scorecards";
import { listOwnProposals } from "@/db/queries/shortlists";
import { isMeetingUrl } from "@/domain/calendar";
import { formatDate } from "@/domain/format";
import { candidateStageText, desiredStartLabel, timeZoneLabel } from "@/domain/labels";
import { SCORECARD_AUDIENCES, SCORECARD_SUMMARY, scorecardAudiences } from "@/domain/scorecard-consent";
import { initialsOf, roleTitle } from "@/domain/shortlist";
import { formatDateTime } from "@/domain/slots";
import { requireUser } from "@/services/session";
import { resendVerificationLink } from "./actions";
import { ListingForm } from "./listing-form";
import { AcceptTime, CancelInterview, ProposalAnswer, ScorecardSharing } from "./proposal-answer";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  // Staff sign in through the same page and land on their dashboard.
  if (user.role !== "candidate") redirect("/admin");
  const profile = await getOwnProfile(user);
  if (!profile) notFound();
  const { notice } = await searchParams;
  const current = candidateStageText[profile.stage];
  const verified = await isEmailVerified(user.id);
  const proposals = await listOwnProposals(user);
  const interviews = await listOwnInterviews(user);
  const availability = await getOwnAvailability(user);
  const suggestions = await listOwnSuggestions(user);
  const myZone = availability.timeZone ?? "UTC";
  const scorecard = await getOwnScorecardSharing(user);
  const listing = await getOwnListing(user);
  const wanted = proposals.some((proposal) => proposal.companyAnswer === "interview");
  // The interview booked on a proposal, which accepting one of its suggested times moves.
  const bookedAt = new Map(proposals.map((proposal) => [proposal.id, proposal.interviewAt]));
  const suggested = new Set(suggestions.map((suggestion) => suggestion.proposalId));

  return (
    <>
      {notice === "submitted" ? (
        <FormAlert tone="success">Thank you: your profile has been submitted to our talent managers.</FormAlert>
      ) : null}
      {notice === "verified" ? <FormAlert tone="success">Your email address is confirmed.</FormAlert> : null}
      {notice === "interview-accepted" ? (
        <FormAlert tone="success">Accepted: you and the company have the calendar invitation by email.</FormAlert>
      ) : null}
      {notice === "verify-sent" ? (
        <FormAlert tone="success">We sent a new link to {user.email}. It works for 24 hours.</FormAlert>
      ) : null}
      {notice === "verify-limit" ? (
        <FormAlert tone="error">
          We already sent three links in the last hour, so no new one was sent. Please use one of those, or try again
          later.
        </FormAlert>
      ) : null}
      {verified ? null : (
        <Card as="section" aria-labelledby="verify-title" className="mt-4 border-accent-700/30 bg-accent-100">
          <h2 id="verify-title" className="font-semibold">
            Confirm your email address
          </h2>
          <p className="mt-1 text-sm">
            We sent a link to <strong className="break-all">{user.email}</strong>. Open it to confirm the address is
            yours: you can submit your profile once it is confirmed.
          </p>
          <form action={resendVerificationLink} className="mt-3">
            <Button type="submit" variant="secondary">
              Send the link again
            </Button>
          </form>
        </Card>
      )}
      <PageTitle className="mt-4">Hello, {user.name}</PageTitle>

      <Card as="section" raised aria-labelledby="stage-title" className="mt-8 p-6">
        <Eyebrow as="h2" id="stage-title" tone="muted">
          Your application
        </Eyebrow>
        <p className="mt-2 text-2xl font-bold" data-testid="current-stage">
          {current.title}
        </p>
        <p className="mt-2 text-ink-muted">{current.text}</p>
        <div className="mt-5">
          <ButtonLink href="/account/profile" variant={profile.stage === "draft" ? "primary" : "secondary"}>
            {profile.stage === "draft" ? "Complete and submit your profile" : "Edit your profile"}
          </ButtonLink>
        </div>
      </Card>

      {scorecard.exists ? (
        <Card as="section" aria-labelledby="scorecard-title" className="mt-8">
          <h2 id="scorecard-title" className="text-xl font-semibold">
            Your vetting scorecard
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            Our talent managers scored your vetting. You decide who may read its summary ({SCORECARD_SUMMARY}), for each
            place on its own; nobody sees it until you say so.
          </p>
          <ul className="mt-4 space-y-5">
            {scorecardAudiences.map((audience) => (
              <li key={audience}>
                <h3 className="font-semibold">{SCORECARD_AUDIENCES[audience].title}</h3>
                <p className="mt-1 text-sm text-ink-muted" data-testid={`scorecard-sharing-${audience}`}>
                  {SCORECARD_AUDIENCES[audience].who}{" "}
                  <strong>{scorecard.shared[audience] ? "Shown." : "Not shown."}</strong>
                </p>
                <ScorecardSharing audience={audience} shared={scorecard.shared[audience]} />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      {listing && (listing.stage === "vetted" || listing.listedAt) ? (
        <Card as="section" aria-labelledby="directory-title" className="mt-8">
          <h2 id="directory-title" className="text-xl font-semibold">
            The developer directory
          </h2>
          {listing.hiddenAt ? (
            <p className="mt-2 text-sm font-medium text-danger-700" data-testid="listing-state">
              A talent manager has hidden your listing: {listing.hiddenReason}. Companies cannot see it until they show
              it again. Reply to any of our emails if you think this is a mistake.
            </p>
          ) : listing.listedAt && listing.stage === "vetted" ? (
            <p className="mt-2 text-sm" data-testid="listing-state">
              Your profile is listed since {formatDate(listing.listedAt)}:{" "}
              <TextLink href={`/developers/${listing.publicId}`}>see it as companies do</TextLink>.
            </p>
          ) : listing.listedAt ? (
            <p className="mt-2 text-sm" data-testid="listing-state">
              You chose to be listed; your profile shows again once your stage is “vetted”.
            </p>
          ) : (
            <p className="mt-2 text-sm" data-testid="listing-state">
              You are not listed. Companies browsing our directory can ask to interview a listed developer.
            </p>
          )}
          <p className="mt-2 text-sm text-ink-muted">
            Companies see your headline, seniority, years, skills, time zone, availability, English and other languages,
            work preferences, your <TextLink href="/account/experience">work history and projects</TextLink> without the
            companies’ names, and the vetting stages you passed. Never your surname, email, links, CV, salary or
            employers. You can leave at any time: your public profile goes at once.
          </p>
          <ListingForm
            listed={listing.listedAt !== null}
            displayName={listing.displayName}
            initials={initialsOf(user.name)}
          />
        </Card>
      ) : null}

      {interviews.length > 0 || wanted ? (
        <section id="interviews" aria-labelledby="interviews-title" className="mt-8 scroll-mt-24">
          <h2 id="interviews-title" className="text-xl font-semibold">
            Interviews
          </h2>
          {wanted && availability.hours.length === 0 ? (
            <p className="mt-2 rounded-lg bg-accent-100 p-3 text-sm">
              A company wants to interview you.{" "}
              <TextLink href="/account/availability">Share your interview hours</TextLink> so it can book a time that
              suits you.
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
                        Your interview is booked for {formatDateTime(booked.getTime(), myZone)} (your time). Accepting
                        one of these times moves it there.
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
                          Join:{" "}
                          {isMeetingUrl(interview.meetingLink) ? (
                            <TextAnchor href={interview.meetingLink}>{interview.meetingLink}</TextAnchor>
                          ) : (
                            interview.meetingLink
                          )}
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
      ) : null}

      {proposals.length > 0 ? (
        <section id="proposals" aria-labelledby="proposals-title" className="mt-8 scroll-mt-24">
          <h2 id="proposals-title" className="text-xl font-semibold">
            Roles we put you forward for
          </h2>
          <p className="mt-1 text-sm text-ink-muted">
            Companies see your profile without your name, email, links or CV. Those are shared only when you are
            interested and the company asks to interview you.
          </p>
          <ul className="mt-4 space-y-4">
            {proposals.map((proposal) => {
              const title = roleTitle(proposal.seniority, proposal.role);
              const booked = proposal.interviewAt;
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
                      {proposal.companyAnswer === "interview"
                        ? booked
                          ? `Interview booked for ${formatDateTime(booked.getTime(), myZone)} (your time).`
                          : suggested.has(proposal.id)
                            ? "The company would like to interview you and suggested times: accept one under Interviews."
                            : "The company would like to interview you: it books a time in your interview hours."
                        : proposal.companyAnswer === "not_a_fit"
                          ? "The company went another way this time."
                          : proposal.candidateAnswer === "interested"
                            ? "You said you are interested."
                            : proposal.candidateAnswer === "declined"
                              ? "You said not now."
                              : "Are you interested?"}
                    </p>
                    {proposal.companyAnswer === "pending" ? (
                      <ProposalAnswer proposalId={proposal.id} role={title} />
                    ) : null}
                  </Card>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-xl font-semibold">
          History
        </h2>
        <ol className="mt-4 space-y-3 border-l-2 border-brand-200 pl-5">
          {[...profile.history].reverse().map((event, index) => (
            <li key={`${event.stage}-${index}`}>
              <p className="font-semibold">{candidateStageText[event.stage].title}</p>
              <p className="text-sm text-ink-muted">
                <time dateTime={event.at.toISOString()}>{formatDate(event.at)}</time>
                {event.reason ? ` · ${event.reason}` : null}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="data-title" className="mt-10">
        <h2 id="data-title" className="text-xl font-semibold">
          Your data
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <TextAnchor href="/api/account/export">Download my data (JSON)</TextAnchor>
          </li>
          <li>
            <TextLink href="/account/password">Change my password</TextLink>
          </li>
          <li>
            <TextLink href="/account/delete">Delete my account</TextLink>
          </li>
        </ul>
      </section>
    </>
  );
}
