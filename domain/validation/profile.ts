import { z } from "zod";
import {
  availabilityOptions,
  engagementPreferences,
  englishLevels,
  salaryPeriods,
  workplacePreferences,
} from "@/domain/vocabulary";
import { currencies, implausibleSalary } from "../money";
import { isValidTimeZone } from "../slots";
import { currentZoneName } from "../zone-names";
import { plainText } from "./text";

const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value,
    schema.nullable(),
  );

const link = (host: RegExp, example: string) =>
  optional(
    z
      .url({ protocol: /^https?$/, error: `Enter a full link, like ${example}.` })
      .max(300, "Keep the link under 300 characters.")
      .refine(...plainText("link"))
      .refine(
        (value) => URL.canParse(value) && host.test(new URL(value).hostname),
        `Enter a link on the right site, like ${example}.`,
      ),
  );

export const profileSchema = z
  .object({
    intent: z.enum(["draft", "submit"]).catch("draft"),
    // The form always sends every text field and select (empty when blank): a missing one is refused, not
    // taken as "clear it". Only the checkboxes (skills, consent) are absent when unticked.
    headline: z
      .string({ error: "Enter a headline." })
      .trim()
      .max(120, "Keep the headline under 120 characters.")
      .refine(...plainText("headline")),
    seniority: optional(z.string().max(60)),
    yearsExperience: optional(
      z.coerce
        .number({ error: "Enter years as a number." })
        .int("Enter whole years.")
        .min(0, "Years cannot be negative.")
        .max(60, "Enter at most 60 years."),
    ),
    skills: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(40, "Keep each skill under 40 characters.")
          .refine(...plainText("skills")),
      )
      .max(30, "Choose at most 30 skills."),
    location: z
      .string({ error: "Enter your location." })
      .trim()
      .max(100, "Keep the location under 100 characters.")
      .refine(...plainText("location")),
    timeZone: optional(
      z.string().refine(isValidTimeZone, "Choose a time zone from the list.").transform(currentZoneName),
    ),
    englishLevel: optional(z.enum(englishLevels, { error: "Choose a level from the list." })),
    expectedSalary: optional(
      z.coerce
        .number({ error: "Enter the salary as a number, without symbols." })
        .int("Enter a whole amount.")
        .min(0, "The salary cannot be negative.")
        .max(10_000_000, "That salary looks too high."),
    ),
    // Required with a salary (checked in .refine below): never assumed, so rupees are never read as dollars.
    salaryCurrency: optional(
      z.string().refine((code) => currencies.includes(code), "Choose a currency from the list."),
    ),
    // Added after the first profiles: a post from an older form counts per year, as that form said.
    salaryPeriod: z.enum(salaryPeriods, { error: "Choose per year or per month." }).default("year"),
    availability: optional(z.enum(availabilityOptions, { error: "Choose full-time or part-time." })),
    earliestStart: optional(z.iso.date("Enter a date, like 2027-01-15.")),
    // Added after the first profiles: a post from an older form (without them) keeps them empty.
    workplace: optional(z.enum(workplacePreferences, { error: "Choose remote, hybrid or on-site." })).default(null),
    engagement: optional(z.enum(engagementPreferences, { error: "Choose from the list." })).default(null),
    hourlyRate: optional(
      z.coerce
        .number({ error: "Enter the rate as a number, without symbols." })
        .int("Enter a whole amount.")
        .min(0, "The rate cannot be negative.")
        .max(10_000, "That rate looks too high."),
    ).default(null),
    languages: z
      .string()
      .max(300, "Keep the languages under 300 characters.")
      .refine(...plainText("languages"))
      .default("")
      .transform(splitList)
      .pipe(
        z.array(z.string().max(40, "Keep each language under 40 characters.")).max(10, "List at most 10 languages."),
      ),
    githubUrl: link(/(^|\.)github\.com$/, "https://github.com/your-name"),
    linkedinUrl: link(/(^|\.)linkedin\.com$/, "https://www.linkedin.com/in/your-name"),
    portfolioUrl: link(/./, "https://your-site.dev"),
    consent: z.literal("on").optional(),
  })
  .superRefine((profile, context) => {
    if (profile.expectedSalary === null) return;
    if (profile.salaryCurrency === null) {
      context.addIssue({
        code: "custom",
        path: ["salaryCurrency"],
        message: "Choose the currency your salary is paid in.",
      });
      return;
    }
    const implausible = implausibleSalary(profile.expectedSalary, profile.salaryCurrency, profile.salaryPeriod);
    if (implausible) context.addIssue({ code: "custom", path: ["expectedSalary"], message: implausible });
  });

export type ProfileInput = z.infer<typeof profileSchema>;

/** "Spanish, German" → ["Spanish", "German"]: a comma-separated list, duplicates (any case) dropped. */
function splitList(text: string): string[] {
  return collectSkills([], text);
}

/** Free tags typed as "Kafka, gRPC" become separate skills; duplicates (any case) are dropped. */
export function collectSkills(chosen: string[], freeTags: string): string[] {
  const all = [...chosen, ...freeTags.split(",")].map((skill) => skill.trim()).filter(Boolean);
  const seen = new Set<string>();
  return all.filter((skill) => {
    const key = skill.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a profile needs before it can be sent to the talent managers. */
export function submissionProblems(profile: ProfileInput, hasCv: boolean): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!profile.headline) problems.headline = "Add a headline, like “Senior Node.js engineer, payments”.";
  if (!profile.seniority) problems.seniority = "Choose your seniority level.";
  if (profile.yearsExperience === null) problems.yearsExperience = "Enter your years of experience.";
  if (profile.skills.length === 0) problems.skills = "Choose at least one skill.";
  if (!profile.availability) problems.availability = "Choose full-time or part-time.";
  if (!hasCv) problems.cv = "Upload your CV (PDF or Word).";
  if (!profile.consent) problems.consent = "Please agree to the processing of your data so we can review your profile.";
  return problems;
}
