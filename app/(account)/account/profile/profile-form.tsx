"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-fields";
import type { ProfileState } from "./actions";
import { saveProfile } from "./actions";
import {
  AboutYouFields,
  LinksAndCvFields,
  type Profile,
  type ProfileOptions,
  SkillsFields,
  WorkPreferenceFields,
} from "./profile-fields";

const SAVE_ID = "save-profile";

export function ProfileForm({ profile, options }: { profile: Profile; options: ProfileOptions }) {
  // Without JavaScript the post comes back at the buttons (SAVE_ID), where the answer is, not at the top of the form.
  const [state, action, pending] = useActionState<ProfileState, FormData>(
    saveProfile,
    { status: "idle" },
    `#${SAVE_ID}`,
  );
  const errors = state.status === "error" ? state.fieldErrors : {};
  const kept = state.status === "error" ? state.values : null;
  const value = (name: keyof Profile) => (kept ? (kept[name] ?? "") : String(profile[name] ?? ""));
  const skills: string[] = kept?.skills ? (JSON.parse(kept.skills) as string[]) : profile.skills;
  const freeSkills = kept
    ? (kept.freeSkills ?? "")
    : skills.filter((skill) => !options.skills.includes(skill)).join(", ");
  const languages = kept ? (kept.languages ?? "") : profile.languages.join(", ");
  const consent = kept ? kept.consent === "on" : profile.consentAt !== null;
  // A currency is chosen, never assumed: only one already given with a salary is shown again.
  const currency = kept ? value("salaryCurrency") : profile.expectedSalary === null ? "" : profile.salaryCurrency;
  const isDraft = profile.stage === "draft";

  return (
    <ActionForm action={action} resetAfter={state.status === "success" ? state : null} noValidate className="space-y-8">
      <AboutYouFields value={value} errors={errors} options={options} />
      <SkillsFields options={options.skills} chosen={skills} others={freeSkills} error={errors.skills} />
      <WorkPreferenceFields
        value={value}
        errors={errors}
        currencies={options.currencies}
        currency={currency}
        languages={languages}
      />
      <LinksAndCvFields value={value} errors={errors} cvFileName={profile.cvFileName} consent={consent} />

      {/* The answer to a save is said beside its buttons, where the person is after pressing one. */}
      <div id={SAVE_ID} className="space-y-4">
        <div className="flex flex-wrap gap-3">
          {isDraft ? (
            <>
              <Button type="submit" name="intent" value="submit" disabled={pending}>
                {pending ? "Saving…" : "Submit profile"}
              </Button>
              <Button type="submit" name="intent" value="draft" variant="secondary" disabled={pending}>
                Save draft
              </Button>
            </>
          ) : (
            <Button type="submit" name="intent" value="submit" disabled={pending}>
              {pending ? "Saving…" : "Save changes"}
            </Button>
          )}
        </div>
        {state.status === "idle" ? null : <FormAlert tone={state.status}>{state.message}</FormAlert>}
      </div>
    </ActionForm>
  );
}
