import type { Metadata } from "next";
import { connection } from "next/server";
import { MeetingLink } from "@/components/booking/meeting-link";
import { ZoneCookie } from "@/components/site/zone-cookie";
import {
  availabilityText,
  englishText,
  FactList,
  NotableProjects,
  ScorecardSummary,
  SkillList,
  WorkHistory,
  yearsText,
  zoneText,
} from "@/components/talent/profile-parts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { FormAlert } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getShortlistByToken, type ShortlistCandidate } from "@/db/queries/shortlist-company";
import { formatDate } from "@/domain/format";
import { stageTitles, timeZoneLabel } from "@/domain/labels";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { roleTitle } from "@/domain/shortlist";
import { formatDateTime } from "@/domain/slots";
import { visitorTimeZone } from "@/domain/time-zones";
import { readerTimeZoneIfKnown } from "@/services/reader-zone";
import { AnswerForms } from "./answer-forms";

// The token in the URL is a secret: keep the page out of indexes and out of Referer headers.
export const metadata: Metadata = {
  title: "Your shortlist",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const INTERVIEW_NOTICES: Record<string, string> = {
  booked: "Your interview is booked. You and the candidate have a calendar invitation by email.",
  moved: "Your interview has moved. You and the candidate have the updated invitation by email.",
  cancelled: "The interview is cancelled. We have told the candidate.",
  suggested: "Your times are sent. When the candidate accepts one, you both get the calendar invitation.",
};

const CLOSED_TEXT = {
  missing: {
    title: "This link does not open a shortlist",
    text: "Please check that the whole link from your email was copied. If it still does not work, reply to that email and your talent manager will send a new one.",
  },
  expired: {
    title: "This shortlist link has expired",
    text: "Links to a shortlist work for 30 days. Reply to the email it came in and your talent manager will send a new one.",
  },
  revoked: {
    title: "This shortlist link no longer works",
    text: "Your talent manager replaced or withdrew it. The newest email about your shortlist holds the link that works.",
  },
};

export default async function ShortlistPage({ params, searchParams }: Props) {
  await connection();
  const { token } = await params;
  const { interview: notice } = await searchParams;
  // The reader's own zone (their browser's, remembered), else the zone of the company's call: hours in
  // common are said only against a zone we know, never an assumed UTC.
  const readerZone = await readerTimeZoneIfKnown();
  const view = isWellFormedToken(token)
    ? await getShortlistByToken(hashManageToken(token), readerZone)
    : { state: "missing" as const };

  if (view.state !== "open") {
    const text = CLOSED_TEXT[view.state];
    return (
      <Container className="max-w-3xl py-14 sm:py-20">
        <PageTitle>{text.title}</PageTitle>
        <p className="mt-4 text-lg text-ink-muted">{text.text}</p>
        <p className="mt-6">
          <TextAnchor href="/contact">Or write to us through the contact form</TextAnchor>
        </p>
      </Container>
    );
  }

  return (
    <Container className="max-w-4xl py-14 sm:py-20">
      <ZoneCookie />
      {typeof notice === "string" && INTERVIEW_NOTICES[notice] ? (
        <div className="mb-6">
          <FormAlert tone="success">{INTERVIEW_NOTICES[notice]}</FormAlert>
        </div>
      ) : null}
      <Badge>Shortlist · {view.company}</Badge>
      <PageTitle className="mt-4">
        {roleTitle(view.seniority, view.role)}: {view.candidates.length}{" "}
        {view.candidates.length === 1 ? "candidate" : "candidates"}
      </PageTitle>
      <p className="mt-4 max-w-2xl text-ink-muted">
        Each developer below passed our vetting and said they are interested in your role. Names, contact details and
        CVs are shown once you ask to interview someone. This link works until {formatDate(view.expiresAt)}.
      </p>
      {view.candidates.length === 0 ? (
        <p className="mt-8 text-lg">Nobody is on this shortlist at the moment. Your talent manager will be in touch.</p>
      ) : (
        <ol className="mt-10 space-y-6">
          {view.candidates.map((candidate) => (
            <li key={candidate.proposalId}>
              <CandidateCard
                candidate={candidate}
                token={token}
                readerZone={readerZone}
                companyTimeZone={view.companyTimeZone}
              />
            </li>
          ))}
        </ol>
      )}
    </Container>
  );
}

function CandidateCard({
  candidate,
  token,
  readerZone,
  companyTimeZone,
}: {
  candidate: ShortlistCandidate;
  token: string;
  readerZone: string | null;
  companyTimeZone: string | null;
}) {
  const interviewZone = candidate.interview && visitorTimeZone(undefined, readerZone, candidate.interview.timeZone);
  const facts: [string, string][] = [
    ["Seniority", candidate.seniority ?? "—"],
    ["Experience", yearsText(candidate.yearsExperience)],
    ["Time zone", zoneText(candidate, companyTimeZone)],
    ["Availability", availabilityText(candidate)],
    ["English", englishText(candidate.englishLevel)],
    ["Expected salary", candidate.salaryBand ?? "—"],
    [
      "Vetting passed",
      candidate.vetting.length ? candidate.vetting.map((stage) => stageTitles[stage]).join(", ") : "—",
    ],
  ];
  return (
    <Card as="article" aria-labelledby={`candidate-${candidate.proposalId}`} className="p-6">
      <h2 id={`candidate-${candidate.proposalId}`} className="text-xl font-bold">
        {candidate.displayName}
      </h2>
      {candidate.headline ? <p className="mt-1 text-ink-muted">{candidate.headline}</p> : null}
      <SkillList skills={candidate.skills} />
      <FactList facts={facts} />
      {candidate.note ? (
        <div className="mt-4 rounded-lg bg-surface-muted p-4">
          <h3 className="text-sm font-semibold">Why we chose them</h3>
          <p className="mt-1 whitespace-pre-wrap text-sm">{candidate.note}</p>
        </div>
      ) : null}
      {candidate.scorecard ? <ScorecardSummary scorecard={candidate.scorecard} /> : null}
      <WorkHistory positions={candidate.positions} id={`history-${candidate.proposalId}`} level={3} />
      <NotableProjects projects={candidate.projects} id={`projects-${candidate.proposalId}`} level={3} />
      {candidate.answer === "pending" ? (
        <AnswerForms token={token} proposalId={candidate.proposalId} name={candidate.displayName} />
      ) : null}
      {candidate.answer === "not_a_fit" ? (
        <p className="mt-4 text-sm font-semibold">
          You answered “Not a fit”{candidate.reason ? `: ${candidate.reason}` : ""}.
        </p>
      ) : null}
      {candidate.identity ? (
        <section
          aria-label={`Contact ${candidate.identity.name}`}
          className="mt-4 rounded-lg border border-success-700/30 bg-green-50 p-4"
        >
          <p className="text-sm font-semibold text-success-700">You asked to interview {candidate.identity.name}.</p>
          <ul className="mt-2 space-y-1 text-sm wrap-anywhere">
            <li>
              Email: <TextAnchor href={`mailto:${candidate.identity.email}`}>{candidate.identity.email}</TextAnchor>
            </li>
            {(
              [
                ["GitHub", candidate.identity.githubUrl],
                ["LinkedIn", candidate.identity.linkedinUrl],
                ["Portfolio", candidate.identity.portfolioUrl],
              ] as const
            ).map(([label, href]) =>
              href ? (
                <li key={label}>
                  {label}: <TextAnchor href={href}>{href}</TextAnchor>
                </li>
              ) : null,
            )}
            <li className="pt-2">
              {candidate.interview && interviewZone ? (
                <>
                  <strong>Interview: {formatDateTime(candidate.interview.startsAt.getTime(), interviewZone)}</strong> (
                  {timeZoneLabel(interviewZone)}) · Join: <MeetingLink link={candidate.interview.meetingLink} /> ·{" "}
                  <TextLink href={`/shortlist/${token}/interview/${candidate.proposalId}`}>Move or cancel it</TextLink>
                </>
              ) : (
                <TextLink href={`/shortlist/${token}/interview/${candidate.proposalId}`}>
                  Book an interview with {candidate.identity.name}
                </TextLink>
              )}
            </li>
            {candidate.identity.hasCv ? (
              <li>
                <TextAnchor href={`/api/shortlists/${token}/cv/${candidate.proposalId}`}>
                  Download the CV of {candidate.identity.name}
                </TextAnchor>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
    </Card>
  );
}
