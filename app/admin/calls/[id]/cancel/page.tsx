import { notFound } from "next/navigation";
import { CancelCallForm } from "@/components/booking/cancel-call-form";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getCall } from "@/db/queries/admin/calls";
import { canStaffCancel } from "@/domain/call-outcomes";
import { bookingStatusLabels } from "@/domain/labels";
import { parseRecordId } from "@/domain/record-id";
import { filterQuery } from "@/domain/search-params";
import { formatDateTime } from "@/domain/slots";
import { parseTimeZone } from "@/domain/time-zones";
import { requireStaff } from "@/services/session";
import { cancelCallByStaff } from "../../actions";

export const metadata = { title: "Cancel a call" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CancelCallPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/calls/${id}/cancel`);
  const callId = parseRecordId(id);
  const call = callId ? await getCall(actor, callId) : null;
  if (!call) notFound();
  const timeZone = parseTimeZone((await searchParams).tz);
  const back = `/admin/calls?${filterQuery({ tz: timeZone })}`;

  return (
    <>
      <TextLink href={back} className="text-sm">
        All calls
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        Cancel this call?
      </PageTitle>
      <p className="mt-2 max-w-prose">
        <strong>{call.company}</strong> with {call.expert}, {formatDateTime(call.startsAt.getTime(), timeZone)} ·{" "}
        <span className="font-mono">{call.reference}</span>
      </p>
      <p className="mt-1 text-sm text-ink-muted">
        {call.name} &lt;{call.email}&gt; and {call.expert} are emailed that the call is cancelled.
      </p>
      {canStaffCancel(call) ? (
        <div className="mt-6 max-w-xl">
          <CancelCallForm
            action={cancelCallByStaff}
            fields={{
              id: String(call.id),
              returnTo: `/admin/calls?${filterQuery({ tz: timeZone, cancelled: call.reference })}`,
            }}
            reasonHint={`${call.name} reads it in the cancellation email.`}
            submitLabel="Cancel the call"
            keepHref={back}
            keepLabel="Keep the call"
          />
        </div>
      ) : (
        <p className="mt-6 text-ink-muted">
          This call is {bookingStatusLabels[call.status].toLowerCase()}; only a confirmed call that has not ended can be
          cancelled.
        </p>
      )}
    </>
  );
}
