import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { FilterForm, FilterSelect } from "@/components/admin/filter-form";
import { TimeZoneForm } from "@/components/booking/time-zone-form";
import { buttonClasses } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-fields";
import { Label, Select } from "@/components/ui/input";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { listCalls } from "@/db/queries/admin/calls";
import { listExpertsForEdit } from "@/db/queries/experts";
import { allowedOutcomes, canStaffCancel, outcomeLabels } from "@/domain/call-outcomes";
import { bookingStatusLabels, timeZoneLabel } from "@/domain/labels";
import { filterQuery, oneOf, param } from "@/domain/search-params";
import { formatTime, groupSlotsByDay } from "@/domain/slots";
import { parseTimeZone, unknownTimeZone } from "@/domain/time-zones";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import { updateCall } from "./actions";

export const metadata = { title: "Calls" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CallsPage({ searchParams }: Props) {
  const actor = await requireStaff("/admin/calls");
  const query = await searchParams;
  const when = oneOf(query.when, ["upcoming", "past"] as const) ?? "upcoming";
  // The zone in the address, else the reader's own (remembered from their browser).
  const timeZone = parseTimeZone(query.tz ?? (await readerTimeZone()));
  const expert = param(query.expert);
  const [calls, experts] = await Promise.all([listCalls(actor, { when, expert }), listExpertsForEdit(actor)]);
  const byId = new Map(calls.map((call) => [call.id, call]));
  // Group by the manager's day, reusing the visitor-side grouping (expertId carries the booking id here).
  const days = groupSlotsByDay(
    calls.map((call) => ({ expertId: call.id, start: call.startsAt.getTime(), end: call.startsAt.getTime() })),
    timeZone,
  );
  if (when === "past") days.reverse();
  const cancelled = param(query.cancelled);

  return (
    <>
      <PageTitle size="admin">Discovery calls</PageTitle>
      {cancelled ? (
        <div className="mt-4">
          <FormAlert tone="success">
            Call {cancelled} cancelled; the visitor and the Talent Expert have been emailed.
          </FormAlert>
        </div>
      ) : null}
      <p className="mt-2 text-sm text-ink-muted">
        Who takes calls, their weekly hours and time off: <TextLink href="/admin/experts">Talent experts</TextLink>
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-6">
        <nav aria-label="Which calls" className="flex gap-2">
          {(["upcoming", "past"] as const).map((option) => (
            <Link
              key={option}
              href={`?${filterQuery({ when: option, tz: timeZone, expert })}`}
              aria-current={option === when ? "page" : undefined}
              className={`rounded-md border px-3 py-2 text-sm font-semibold ${option === when ? "border-brand-700 bg-brand-700 text-white" : "border-line bg-white"}`}
            >
              {option === "upcoming" ? "Upcoming" : "Past"}
            </Link>
          ))}
        </nav>
        <TimeZoneForm
          timeZone={timeZone}
          hidden={{ when, ...(expert ? { expert } : {}) }}
          unknown={unknownTimeZone(query.tz)}
        />
      </div>
      <FilterForm clearHref={`?${filterQuery({ when, tz: timeZone })}`}>
        <input type="hidden" name="when" value={when} />
        <input type="hidden" name="tz" value={timeZone} />
        <FilterSelect
          name="expert"
          label="Talent Expert"
          value={expert}
          anyLabel="Everyone"
          options={experts.map((person) => ({ value: person.slug, label: person.name }))}
        />
      </FilterForm>
      <p className="mt-4 text-sm">
        <TextAnchor href={`/admin/calls/export?${filterQuery({ when, tz: timeZone, expert })}`}>
          Export these calls as CSV
        </TextAnchor>{" "}
        <span className="text-ink-muted">(times in {timeZoneLabel(timeZone)})</span>
      </p>
      {days.length === 0 ? <p className="mt-6 text-ink-muted">No {when} calls.</p> : null}
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`day-${day.day}`} className="mt-6">
          <h2 id={`day-${day.day}`} className="font-semibold">
            {day.label}
          </h2>
          <ul className="mt-2 space-y-2">
            {day.slots.map((slot) => {
              const call = byId.get(slot.expertId);
              if (!call) return null;
              return (
                <li
                  key={call.id}
                  className="flex flex-wrap items-start justify-between gap-4 rounded-lg border border-line bg-white p-4"
                  data-testid={`call-${call.reference}`}
                >
                  <div>
                    <p className="font-semibold">
                      {formatTime(slot.start, timeZone)} · {call.company} with {call.expert}
                    </p>
                    <p className="text-sm text-ink-muted">
                      {call.name} &lt;{call.email}&gt; · {call.hiringFor}
                    </p>
                    <p className="text-sm">
                      Status: <strong>{bookingStatusLabels[call.status]}</strong>
                      {call.contactRequestId ? (
                        <>
                          {" · "}
                          <TextLink variant="plain" href={`/admin/requests/${call.contactRequestId}`}>
                            Open the request
                          </TextLink>
                        </>
                      ) : null}
                    </p>
                    {call.status === "cancelled" && call.cancelReason ? (
                      <p className="mt-1 max-w-prose text-sm">
                        Cancellation reason: <span className="whitespace-pre-wrap">{call.cancelReason}</span>
                      </p>
                    ) : null}
                  </div>
                  <CallActions call={call} timeZone={timeZone} />
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}

type ListedCall = Awaited<ReturnType<typeof listCalls>>[number];

/** Outcome (only once the call has started, never preselected) and cancellation (a confirm page) for one call. */
function CallActions({ call, timeZone }: { call: ListedCall; timeZone: string }) {
  const outcomes = allowedOutcomes(call);
  const cancellable = canStaffCancel(call);
  const recorded = call.status === "completed" || call.status === "no_show";
  if (outcomes.length === 0 && !cancellable) return null;
  return (
    <div className="flex flex-wrap items-end gap-4">
      {outcomes.length > 0 ? (
        <ActionForm key={call.status} action={updateCall} submitLabel="Save">
          <input type="hidden" name="id" value={call.id} />
          <Label htmlFor={`outcome-${call.id}`}>
            {recorded ? "Correct the outcome of" : "Outcome of"} {call.reference}
          </Label>
          <Select id={`outcome-${call.id}`} name="status" defaultValue="">
            <option value="" disabled>
              Choose…
            </option>
            {outcomes.map((outcome) => (
              <option key={outcome} value={outcome}>
                {outcomeLabels[outcome]}
              </option>
            ))}
          </Select>
        </ActionForm>
      ) : null}
      {cancellable ? (
        <Link
          href={`/admin/calls/${call.id}/cancel?${filterQuery({ tz: timeZone })}`}
          className={buttonClasses("danger")}
        >
          Cancel call…<span className="sr-only"> ({call.reference})</span>
        </Link>
      ) : null}
    </div>
  );
}
