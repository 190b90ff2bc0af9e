import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { getScorecards } from "@/db/queries/scorecards";
import type { SessionUser } from "@/db/queries/users";
import { optionsOf, recommendationLabels } from "@/domain/labels";
import { ratingField } from "@/domain/scorecards";
import { formatDateTime } from "@/domain/slots";
import { addCandidateScorecard } from "../actions";

const RATING_OPTIONS = [
  { value: "", label: "Not assessed" },
  { value: "1", label: "1 – weak" },
  { value: "2", label: "2" },
  { value: "3", label: "3 – solid" },
  { value: "4", label: "4" },
  { value: "5", label: "5 – excellent" },
];

/** The candidate's scorecards and the form for a new one (vetting, or about one company's interview). */
export async function ScorecardCard({
  actor,
  candidateId,
  timeZone,
}: {
  actor: SessionUser;
  candidateId: number;
  timeZone: string;
}) {
  const data = await getScorecards(actor, candidateId);
  if (!data) return null;
  return (
    <Card as="section" aria-labelledby="scorecards-title">
      <h2 id="scorecards-title" className="font-semibold">
        Scorecards
      </h2>
      {data.scorecards.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">None yet.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {data.scorecards.map((card) => (
            <li key={card.id} className="rounded-lg border border-line p-3 text-sm" data-testid="scorecard">
              <p className="font-semibold">
                {card.company ? `Interview with ${card.company}` : "Vetting"} ·{" "}
                {recommendationLabels[card.recommendation]}
              </p>
              <p className="text-ink-muted">
                {card.author ?? "A former user"} · {formatDateTime(card.createdAt.getTime(), timeZone)}
              </p>
              <p className="mt-1">{card.ratings.map((entry) => `${entry.competence} ${entry.rating}/5`).join(" · ")}</p>
              {card.strengths ? <p className="mt-1 whitespace-pre-wrap">Strengths: {card.strengths}</p> : null}
              {card.concerns ? <p className="mt-1 whitespace-pre-wrap">Concerns: {card.concerns}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 font-semibold">Add a scorecard</h3>
      <div className="mt-2">
        <ActionForm action={addCandidateScorecard} submitLabel="Save scorecard" resetOnSuccess>
          <input type="hidden" name="id" value={candidateId} />
          <ActionField
            id="scorecard-about"
            name="proposalId"
            type="select"
            label="About"
            options={[
              { value: "", label: "Vetting" },
              ...data.proposals.map((proposal) => ({
                value: String(proposal.id),
                label: `Interview with ${proposal.company}`,
              })),
            ]}
          />
          <div className="grid gap-3 sm:grid-cols-2">
            {data.competences.map((competence, index) => (
              <ActionField
                key={competence}
                id={`scorecard-${ratingField(index)}`}
                name={ratingField(index)}
                type="select"
                label={competence}
                markOptional={false}
                options={RATING_OPTIONS}
              />
            ))}
          </div>
          <ActionField id="scorecard-strengths" name="strengths" type="textarea" rows={2} label="Strengths" />
          <ActionField id="scorecard-concerns" name="concerns" type="textarea" rows={2} label="Concerns" />
          <ActionField
            id="scorecard-recommendation"
            name="recommendation"
            type="select"
            label="Recommendation"
            required
            options={[{ value: "", label: "Choose a recommendation" }, ...optionsOf(recommendationLabels)]}
          />
        </ActionForm>
      </div>
    </Card>
  );
}
