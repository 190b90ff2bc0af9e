import { MeetingLink } from "@/components/booking/meeting-link";
import { Card } from "@/components/ui/card";
import { listRequestInterviews } from "@/db/queries/interviews";
import type { SessionUser } from "@/db/queries/users";
import { formatDateTime } from "@/domain/slots";

/** The interviews the company booked from its shortlist, cancelled ones with who cancelled and why. */
export async function RequestInterviews({
  actor,
  requestId,
  zone,
}: {
  actor: SessionUser;
  requestId: number;
  zone: string;
}) {
  const interviews = await listRequestInterviews(actor, requestId);
  return (
    <Card as="section" aria-labelledby="interviews-title">
      <h2 id="interviews-title" className="font-semibold">
        Interviews
      </h2>
      {interviews.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">
          None yet. The company books one from its shortlist for a candidate both sides said yes to.
        </p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {interviews.map((interview) => (
            <li key={interview.id}>
              {formatDateTime(interview.startsAt.getTime(), zone)} with {interview.candidate.name} ·{" "}
              {interview.status === "confirmed"
                ? "Confirmed"
                : `Cancelled by the ${interview.cancelledBy ?? "staff"}${interview.cancelReason ? ` (“${interview.cancelReason}”)` : ""}`}{" "}
              · <span className="font-mono">{interview.reference}</span> · <MeetingLink link={interview.meetingLink} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
