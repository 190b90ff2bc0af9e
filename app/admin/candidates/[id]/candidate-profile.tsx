import { FieldList } from "@/components/admin/record-layout";
import { Card } from "@/components/ui/card";
import { TextAnchor } from "@/components/ui/text-link";
import type { SessionUser } from "@/db/queries/users";
import { engagementLabels, workplaceLabels } from "@/domain/labels";
import { formatSalary } from "@/domain/money";
import { type CandidateRecord, listingFor } from "./candidate-data";

/** What the candidate told us (and, once they have a listing, their directory answers), their links and CV. */
export async function CandidateProfile({ actor, candidate }: { actor: SessionUser; candidate: CandidateRecord }) {
  const listing = await listingFor(actor, candidate.id);
  const { profile } = candidate;
  const fields: [string, string][] = [
    ["Email", candidate.email],
    ["Seniority", profile.seniority ?? "—"],
    ["Years of experience", profile.yearsExperience === null ? "—" : String(profile.yearsExperience)],
    ["Skills", profile.skills.join(", ") || "—"],
    ["Location", profile.location || "—"],
    ["Time zone", profile.timeZone ?? "—"],
    ["English", profile.englishLevel ?? "—"],
    [
      "Expected salary",
      profile.expectedSalary === null
        ? "—"
        : `${formatSalary(profile.expectedSalary, profile.salaryCurrency, profile.salaryPeriod)} (${profile.salaryCurrency})`,
    ],
    [
      "Availability",
      [profile.availability, profile.earliestStart ? `from ${profile.earliestStart}` : null]
        .filter(Boolean)
        .join(", ") || "—",
    ],
  ];
  if (listing)
    fields.push(
      ["Other languages", listing.languages.join(", ") || "—"],
      ["Works", listing.workplace ? workplaceLabels[listing.workplace] : "—"],
      ["Looking for", listing.engagement ? engagementLabels[listing.engagement] : "—"],
      ["Contract rate", listing.hourlyRate === null ? "—" : `${listing.hourlyRate} ${listing.salaryCurrency} an hour`],
    );
  const links = [profile.githubUrl, profile.linkedinUrl, profile.portfolioUrl].filter((link): link is string =>
    Boolean(link),
  );

  return (
    <Card as="section" aria-labelledby="profile-title">
      <h2 id="profile-title" className="font-semibold">
        Profile
      </h2>
      <FieldList fields={fields} />
      {links.length > 0 ? (
        <ul className="mt-3 space-y-1 text-sm">
          {links.map((link) => (
            <li key={link}>
              <TextAnchor
                href={link}
                rel="noopener noreferrer nofollow"
                target="_blank"
                variant="plain"
                className="break-all"
              >
                {link}
                <span className="sr-only"> (opens in a new tab)</span>
              </TextAnchor>
            </li>
          ))}
        </ul>
      ) : null}
      {profile.cvFileName ? (
        <p className="mt-4 text-sm">
          <TextAnchor href={`/api/cv/${candidate.id}`}>Download CV ({profile.cvFileName})</TextAnchor>
        </p>
      ) : null}
    </Card>
  );
}
