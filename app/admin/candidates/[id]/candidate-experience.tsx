import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { SessionUser } from "@/db/queries/users";
import { monthLabel } from "@/domain/directory";
import { formatDate } from "@/domain/format";
import { listingFor } from "./candidate-data";

/** Once the candidate has a listing: where it stands in the directory, their work history and projects. */
export async function CandidateExperience({ actor, candidateId }: { actor: SessionUser; candidateId: number }) {
  const listing = await listingFor(actor, candidateId);
  if (!listing) return null;
  return (
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
              <strong>{position.role}</strong>, {position.employer ?? "employer not given"} ({position.companyKind}
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
  );
}
