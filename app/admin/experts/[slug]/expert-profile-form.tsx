import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { timeZoneChoices } from "@/domain/time-zones";
import { currentZoneName } from "@/domain/zone-names";
import { editExpert } from "../actions";
import type { ExpertForEdit } from "./expert-data";

type Expert = ExpertForEdit["expert"];

/** One form for who the expert is (name, contact, zone, bio) and the rules /book offers their times by. */
export function ExpertProfileForm({ expert }: { expert: Expert }) {
  return (
    <Card as="section" aria-labelledby="profile-title">
      <h2 id="profile-title" className="mb-3 text-lg font-semibold">
        Profile and booking rules
      </h2>
      <ActionForm action={editExpert} submitLabel="Save expert">
        <input type="hidden" name="id" value={expert.id} />
        <div className="grid gap-3 sm:grid-cols-2">
          <ActionField id="expert-name" name="name" label="Name" required defaultValue={expert.name} />
          <ActionField id="expert-title" name="title" label="Title" required defaultValue={expert.title} />
          <ActionField id="expert-email" name="email" label="Email" type="email" required defaultValue={expert.email} />
          <ActionField
            id="expert-meetingLink"
            name="meetingLink"
            label="Meeting link"
            hint="An https:// video-call link or a phone number. Shown in booking emails, calendar invitations and the visitor's manage page; empty: each call gets its own video room (MEETING_BASE_URL). A link set here wins, also for calls already booked."
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
            <ActionField id="expert-bio" name="bio" label="Bio" type="textarea" required defaultValue={expert.bio} />
          </div>
          <BookingRuleFields expert={expert} />
        </div>
      </ActionForm>
    </Card>
  );
}

/** The expert's numbers, in the form's order. */
const NUMBER_RULES: {
  name: "sortOrder" | "callMinutes" | "bufferMinutes" | "minNoticeMinutes" | "horizonDays" | "maxCallsPerDay";
  label: string;
  hint?: string;
}[] = [
  { name: "sortOrder", label: "Order", hint: "Lower numbers are shown first and get a shared time first." },
  { name: "callMinutes", label: "Call length (minutes)" },
  { name: "bufferMinutes", label: "Buffer between calls (minutes)" },
  {
    name: "minNoticeMinutes",
    label: "Minimum notice (minutes)",
    hint: "How long before a call it can be booked at the latest: 720 is 12 hours, 1440 a day.",
  },
  { name: "horizonDays", label: "Bookable days ahead" },
  { name: "maxCallsPerDay", label: "Most calls a day" },
];

/** Whether the expert is on the site, their place in the order, and the limits on the calls they take. */
function BookingRuleFields({ expert }: { expert: Expert }) {
  return (
    <>
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
      {NUMBER_RULES.map((rule) => (
        <ActionField
          key={rule.name}
          id={`expert-${rule.name}`}
          name={rule.name}
          label={rule.label}
          type="number"
          required
          hint={rule.hint}
          defaultValue={String(expert[rule.name])}
        />
      ))}
    </>
  );
}
