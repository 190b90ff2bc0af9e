import { Card } from "@/components/ui/card";
import { stageTitles } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import type { CandidateRecord } from "./candidate-data";

/** Every stage the candidate has been in: when, by whom, and the reason they were shown. */
export function StageHistory({ stages, zone }: { stages: CandidateRecord["stages"]; zone: string }) {
  return (
    <Card as="section" aria-labelledby="stages-title">
      <h2 id="stages-title" className="font-semibold">
        Stage history
      </h2>
      <ol className="mt-2 space-y-1 text-sm">
        {stages.map((event, index) => (
          <li key={index}>
            {stageTitles[event.stage]} · {formatDateTime(event.at.getTime(), zone)} · by {event.by ?? "a former user"}
            {event.reason ? ` · shown to the candidate: ${event.reason}` : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}
