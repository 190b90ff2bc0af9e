import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { DataTable } from "@/components/admin/data-table";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listExpertsForEdit } from "@/db/queries/experts";
import { timeZoneLabel } from "@/domain/labels";
import { timeZoneChoices } from "@/domain/time-zones";
import { weekdayNames } from "@/domain/working-hours";
import { requireStaff } from "@/services/session";
import { addExpert } from "./actions";

export const metadata = { title: "Talent experts" };

export default async function ExpertsPage() {
  const actor = await requireStaff("/admin/experts");
  const experts = await listExpertsForEdit(actor);
  return (
    <>
      <PageTitle size="admin">Talent experts</PageTitle>
      <p className="mt-2 text-ink-muted">
        Who takes discovery calls, when, and with which rules. Changes show on <TextLink href="/book">/book</TextLink>{" "}
        at once; booked calls stay as they are.
      </p>
      <DataTable
        caption="Talent experts, in the order the site shows them"
        headers={["Name", "On /book", "Title", "Time zone", "Working days"]}
        empty="No experts yet."
        isEmpty={experts.length === 0}
      >
        {experts.map((expert) => (
          <tr key={expert.id} className="border-b border-line last:border-0">
            <td className="px-4 py-3">
              <TextLink href={`/admin/experts/${expert.slug}`}>{expert.name}</TextLink>
            </td>
            <td className="px-4 py-3">{expert.active ? "Takes calls" : "Hidden"}</td>
            <td className="px-4 py-3">{expert.title}</td>
            <td className="px-4 py-3">{timeZoneLabel(expert.timeZone)}</td>
            <td className="px-4 py-3">
              {expert.weekdays.length === 0
                ? "No hours set"
                : expert.weekdays.map((day) => weekdayNames[day - 1]?.slice(0, 3)).join(", ")}
            </td>
          </tr>
        ))}
      </DataTable>
      <Card as="section" aria-labelledby="add-expert-title" className="mt-8 max-w-3xl">
        <h2 id="add-expert-title" className="text-lg font-semibold">
          Add an expert
        </h2>
        <p className="mt-1 mb-3 text-sm text-ink-muted">
          A new expert stays hidden from the site until you have set their hours and made them active.
        </p>
        <ActionForm action={addExpert} submitLabel="Add expert">
          <div className="grid gap-3 sm:grid-cols-2">
            <ActionField id="new-expert-name" name="name" label="Name" required />
            <ActionField id="new-expert-title" name="title" label="Title" required defaultValue="Talent Expert" />
            <ActionField id="new-expert-email" name="email" label="Email" type="email" required />
            <ActionField
              id="new-expert-timeZone"
              name="timeZone"
              label="Time zone"
              type="select"
              required
              defaultValue="UTC"
              options={timeZoneChoices()}
            />
            <div className="sm:col-span-2">
              <ActionField id="new-expert-bio" name="bio" label="Bio" type="textarea" required />
            </div>
          </div>
        </ActionForm>
      </Card>
    </>
  );
}
