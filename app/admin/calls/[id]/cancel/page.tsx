import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelCallForm } from "@/components/booking/cancel-call-form";
import { getCall } from "@/db/queries/admin";
import { canStaffCancel } from "@/lib/call-outcomes";
import { filterQuery } from "@/lib/search-params";
import { requireStaff } from "@/lib/session";
import { formatDateTime } from "@/lib/slots";
import { parseTimeZone } from "@/lib/time-zones";
import { cancelCallByStaff } from "../../actions";

export const metadata = { title: "Cancel a call" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CancelCallPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/calls/${id}/cancel`);
  const call = /^\d{1,10}$/.test(id) ? await getCall(actor, Number(id)) : null;
  if (!call) notFound();
  const timeZone = parseTimeZone((await searchParams).tz);
  const back = `/admin/calls?${filterQuery({ tz: timeZone })}`;

  return (
    <>
      <Link href={back} className="text-sm font-semibold text-brand-700 underline underline-offset-4">
        All calls
      </Link>
      <h1 className="mt-3 text-2xl font-bold">Cancel this call?</h1>
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
            fields={{ id: String(call.id), returnTo: `/admin/calls?${filterQuery({ tz: timeZone, cancelled: call.reference })}` }}
            reasonHint={`${call.name} reads it in the cancellation email.`}
            submitLabel="Cancel the call"
            keepHref={back}
            keepLabel="Keep the call"
          />
        </div>
      ) : (
        <p className="mt-6 text-ink-muted">This call is {call.status.replace("_", "-")}; only a confirmed call that has not ended can be cancelled.</p>
      )}
    </>
  );
}
