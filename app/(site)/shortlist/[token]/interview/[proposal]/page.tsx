import type { Metadata } from "next";
import { connection } from "next/server";
import { MeetingLink } from "@/components/booking/meeting-link";
import { ZoneCookie } from "@/components/site/zone-cookie";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { SelectField } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getInterviewChoice } from "@/db/queries/interviews";
import { timeZoneLabel } from "@/domain/labels";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { parseRecordId } from "@/domain/record-id";
import { formatDateTime, formatTime, groupSlotsByDay } from "@/domain/slots";
import { timeZoneChoices, visitorTimeZone } from "@/domain/time-zones";
import { readerTimeZoneIfKnown } from "@/services/reader-zone";
import { BookInterviewForm, CancelInterviewForm, SuggestTimesForm } from "../../interview-forms";

export const metadata: Metadata = {
  title: "Book an interview",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string; proposal: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function InterviewPage({ params, searchParams }: Props) {
  await connection();
  const { token, proposal } = await params;
  const { tz } = await searchParams;
  const proposalId = parseRecordId(proposal);
  const choice =
    isWellFormedToken(token) && proposalId !== null
      ? await getInterviewChoice(hashManageToken(token), proposalId)
      : null;
  if (!choice)
    return (
      <Container className="max-w-3xl py-14 sm:py-20">
        <PageTitle>This link does not open an interview booking</PageTitle>
        <p className="mt-4 text-lg text-ink-muted">
          Interviews are booked from your shortlist, for a candidate you asked to meet, while the shortlist link works.
          Please use the newest link your talent manager sent you.
        </p>
      </Container>
    );

  const zone = visitorTimeZone(tz, await readerTimeZoneIfKnown(), choice.defaultTimeZone);
  const days = groupSlotsByDay(choice.slots, zone).map((group) => ({
    day: group.day,
    label: group.label,
    times: group.slots.map((slot) => ({ start: slot.start, label: formatTime(slot.start, zone) })),
  }));
  const current = choice.current;
  return (
    <Container className="max-w-3xl py-14 sm:py-20">
      <ZoneCookie />
      <TextLink href={`/shortlist/${token}`} className="text-sm">
        Back to your shortlist
      </TextLink>
      <PageTitle className="mt-4">
        {current ? "Move your interview" : "Book an interview"} with {choice.candidateName}
      </PageTitle>
      <p className="mt-3 text-ink-muted">
        One hour, in the interview hours of {choice.candidateName}
        {choice.candidateTimeZone ? ` (they live in ${timeZoneLabel(choice.candidateTimeZone)})` : ""}. Both of you get
        a calendar invitation; either side can cancel up to 2 hours before.
      </p>
      {current ? (
        <Card as="section" aria-labelledby="current-title" className="mt-6 space-y-3">
          <h2 id="current-title" className="font-semibold">
            Booked: {formatDateTime(current.startsAt.getTime(), zone)}
          </h2>
          <p className="text-sm">
            Join: <MeetingLink link={current.meetingLink} />
          </p>
          <CancelInterviewForm token={token} interviewId={current.id} />
        </Card>
      ) : null}
      <form method="get" className="mt-8 flex flex-wrap items-end gap-3">
        <SelectField
          name="tz"
          label="Show times in"
          markOptional={false}
          options={timeZoneChoices(zone)}
          defaultValue={zone}
          className="min-w-64"
        />
        <Button type="submit" variant="secondary">
          Show times
        </Button>
      </form>
      <div className="mt-6">
        {days.length === 0 ? (
          <p className="text-lg">
            {choice.candidateTimeZone
              ? `${choice.candidateName} has no free hour in the next three weeks.`
              : `${choice.candidateName} has not shared interview hours yet.`}{" "}
            Suggest your own times below.
          </p>
        ) : (
          <BookInterviewForm
            token={token}
            proposalId={Number(proposal)}
            timeZone={zone}
            days={days}
            meetingLink={current?.meetingLink ?? ""}
            moving={current !== null}
          />
        )}
      </div>
      <section aria-labelledby="suggest-title" className="mt-10 border-t border-line pt-8">
        <h2 id="suggest-title" className="text-xl font-semibold">
          {days.length === 0 ? "Suggest times" : "None of these suit you? Suggest times"}
        </h2>
        <p className="mt-1 mb-4 text-sm text-ink-muted">
          {choice.candidateName} accepts one in their account; you both get the calendar invitation then.
        </p>
        <SuggestTimesForm
          token={token}
          proposalId={Number(proposal)}
          timeZone={zone}
          zoneLabel={timeZoneLabel(zone)}
          meetingLink={current?.meetingLink ?? ""}
        />
      </section>
    </Container>
  );
}
