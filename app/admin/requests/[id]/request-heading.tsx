import { FormAlert } from "@/components/ui/form-fields";
import { TextLink } from "@/components/ui/text-link";
import type { SessionUser } from "@/db/queries/users";
import { requestStatusLabels } from "@/domain/labels";
import { assigneesFor, type RequestRecord } from "./request-data";

/** The company and reference, where the request stands and who has it; after a merge, what moved here. */
export async function RequestHeading({
  actor,
  request,
  merged,
}: {
  actor: SessionUser;
  request: RequestRecord;
  merged: string | string[] | undefined;
}) {
  const assignee = (await assigneesFor(actor)).find((person) => person.id === request.assigneeId);
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
    </>
  );
}
