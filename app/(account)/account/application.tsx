import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Eyebrow } from "@/components/ui/eyebrow";
import { formatDate } from "@/domain/format";
import { candidateStageText } from "@/domain/labels";
import type { CandidateStage } from "@/domain/vocabulary";

/** Where the application stands, and the way to the profile. */
export function ApplicationCard({ stage }: { stage: CandidateStage }) {
  const current = candidateStageText[stage];
  return (
    <Card as="section" raised aria-labelledby="stage-title" className="mt-8 p-6">
      <Eyebrow as="h2" id="stage-title" tone="muted">
        Your application
      </Eyebrow>
      <p className="mt-2 text-2xl font-bold" data-testid="current-stage">
        {current.title}
      </p>
      <p className="mt-2 text-ink-muted">{current.text}</p>
      <div className="mt-5">
        <ButtonLink href="/account/profile" variant={stage === "draft" ? "primary" : "secondary"}>
          {stage === "draft" ? "Complete and submit your profile" : "Edit your profile"}
        </ButtonLink>
      </div>
    </Card>
  );
}

/** Every stage the application has been in, the newest first. */
export function ApplicationHistory({
  history,
}: {
  history: { stage: CandidateStage; at: Date; reason: string | null }[];
}) {
  return (
    <section aria-labelledby="history-title" className="mt-8">
      <h2 id="history-title" className="text-xl font-semibold">
        History
      </h2>
      <ol className="mt-4 space-y-3 border-l-2 border-brand-200 pl-5">
        {[...history].reverse().map((event, index) => (
          <li key={`${event.stage}-${index}`}>
            <p className="font-semibold">{candidateStageText[event.stage].title}</p>
            <p className="text-sm text-ink-muted">
              <time dateTime={event.at.toISOString()}>{formatDate(event.at)}</time>
              {event.reason ? ` · ${event.reason}` : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
