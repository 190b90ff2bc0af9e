import { TextLink } from "@/components/ui/text-link";
import { stageTitles } from "@/domain/labels";
import type { CandidateRecord } from "./candidate-data";

/** The candidate's name, headline, stage and rating; other accounts that reach the same inbox. */
export function CandidateHeading({ candidate }: { candidate: CandidateRecord }) {
  const { profile } = candidate;
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
    </>
  );
}
