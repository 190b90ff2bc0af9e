import { TextAnchor, TextLink } from "@/components/ui/text-link";

/** A cancelled call: the cancellation for the visitor's calendar, the reason given, and a way to book again. */
export function CancelledCall({ token, reason }: { token: string; reason: string | null }) {
  return (
    <>
      <p className="mt-6 text-sm text-ink-muted">
        Still in your calendar?{" "}
        <TextAnchor href={`/api/bookings/${token}/ics`}>Download the cancellation (.ics)</TextAnchor> and open it to
        remove the call.
      </p>
      {reason ? (
        <p className="mt-6 text-sm text-ink-muted">
          Reason given: <span className="whitespace-pre-wrap text-ink">{reason}</span>
        </p>
      ) : null}
      <TextLink href="/book" className="mt-8 inline-block">
        Book a new call
      </TextLink>
    </>
  );
}
