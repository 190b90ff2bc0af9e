"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { CheckboxField, FormAlert, SelectField, TextField } from "@/components/ui/form-fields";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import {
  availabilityLabels,
  engagementLabels,
  englishLevelLabels,
  optionsOf,
  timeZoneLabel,
  workplaceLabels,
} from "@/domain/labels";
import { currentZoneName } from "@/domain/zone-names";
import type { ProfileState } from "./actions";
import { saveProfile } from "./actions";

type Profile = {
  headline: string;
  seniority: string | null;
  yearsExperience: number | null;
  skills: string[];
  location: string;
  timeZone: string | null;
  englishLevel: string | null;
  expectedSalary: number | null;
  salaryCurrency: string;
  salaryPeriod: string;
  availability: string | null;
  earliestStart: string | null;
  workplace: string | null;
  engagement: string | null;
  hourlyRate: number | null;
  languages: string[];
  githubUrl: string | null;
  linkedinUrl: string | null;
  portfolioUrl: string | null;
  cvFileName: string | null;
  consentAt: Date | null;
  stage: string;
};

type Options = {
  seniorities: string[];
  skills: string[];
  timeZones: readonly string[];
  currencies: readonly { value: string; label: string }[];
  englishLevels: readonly string[];
};

const SAVE_ID = "save-profile";

