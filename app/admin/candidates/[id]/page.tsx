import { notFound } from "next/navigation";
import { ChangeForm } from "@/components/admin/change-form";
import { DangerForm } from "@/components/admin/danger-form";
import { FieldList, RecordLayout } from "@/components/admin/record-layout";
import { WriteEmailCard } from "@/components/admin/write-email-card";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-fields";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getCandidate } from "@/db/queries/admin/candidates";
import { getListingForStaff } from "@/db/queries/directory";
import { getScorecards } from "@/db/queries/scorecards";
import { listTemplates } from "@/db/queries/written-emails";
import { monthLabel } from "@/domain/directory";
import { CANDIDATE_VARIABLES } from "@/domain/email-templates";
import { formatDate } from "@/domain/format";
import { engagementLabels, optionsOf, stageTitles, workplaceLabels } from "@/domain/labels";
import { formatSalary } from "@/domain/money";
import { parseRecordId } from "@/domain/record-id";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import {
  addCandidateNote,
  changeCandidateRating,
  changeCandidateStage,
  changeListingVisibility,
  writeToCandidate,
} from "../actions";
import { ScorecardCard } from "./scorecard-card";

export const metadata = { title: "Candidate" };

export default async function CandidatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ moved?: string | string[]; template?: string | string[] }>;
}) {
  const { id } = await params;
  const { moved, template } = await searchParams;
  const actor = await requireStaff(`/admin/candidates/${id}`);
  const zone = await readerTimeZone();
  const candidateId = parseRecordId(id);
  const candidate = candidateId ? await getCandidate(actor, candidateId) : null;
  if (!candidate) notFound();
  const scorecards = await getScorecards(actor, candidate.id);
  const templates = await listTemplates(actor);
  const listing = await getListingForStaff(actor, candidate.id);
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
    <>
      <TextLink href="/admin/candidates" className="text-sm">
        All candidates
      </TextLink>
      <h1 className="mt-3 text-2xl font-bold">{candidate.name}</h1>
      <p className="mt-1 text-ink-muted">{profile.headline}</p>
      <p className="mt-1 text-sm">
        <span data-testid="candidate-stage">Stage: {stageTitles[profile.stage]}</span> ·{" "}
        <span data-testid="candidate-rating">Rating: {profile.rating ? `${profile.rating} / 5` : "not rated"}</span>
      </p>
      {candidate.duplicates.length > 0 ? (
        <section
          aria-labelledby="duplicates-title"
          className="mt-4 rounded-(--radius-card) border border-amber-300 bg-amber-50 p-4 text-sm"
        >
          <h2 id="duplicates-title" className="font-semibold">
            Possible duplicate
          </h2>
          <p className="mt-1">These accounts use an address that reaches the same inbox as {candidate.email}:</p>
          <ul className="mt-1 list-disc pl-5">
            {candidate.duplicates.map((twin) => (
              <li key={twin.id}>
                <TextLink href={`/admin/candidates/${twin.id}`}>{twin.name}</TextLink> ({twin.email})
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RecordLayout
        timeline={candidate.timeline}
        timeZone={zone}
        note={{ id: candidate.id, action: addCandidateNote }}
        changes={
          <>
            <ChangeForm
              title="Change stage"
              action={changeCandidateStage}
              id={candidate.id}
              name="stage"
              label="Stage"
              // Back to Draft undoes the candidate's submission: it is offered below, red and confirmed, not in the list.
              options={optionsOf(stageTitles).filter((option) => option.value !== "draft" || profile.stage === "draft")}
              value={profile.stage}
              reasonLabel="Reason shown to the candidate (required when rejected)"
              reasonHint="The candidate reads this reason beside the stage on their account page. Keep internal remarks in a note below, which only staff see."
              submitLabel="Update stage"
            >
              {moved === "draft" && profile.stage === "draft" ? (
                <FormAlert tone="success">
                  Moved back to Draft. {candidate.name} can edit the profile and submit it again.
                </FormAlert>
              ) : null}
              {profile.stage === "draft" ? null : (
                <DangerForm
                  action={changeCandidateStage}
                  summary="Move back to Draft…"
                  warning={`${candidate.name}’s profile leaves vetting and matching, and they must submit it again before anyone reviews it.`}
                  submitLabel="Move back to Draft"
                >
                  <input type="hidden" name="id" value={candidate.id} />
                  <input type="hidden" name="stage" value="draft" />
                  <input type="hidden" name="confirm" value="draft" />
                  <label htmlFor="draft-reason" className="block text-sm font-semibold">
                    Reason shown to the candidate (optional)
                  </label>
                  <input
                    id="draft-reason"
                    name="reason"
                    maxLength={500}
                    className="w-full rounded-lg border border-line bg-white px-3 py-2"
                  />
                </DangerForm>
              )}
            </ChangeForm>
            {listing ? (
              <ChangeForm
                title="Directory listing"
                action={changeListingVisibility}
                id={candidate.id}
                name="hidden"
                label="The public directory"
                options={[
                  { value: "no", label: "Shown while the candidate is listed" },
                  { value: "yes", label: "Hidden by staff" },
                ]}
                value={listing.hiddenAt ? "yes" : "no"}
                reasonLabel="Reason shown to the candidate (required to hide)"
                reasonHint="The candidate reads it on their account page."
                submitLabel="Save listing"
              />
            ) : null}
            <ChangeForm
              title="Rating"
              action={changeCandidateRating}
              id={candidate.id}
              name="rating"
              label="Rating (1 = weak, 5 = excellent)"
              options={[{ value: "", label: "Not rated" }, ...["1", "2", "3", "4", "5"]]}
              value={profile.rating ? String(profile.rating) : ""}
              submitLabel="Save rating"
            />
          </>
        }
      >
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
        {listing ? (
          <Card as="section" aria-labelledby="experience-title">
            <h2 id="experience-title" className="font-semibold">
              Experience and directory
            </h2>
            <p className="mt-2 text-sm" data-testid="directory-state">
              {listing.hiddenAt
                ? `Hidden from the directory by staff: ${listing.hiddenReason}`
                : listing.listedAt && listing.stage === "vetted"
                  ? `Listed in the directory since ${formatDate(listing.listedAt)} as “${listing.displayName ?? "initials"}”`
                  : listing.listedAt
                    ? "Chose to be listed; shown once vetted"
                    : "Not listed in the directory"}
              {listing.listedAt && !listing.hiddenAt && listing.stage === "vetted" ? (
                <>
                  {" · "}
                  <TextLink href={`/developers/${listing.publicId}`}>public profile</TextLink>
                </>
              ) : null}
            </p>
            {listing.positions.length > 0 ? (
              <ol className="mt-3 space-y-2 text-sm">
                {listing.positions.map((position) => (
                  <li key={position.id}>
                    <strong>{position.role}</strong>, {position.employer ?? "employer not given"} (
                    {position.companyKind}
                    ), {monthLabel(position.startMonth)}–{monthLabel(position.endMonth)}: {position.summary}
                  </li>
                ))}
              </ol>
            ) : (
              <p className="mt-2 text-sm text-ink-muted">No work history yet.</p>
            )}
            {listing.projects.length > 0 ? (
              <ul className="mt-3 space-y-1 text-sm">
                {listing.projects.map((project) => (
                  <li key={project.id}>
                    Project <strong>{project.name}</strong>: {project.summary}
                  </li>
                ))}
              </ul>
            ) : null}
          </Card>
        ) : null}
        <WriteEmailCard
          action={writeToCandidate}
          id={candidate.id}
          recipient={`${candidate.name} (${candidate.email})`}
          templates={templates}
          chosen={typeof template === "string" ? template : undefined}
          variables={CANDIDATE_VARIABLES}
        />
        {scorecards ? <ScorecardCard candidateId={candidate.id} data={scorecards} timeZone={zone} /> : null}
        <Card as="section" aria-labelledby="stages-title">
          <h2 id="stages-title" className="font-semibold">
            Stage history
          </h2>
          <ol className="mt-2 space-y-1 text-sm">
            {candidate.stages.map((event, index) => (
              <li key={index}>
                {stageTitles[event.stage]} · {formatDateTime(event.at.getTime(), zone)} · by{" "}
                {event.by ?? "a former user"}
                {event.reason ? ` · shown to the candidate: ${event.reason}` : null}
              </li>
            ))}
          </ol>
        </Card>
      </RecordLayout>
    </>
  );
}
