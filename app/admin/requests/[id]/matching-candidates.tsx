import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { CheckboxField } from "@/components/ui/form-fields";
import { TextLink } from "@/components/ui/text-link";
import { getMatches } from "@/db/queries/admin/matching";
import type { SessionUser } from "@/db/queries/users";
import { stageTitles } from "@/domain/labels";
import { propose } from "../actions";
import { seniorityOptions } from "./request-data";

/** Candidates in vetting ranked against the request, each with why and a way to propose them. */
export async function MatchingCandidates({ actor, requestId }: { actor: SessionUser; requestId: number }) {
  const matching = (await getMatches(actor, requestId, await seniorityOptions())) ?? { matches: [], proposed: [] };
  return (
    <Card as="section" aria-labelledby="matching-title">
      <h2 id="matching-title" className="font-semibold">
        Matching candidates
      </h2>
      {matching.proposed.length > 0 ? (
        <p className="mt-2 text-sm" data-testid="proposed">
          Proposed: {matching.proposed.map((row) => row.name).join(", ")}
        </p>
      ) : null}
      {matching.matches.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">No candidate in vetting matches yet.</p>
      ) : null}
      <ol className="mt-3 space-y-3">
        {matching.matches.map((match) => (
          <li
            key={match.candidateId}
            aria-label={match.name}
            className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-line p-3"
          >
            <div>
              <p className="font-semibold">
                <TextLink href={`/admin/candidates/${match.candidateId}`} variant="plain">
                  {match.name}
                </TextLink>{" "}
                <span className="text-sm font-normal text-ink-muted">
                  score {match.score} · {stageTitles[match.stage]}
                </span>
              </p>
              <p className="text-sm text-ink-muted">{match.headline}</p>
              <ul className="mt-1 list-disc pl-5 text-sm">
                {match.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            </div>
            {match.proposed ? (
              <span className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-800">Proposed</span>
            ) : (
              <ActionForm action={propose} submitLabel={`Propose ${match.name}`}>
                <input type="hidden" name="requestId" value={requestId} />
                <input type="hidden" name="candidateId" value={match.candidateId} />
                <CheckboxField
                  id={`show-company-${match.candidateId}`}
                  name="companyNameShown"
                  label={`Tell ${match.name} the company's name`}
                />
              </ActionForm>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
