import { notFound } from "next/navigation";
import { parseRecordId } from "@/app/admin/record-id";
import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { ChangeForm } from "@/components/admin/change-form";
import { DangerForm } from "@/components/admin/danger-form";
import { FieldList, RecordLayout } from "@/components/admin/record-layout";
import { WriteEmailCard } from "@/components/admin/write-email-card";
import { Card } from "@/components/ui/card";
import { CheckboxField, FormAlert } from "@/components/ui/form-fields";
import { TextLink } from "@/components/ui/text-link";
import { getMatches } from "@/db/queries/admin/matching";
import { getRequest, listAssignees } from "@/db/queries/admin/requests";
import { listSeniorityOptions } from "@/db/queries/content";
import { listRequestInterviews } from "@/db/queries/interviews";
import { getShortlistBoard } from "@/db/queries/shortlists";
import { listTemplates } from "@/db/queries/written-emails";
import { type TemplateVariable, templateVariables } from "@/domain/email-templates";
import { desiredStartOptions } from "@/domain/form-fields";
import { bookingStatusLabels, desiredStartLabel, optionsOf, requestStatusLabels, stageTitles } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { isOpenRequest, UNSPECIFIED_SENIORITY } from "@/domain/vocabulary";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import {
  addRequestNote,
  changeRequestAssignee,
  changeRequestStatus,
  editRequestDetails,
  mergeRequest,
  propose,
  writeToCompany,
} from "../actions";
import { ShortlistCard } from "./shortlist-card";

export const metadata = { title: "Request" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { template, merged } = await searchParams;
  const actor = await requireStaff(`/admin/requests/${id}`);
  const zone = await readerTimeZone();
  const requestId = parseRecordId(id);
  const request = requestId ? await getRequest(actor, requestId) : null;
  if (!request) notFound();
  const seniorityOptions = await listSeniorityOptions();
  const matching = (await getMatches(actor, request.id, seniorityOptions)) ?? { matches: [], proposed: [] };
  const board = await getShortlistBoard(actor, request.id);
  const interviews = await listRequestInterviews(actor, request.id);
  const templates = await listTemplates(actor);
  const assignees = await listAssignees(actor);
  const assignee = assignees.find((person) => person.id === request.assigneeId);
  const mergeable = isOpenRequest(request.status) ? request.related.filter((other) => isOpenRequest(other.status)) : [];

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
    <>
      <TextLink href="/admin/requests" className="text-sm">
        All requests
      </TextLink>
      <h1 className="mt-3 text-2xl font-bold">
        {request.company} <span className="font-mono text-base text-ink-muted">{request.reference}</span>
      </h1>
      <p className="mt-1 text-ink-muted">
        <span data-testid="request-status">
          Status: {requestStatusLabels[request.status]}
          {request.lostReason ? ` (${request.lostReason})` : null}
        </span>{" "}
        · <span data-testid="request-assignee">Assignee: {assignee?.name ?? "nobody yet"}</span>
      </p>
      {typeof merged === "string" && /^BT-[A-Z0-9]{6}$/.test(merged) ? (
        <div className="mt-4">
          <FormAlert tone="success">
            Merged {merged} into this request: its calls, candidates and timeline are below.
          </FormAlert>
        </div>
      ) : null}
      <RecordLayout
        timeline={request.timeline}
        timeZone={zone}
        note={{ id: request.id, action: addRequestNote }}
        changes={
          <>
            <ChangeForm
              title="Change status"
              action={changeRequestStatus}
              id={request.id}
              name="status"
              label="Status"
              options={optionsOf(requestStatusLabels)}
              value={request.status}
              reasonLabel="Reason (required when lost)"
              submitLabel="Update status"
            />
            <ChangeForm
              title="Assignee"
              action={changeRequestAssignee}
              id={request.id}
              name="assigneeId"
              label="Talent manager"
              options={[
                { value: "", label: "Unassigned" },
                ...assignees.map((person) => ({ value: String(person.id), label: person.name })),
              ]}
              value={request.assigneeId ? String(request.assigneeId) : ""}
              submitLabel="Save assignee"
            />
          </>
        }
      >
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
                    options={[...new Set([...seniorityOptions, UNSPECIFIED_SENIORITY, request.seniority])].map(
                      (level) => ({
                        value: level,
                        label: level,
                      }),
                    )}
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
                  {formatDateTime(call.startsAt.getTime(), zone)} with {call.expert} ·{" "}
                  {bookingStatusLabels[call.status]} · <span className="font-mono">{call.reference}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {request.related.length > 0 ? (
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
        ) : null}
        <WriteEmailCard
          action={writeToCompany}
          id={request.id}
          recipient={`${request.name} (${request.email})`}
          templates={templates}
          chosen={typeof template === "string" ? template : undefined}
          variables={Object.keys(templateVariables) as TemplateVariable[]}
        />
        <ShortlistCard requestId={request.id} contactEmail={request.email} board={board} timeZone={zone} />
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
                  · <span className="font-mono">{interview.reference}</span> · {interview.meetingLink}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card as="section" aria-labelledby="matching-title">
          <h2 id="matching-title" className="font-semibold">
            Matching candidates
          </h2>
          {matching.proposed.length > 0 ? (
            <p className="mt-2 text-sm" data-testid="proposed">
              Proposed: {matching.proposed.map((row) => row.name).join(", ")}
            </p>
          ) : null}
          {matching.matches.length === 0 ? (
            <p className="mt-2 text-sm text-ink-muted">No candidate in vetting matches yet.</p>
          ) : null}
          <ol className="mt-3 space-y-3">
            {matching.matches.map((match) => (
              <li
                key={match.candidateId}
                aria-label={match.name}
                className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-line p-3"
              >
                <div>
                  <p className="font-semibold">
                    <TextLink href={`/admin/candidates/${match.candidateId}`} variant="plain">
                      {match.name}
                    </TextLink>{" "}
                    <span className="text-sm font-normal text-ink-muted">
                      score {match.score} · {stageTitles[match.stage]}
                    </span>
                  </p>
                  <p className="text-sm text-ink-muted">{match.headline}</p>
                  <ul className="mt-1 list-disc pl-5 text-sm">
                    {match.reasons.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                </div>
                {match.proposed ? (
                  <span className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800">
                    Proposed
                  </span>
                ) : (
                  <ActionForm action={propose} submitLabel={`Propose ${match.name}`}>
                    <input type="hidden" name="requestId" value={request.id} />
                    <input type="hidden" name="candidateId" value={match.candidateId} />
                    <CheckboxField
                      id={`show-company-${match.candidateId}`}
                      name="companyNameShown"
                      label={`Tell ${match.name} the company's name`}
                    />
                  </ActionForm>
                )}
              </li>
            ))}
          </ol>
        </Card>
      </RecordLayout>
    </>
  );
}