export function ProfileForm({ profile, options }: { profile: Profile; options: Options }) {
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
  const isDraft = profile.stage === "draft";

  return (
    <ActionForm action={action} resetAfter={state.status === "success" ? state : null} noValidate className="space-y-8">
      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">About you</legend>
        <TextField
          name="headline"
          label="Headline"
          required
          maxLength={120}
          hint="For example: Senior Node.js engineer, payments and APIs."
          defaultValue={value("headline")}
          error={errors.headline}
        />
        <div className="grid gap-5 sm:grid-cols-2">
          <SelectField
            name="seniority"
            label="Seniority level"
            required
            defaultValue={value("seniority")}
            error={errors.seniority}
            options={[
              { value: "", label: "Choose a level" },
              ...options.seniorities.map((name) => ({ value: name, label: name })),
            ]}
          />
          <TextField
            name="yearsExperience"
            label="Years of experience"
            required
            type="number"
            inputMode="numeric"
            min={0}
            max={60}
            defaultValue={value("yearsExperience")}
            error={errors.yearsExperience}
          />
          <TextField
            name="location"
            label="Location"
            maxLength={100}
            autoComplete="address-level2"
            hint="City and country."
            defaultValue={value("location")}
            error={errors.location}
          />
          <SelectField
            name="timeZone"
            label="Time zone"
            // A zone saved by its old name ("Asia/Calcutta") is chosen in the list by its current one.
            defaultValue={currentZoneName(value("timeZone"))}
            error={errors.timeZone}
            options={[
              { value: "", label: "Choose a time zone" },
              ...options.timeZones.map((zone) => ({ value: zone, label: timeZoneLabel(zone) })),
            ]}
          />
          <SelectField
            name="englishLevel"
            label="English level"
            defaultValue={value("englishLevel")}
            error={errors.englishLevel}
            options={[
              { value: "", label: "Choose a level" },
              ...options.englishLevels.map((level) => ({
                value: level,
                label: englishLevelLabels[level as keyof typeof englishLevelLabels] ?? level,
              })),
            ]}
          />
        </div>
      </fieldset>

      <fieldset aria-describedby={errors.skills ? "skills-error" : undefined}>
        <legend className="text-lg font-semibold">Skills</legend>
        <p className="mt-1 text-sm text-ink-muted">Choose the technologies you work with, and add any others below.</p>
        <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
          {options.skills.map((skill) => (
            <label key={skill} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 text-sm">
              <input
                type="checkbox"
                name="skills"
                value={skill}
                defaultChecked={skills.includes(skill)}
                className="h-4 w-4 accent-brand-700"
              />
              {skill}
            </label>
          ))}
        </div>
        {errors.skills ? (
          <p id="skills-error" className="mt-2 text-sm font-medium text-danger-700">
            {errors.skills}
          </p>
        ) : null}
        <TextField
          className="mt-4"
          name="freeSkills"
          label="Other skills"
          maxLength={600}
          hint="Separate with commas, e.g. Kafka, gRPC, PostgreSQL."
          defaultValue={freeSkills}
        />
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">Work preferences</legend>
        <div className="grid gap-5 sm:grid-cols-2">
          <TextField
            name="expectedSalary"
            label="Expected salary"
            type="number"
            inputMode="numeric"
            min={0}
            hint="Gross, in the currency you are paid in."
            defaultValue={value("expectedSalary")}
            error={errors.expectedSalary}
          />
          <SelectField
            name="salaryPeriod"
            label="Per"
            markOptional={false}
            defaultValue={value("salaryPeriod") || "year"}
            error={errors.salaryPeriod}
            options={[
              { value: "year", label: "Year" },
              { value: "month", label: "Month" },
            ]}
          />
          <SelectField
            name="salaryCurrency"
            label="Currency"
            requiredWhen="with a salary"
            // A currency is chosen, never assumed: only one already given with a salary is shown again.
            defaultValue={
              kept ? value("salaryCurrency") : profile.expectedSalary === null ? "" : profile.salaryCurrency
            }
            error={errors.salaryCurrency}
            options={[{ value: "", label: "Choose" }, ...options.currencies]}
          />
          <SelectField
            name="availability"
            label="Availability"
            required
            defaultValue={value("availability")}
            error={errors.availability}
            options={[{ value: "", label: "Choose" }, ...optionsOf(availabilityLabels)]}
          />
          <TextField
            name="earliestStart"
            label="Earliest start"
            type="date"
            defaultValue={value("earliestStart")}
            error={errors.earliestStart}
          />
          <SelectField
            name="workplace"
            label="Where you want to work"
            defaultValue={value("workplace")}
            error={errors.workplace}
            options={[{ value: "", label: "Choose" }, ...optionsOf(workplaceLabels)]}
          />
          <SelectField
            name="engagement"
            label="Employment or contract"
            defaultValue={value("engagement")}
            error={errors.engagement}
            options={[{ value: "", label: "Choose" }, ...optionsOf(engagementLabels)]}
          />
          <TextField
            name="hourlyRate"
            label="Contract rate per hour"
            type="number"
            inputMode="numeric"
            min={0}
            hint="In the currency above, if you take contracts."
            defaultValue={value("hourlyRate")}
            error={errors.hourlyRate}
          />
          <TextField
            name="languages"
            label="Other languages you speak"
            maxLength={300}
            hint="Separate with commas, e.g. Spanish, German."
            defaultValue={languages}
            error={errors.languages}
          />
        </div>
      </fieldset>

      <fieldset className="space-y-5">
        <legend className="text-lg font-semibold">Links and CV</legend>
        <TextField
          name="githubUrl"
          label="GitHub"
          type="url"
          inputMode="url"
          maxLength={300}
          placeholder="https://github.com/your-name"
          defaultValue={value("githubUrl")}
          error={errors.githubUrl}
        />
        <TextField
          name="linkedinUrl"
          label="LinkedIn"
          type="url"
          inputMode="url"
          maxLength={300}
          placeholder="https://www.linkedin.com/in/your-name"
          defaultValue={value("linkedinUrl")}
          error={errors.linkedinUrl}
        />
        <TextField
          name="portfolioUrl"
          label="Portfolio"
          type="url"
          inputMode="url"
          maxLength={300}
          placeholder="https://your-site.dev"
          defaultValue={value("portfolioUrl")}
          error={errors.portfolioUrl}
        />
        <TextField
          name="cv"
          label="CV"
          type="file"
          accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          required={!profile.cvFileName}
          hint={
            profile.cvFileName ? (
              <>
                Current file: <TextAnchor href="/api/cv/me">{profile.cvFileName}</TextAnchor>. Choose a file only to
                replace it. PDF or Word (.docx), up to 5 MB.
              </>
            ) : (
              "PDF or Word (.docx), up to 5 MB."
            )
          }
          error={errors.cv}
        />
        <CheckboxField
          name="consent"
          defaultChecked={consent}
          error={errors.consent}
          label={
            <>
              I agree that Bedrock Talent processes my profile and CV to find me work, as described in the{" "}
              <TextLink href="/privacy">privacy policy</TextLink>.
            </>
          }
        />
      </fieldset>

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
