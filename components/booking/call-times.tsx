import { timeZoneLabel } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";

/** The call's time in the visitor's zone and in the expert's, side by side. */
export function CallTimes({
  start,
  visitorTimeZone,
  expertName,
  expertTimeZone,
}: {
  start: number;
  visitorTimeZone: string;
  expertName: string;
  expertTimeZone: string;
}) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2">
      <div className="rounded-lg bg-brand-50 p-4">
        <dt className="text-sm text-ink-muted">Your time ({timeZoneLabel(visitorTimeZone)})</dt>
        <dd className="mt-1 font-semibold" data-testid="visitor-time">
          {formatDateTime(start, visitorTimeZone)}
        </dd>
      </div>
      <div className="rounded-lg bg-surface-muted p-4">
        <dt className="text-sm text-ink-muted">
          {expertName}’s time ({timeZoneLabel(expertTimeZone)})
        </dt>
        <dd className="mt-1 font-semibold" data-testid="expert-time">
          {formatDateTime(start, expertTimeZone)}
        </dd>
      </div>
    </dl>
  );
}
