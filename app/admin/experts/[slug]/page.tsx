import { notFound } from "next/navigation";
import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { RowEditor } from "@/components/admin/row-editor";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getExpertForEdit } from "@/db/queries/experts";
import type { FieldSpec } from "@/domain/content-kinds";
import { timeZoneLabel } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { timeZoneChoices, toLocalInput } from "@/domain/time-zones";
import { dayField, weekdayNames, weekText } from "@/domain/working-hours";
import { currentZoneName } from "@/domain/zone-names";
import { requireStaff } from "@/services/session";
import { deleteExpertTimeOff, editExpert, saveExpertTimeOff, saveWeeklyHours } from "../actions";

export const metadata = { title: "Edit talent expert" };

export default async function EditExpertPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await requireStaff(`/admin/experts/${slug}`);
  const data = await getExpertForEdit(actor, slug);
  if (!data) notFound();
  const { expert, workingHours, timeOff, upcomingCalls } = data;
  const zone = timeZoneLabel(expert.timeZone);
  const week = weekText(workingHours);
  const timeOffFields: FieldSpec[] = [
    { name: "startsAt", label: "From", type: "datetime-local", hint: `Local time in ${zone}` },
    { name: "endsAt", label: "Until", type: "datetime-local", hint: `Local time in ${zone}` },
    { name: "reason", label: "Reason", type: "text", optional: true },
  ];
  const timeOffRows = timeOff.map((entry) => ({
    id: entry.id,
    startsAt: toLocalInput(entry.startsAt.getTime(), expert.timeZone),
    endsAt: toLocalInput(entry.endsAt.getTime(), expert.timeZone),
    reason: entry.reason,
    label: `time off from ${formatDateTime(entry.startsAt.getTime(), expert.timeZone)}`,
  }));

  return (
    <>
      <TextLink href="/admin/experts" className="text-sm">
        All experts
      </TextLink>
      <PageTitle size="admin" className="mt-3">
        {expert.name}
      </PageTitle>
      <p className="mt-1 text-sm" data-testid="expert-status">
        {expert.active ? "Takes calls on " : "Hidden from "}
        <TextLink variant="plain" href="/book">
          /book
        </TextLink>
        {" · "}
        {upcomingCalls === 0 ? (
          "no upcoming calls"
        ) : (
          <TextLink variant="plain" href="/admin/calls">
            {upcomingCalls} upcoming call{upcomingCalls === 1 ? "" : "s"}
          </TextLink>
        )}
      </p>

      <div className="mt-6 space-y-6">
        <Card as="section" aria-labelledby="profile-title">
          <h2 id="profile-title" className="mb-3 text-lg font-semibold">
            Profile and booking rules
          </h2>
          <ActionForm action={editExpert} submitLabel="Save expert">
            <input type="hidden" name="id" value={expert.id} />
            <div className="grid gap-3 sm:grid-cols-2">
              <ActionField id="expert-name" name="name" label="Name" required defaultValue={expert.name} />
              <ActionField id="expert-title" name="title" label="Title" required defaultValue={expert.title} />
              <ActionField
                id="expert-email"
                name="email"
                label="Email"
                type="email"
                required
                defaultValue={expert.email}
              />
              <ActionField
                id="expert-meetingLink"
                name="meetingLink"
                label="Meeting link"
                hint="An https:// video-call link or a phone number. Shown in booking emails, calendar invitations and the visitor's manage page; empty: they read that the expert will send the link."
                defaultValue={expert.meetingLink ?? ""}
              />
              <ActionField
                id="expert-timeZone"
                name="timeZone"
                label="Time zone"
                type="select"
                required
                hint="Weekly hours and time off are read in this zone."
                defaultValue={currentZoneName(expert.timeZone)}
                options={timeZoneChoices(expert.timeZone)}
              />
              <div className="sm:col-span-2">
                <ActionField
                  id="expert-bio"
                  name="bio"
                  label="Bio"
                  type="textarea"
                  required
                  defaultValue={expert.bio}
                />
              </div>
              <ActionField
                id="expert-active"
                name="active"
                label="On the site"
                type="select"
                required
                hint="Hiding keeps past and booked calls."
                defaultValue={expert.active ? "yes" : "no"}
                options={[
                  { value: "yes", label: "Takes calls (shown on the site)" },
                  { value: "no", label: "Hidden (no new calls)" },
                ]}
              />
              <ActionField
                id="expert-sortOrder"
                name="sortOrder"
                label="Order"
                type="number"
                required
                hint="Lower numbers are shown first and get a shared time first."
                defaultValue={String(expert.sortOrder)}
              />
              <ActionField
                id="expert-callMinutes"
                name="callMinutes"
                label="Call length (minutes)"
                type="number"
                required
                defaultValue={String(expert.callMinutes)}
              />
              <ActionField
                id="expert-bufferMinutes"
                name="bufferMinutes"
                label="Buffer between calls (minutes)"
                type="number"
                required
                defaultValue={String(expert.bufferMinutes)}
              />
              <ActionField
                id="expert-minNoticeMinutes"
                name="minNoticeMinutes"
                label="Minimum notice (minutes)"
                type="number"
                required
                hint="720 minutes = 12 hours before a call starts."
                defaultValue={String(expert.minNoticeMinutes)}
              />
              <ActionField
                id="expert-horizonDays"
                name="horizonDays"
                label="Bookable days ahead"
                type="number"
                required
                defaultValue={String(expert.horizonDays)}
              />
              <ActionField
                id="expert-maxCallsPerDay"
                name="maxCallsPerDay"
                label="Most calls a day"
                type="number"
                required
                defaultValue={String(expert.maxCallsPerDay)}
              />
            </div>
          </ActionForm>
        </Card>

        <Card as="section" aria-labelledby="hours-title">
          <h2 id="hours-title" className="text-lg font-semibold">
            Weekly hours
          </h2>
          <p className="mt-1 mb-3 text-sm text-ink-muted">
            In {zone}, as HH:MM ranges, e.g. <span className="whitespace-nowrap">09:00–12:00, 13:00–17:00</span>. Leave
            a day empty when {expert.name} does not take calls; use 24:00 for midnight.
          </p>
          <ActionForm action={saveWeeklyHours} submitLabel="Save weekly hours">
            <input type="hidden" name="id" value={expert.id} />
            <div className="grid gap-3 sm:grid-cols-2">
              {weekdayNames.map((name, index) => (
                <ActionField
                  key={name}
                  id={`hours-${dayField(index + 1)}`}
                  name={dayField(index + 1)}
                  label={name}
                  markOptional={false}
                  defaultValue={week[dayField(index + 1)]}
                />
              ))}
            </div>
          </ActionForm>
        </Card>

        <RowEditor
          kind="timeOff"
          title="Time off"
          fields={timeOffFields}
          rows={timeOffRows}
          parentId={expert.id}
          save={saveExpertTimeOff}
          remove={deleteExpertTimeOff}
          rowLabel={(row) => String(row.label)}
        />
      </div>
    </>
  );
}
