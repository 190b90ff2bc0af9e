import { ChangeForm } from "@/components/admin/change-form";
import type { SessionUser } from "@/db/queries/users";
import { optionsOf, requestStatusLabels } from "@/domain/labels";
import { changeRequestAssignee, changeRequestStatus } from "../actions";
import { assigneesFor, type RequestRecord } from "./request-data";

/** The sidebar's changes: the request's status, and the talent manager who has it. */
export async function RequestChanges({ actor, request }: { actor: SessionUser; request: RequestRecord }) {
  const assignees = await assigneesFor(actor);
  return (
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
  );
}
