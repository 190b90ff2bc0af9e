import { RowEditor } from "@/components/admin/row-editor";
import type { FieldSpec } from "@/domain/content-kinds";
import { timeZoneLabel } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { toLocalInput } from "@/domain/time-zones";
import { deleteExpertTimeOff, saveExpertTimeOff } from "../actions";
import type { ExpertForEdit } from "./expert-data";

/** The expert's time off still ahead, each entry its own form in the expert's zone, and one to add. */
export function ExpertTimeOff({ expert, timeOff }: Pick<ExpertForEdit, "expert" | "timeOff">) {
  const zone = timeZoneLabel(expert.timeZone);
  const fields: FieldSpec[] = [
    { name: "startsAt", label: "From", type: "datetime-local", hint: `Local time in ${zone}` },
    { name: "endsAt", label: "Until", type: "datetime-local", hint: `Local time in ${zone}` },
    { name: "reason", label: "Reason", type: "text", optional: true },
  ];
  const rows = timeOff.map((entry) => ({
    id: entry.id,
    startsAt: toLocalInput(entry.startsAt.getTime(), expert.timeZone),
    endsAt: toLocalInput(entry.endsAt.getTime(), expert.timeZone),
    reason: entry.reason,
    label: `time off from ${formatDateTime(entry.startsAt.getTime(), expert.timeZone)}`,
  }));
  return (
    <RowEditor
      kind="timeOff"
      title="Time off"
      fields={fields}
      rows={rows}
      parentId={expert.id}
      save={saveExpertTimeOff}
      remove={deleteExpertTimeOff}
      rowLabel={(row) => String(row.label)}
    />
  );
}
