import { CheckboxField, SelectField, TextField } from "@/components/ui/form-fields";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import type { FieldErrors } from "@/domain/action-state";
import {
  availabilityLabels,
  engagementLabels,
  englishLevelLabels,
  optionsOf,
  timeZoneLabel,
  workplaceLabels,
} from "@/domain/labels";
import { currentZoneName } from "@/domain/zone-names";

/*
 * The profile form's field groups (profile-form.tsx holds the form, its state and its buttons). Each
 * field shows `value(name)`: what was sent when a save was refused, else what is saved.
 */

export type Profile = {
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

export type ProfileOptions = {
  seniorities: string[];
  skills: string[];
  timeZones: readonly string[];
  currencies: readonly { value: string; label: string }[];
  englishLevels: readonly string[];
};

type Fields = { value: (name: keyof Profile) => string; errors: FieldErrors };

export function AboutYouFields({ value, errors, options }: Fields & { options: ProfileOptions }) {
  return (
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
  );
}

/** The skills offered as checkboxes (`chosen` ticked), and any others as free text. */
export function SkillsFields({
  options,
  chosen,
  others,
  error,
}: {
  options: string[];
  chosen: string[];
  others: string;
  error: string | undefined;
}) {
  return (
    <fieldset aria-describedby={error ? "skills-error" : undefined}>
      <legend className="text-lg font-semibold">Skills</legend>
      <p className="mt-1 text-sm text-ink-muted">Choose the technologies you work with, and add any others below.</p>
      <div className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {options.map((skill) => (
          <label key={skill} className="flex min-h-11 items-center gap-2 rounded-lg border border-line px-3 text-sm">
            <input
              type="checkbox"
              name="skills"
              value={skill}
              defaultChecked={chosen.includes(skill)}
              className="h-4 w-4 accent-brand-700"
            />
            {skill}
          </label>
        ))}
      </div>
      {error ? (
        <p id="skills-error" className="mt-2 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
      <TextField
        className="mt-4"
        name="freeSkills"
        label="Other skills"
        maxLength={600}
        hint="Separate with commas, e.g. Kafka, gRPC, PostgreSQL."
        defaultValue={others}
      />
    </fieldset>
  );
}

export function WorkPreferenceFields({
  value,
  errors,
  currencies,
  currency,
  languages,
}: Fields & { currencies: ProfileOptions["currencies"]; currency: string; languages: string }) {
  return (
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
          defaultValue={currency}
          error={errors.salaryCurrency}
          options={[{ value: "", label: "Choose" }, ...currencies]}
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
  );
}

/** Links, the CV (required until one is on file) and the consent to process them. */
export function LinksAndCvFields({
  value,
  errors,
  cvFileName,
  consent,
}: Fields & { cvFileName: string | null; consent: boolean }) {
  return (
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
        required={!cvFileName}
        hint={
          cvFileName ? (
            <>
              Current file: <TextAnchor href="/api/cv/me">{cvFileName}</TextAnchor>. Choose a file only to replace it.
              PDF or Word (.docx), up to 5 MB.
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
  );
}
