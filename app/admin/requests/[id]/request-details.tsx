import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { DangerForm } from "@/components/admin/danger-form";
import { FieldList } from "@/components/admin/record-layout";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import { desiredStartOptions } from "@/domain/form-fields";
import { bookingStatusLabels, desiredStartLabel, requestStatusLabels } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { isOpenRequest, UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { editRequestDetails, mergeRequest } from "../actions";
import { type RequestRecord, seniorityOptions } from "./request-data";

type Props = { request: RequestRecord; zone: string };

/** What the company sent, and the form to correct it. */
export async function RequestDetails({ request, zone }: Props) {
  const levels = await seniorityOptions();
  const fields: [string, string][] = [
    ["Name", request.name],
    ["Work email", request.email],
    ["Company", request.company],
    ["Role", request.role],
    ["Seniority", request.seniority],
    ["Developers", String(request.developers)],
    ["Desired start", desiredStartLabel(request.desiredStart)],
    ["Budget", request.budget ?? "—"],
    ["Source page", request.sourcePage],
    ["Received", formatDateTime(request.createdAt.getTime(), zone)],
    ["Consent given", formatDateTime(request.consentAt.getTime(), zone)],
  ];
  return (
    <Card as="section" aria-labelledby="details-title">
      <h2 id="details-title" className="font-semibold">
        Details
      </h2>
      <FieldList fields={fields} />
      <h3 className="mt-4 text-sm text-ink-muted">Message</h3>
      <p className="mt-1 whitespace-pre-wrap text-sm">{request.message}</p>
      <details className="mt-4 rounded-lg border border-line open:bg-surface-muted">
        <summary className="inline-flex min-h-11 cursor-pointer items-center px-4 text-sm font-semibold">
          Edit details…
        </summary>
        <div className="px-4 pb-4">
          <ActionForm action={editRequestDetails} submitLabel="Save details">
            <input type="hidden" name="id" value={request.id} />
            <div className="grid gap-3 sm:grid-cols-2">
              <ActionField
                id="details-company"
                name="company"
                label="Company"
                required
                defaultValue={request.company}
              />
              <ActionField id="details-role" name="role" label="Role" required defaultValue={request.role} />
              <ActionField
                id="details-seniority"
                name="seniority"
                type="select"
                label="Seniority"
                options={[...new Set([...levels, UNSPECIFIED_SENIORITY, request.seniority])].map((level) => ({
                  value: level,
                  label: level,
                }))}
                defaultValue={request.seniority}
              />
              <ActionField
                id="details-developers"
                name="developers"
                type="number"
                label="Developers"
                required
                defaultValue={String(request.developers)}
              />
              <ActionField
                id="details-start"
                name="desiredStart"
                type="select"
                label="Desired start"
                options={desiredStartOptions}
                defaultValue={request.desiredStart}
              />
              <ActionField id="details-budget" name="budget" label="Budget" defaultValue={request.budget ?? ""} />
            </div>
          </ActionForm>
        </div>
      </details>
    </Card>
  );
}

/** The discovery calls booked for this request. */
export function RequestCalls({ request, zone }: Props) {
  return (
    <Card as="section" aria-labelledby="calls-title">
      <h2 id="calls-title" className="font-semibold">
        Discovery calls
      </h2>
      {request.calls.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No call linked to this request yet.</p>
      ) : (
        <ul className="mt-2 space-y-1 text-sm">
          {request.calls.map((call) => (
            <li key={call.id}>
              {formatDateTime(call.startsAt.getTime(), zone)} with {call.expert} · {bookingStatusLabels[call.status]} ·{" "}
              <span className="font-mono">{call.reference}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** Other requests from the same address; two open ones can become one. */
export function RelatedRequests({ request, zone }: Props) {
  if (request.related.length === 0) return null;
  const mergeable = isOpenRequest(request.status) ? request.related.filter((other) => isOpenRequest(other.status)) : [];
  return (
    <Card as="section" aria-labelledby="related-title">
      <h2 id="related-title" className="font-semibold">
        Related requests
      </h2>
      <p className="mt-1 text-sm text-ink-muted">Other requests from {request.email}.</p>
      <ul className="mt-2 space-y-1 text-sm">
        {request.related.map((other) => (
          <li key={other.id}>
            <TextLink href={`/admin/requests/${other.id}`} variant="plain">
              <span className="font-mono">{other.reference}</span> · {other.company}
            </TextLink>{" "}
            <span className="text-ink-muted">
              · {requestStatusLabels[other.status]} · received {formatDateTime(other.createdAt.getTime(), zone)}
            </span>
          </li>
        ))}
      </ul>
      {mergeable.length > 0 ? (
        <div className="mt-3">
          <DangerForm
            action={mergeRequest}
            summary="Merge one into this request…"
            warning="The other request's calls, candidates, shortlist links and timeline move here, its message is added to this one's, and it is deleted: one company, one request. Both must still be open."
            submitLabel="Merge into this request"
          >
            <input type="hidden" name="id" value={request.id} />
            <ActionField
              type="select"
              id="merge-from"
              name="fromId"
              markOptional={false}
              label="Request to merge"
              options={mergeable.map((other) => ({
                value: String(other.id),
                label: `${other.reference} · ${other.company} · ${requestStatusLabels[other.status]}`,
              }))}
            />
          </DangerForm>
        </div>
      ) : null}
    </Card>
  );
}
