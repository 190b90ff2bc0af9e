import { Card } from "@/components/ui/card";
import { getOwnScorecardSharing } from "@/db/queries/scorecards";
import type { SessionUser } from "@/db/queries/users";
import { SCORECARD_AUDIENCES, SCORECARD_SUMMARY, scorecardAudiences } from "@/domain/scorecard-consent";
import { ScorecardSharing } from "./proposal-answer";

/** Once a vetting scorecard exists: who may read its summary, chosen per audience. */
export async function ScorecardSection({ user }: { user: SessionUser }) {
  const scorecard = await getOwnScorecardSharing(user);
  if (!scorecard.exists) return null;
  return (
    <Card as="section" aria-labelledby="scorecard-title" className="mt-8">
      <h2 id="scorecard-title" className="text-xl font-semibold">
        Your vetting scorecard
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        Our talent managers scored your vetting. You decide who may read its summary ({SCORECARD_SUMMARY}), for each
        place on its own; nobody sees it until you say so.
      </p>
      <ul className="mt-4 space-y-5">
        {scorecardAudiences.map((audience) => (
          <li key={audience}>
            <h3 className="font-semibold">{SCORECARD_AUDIENCES[audience].title}</h3>
            <p className="mt-1 text-sm text-ink-muted" data-testid={`scorecard-sharing-${audience}`}>
              {SCORECARD_AUDIENCES[audience].who}{" "}
              <strong>{scorecard.shared[audience] ? "Shown." : "Not shown."}</strong>
            </p>
            <ScorecardSharing audience={audience} shared={scorecard.shared[audience]} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
