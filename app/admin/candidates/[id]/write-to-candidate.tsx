import { WriteEmailCard } from "@/components/admin/write-email-card";
import type { SessionUser } from "@/db/queries/users";
import { listTemplates } from "@/db/queries/written-emails";
import { CANDIDATE_VARIABLES } from "@/domain/email-templates";
import { writeToCandidate } from "../actions";
import type { CandidateRecord } from "./candidate-data";

/** "Write to …" the candidate, from a template (`?template=`) or from scratch. */
export async function WriteToCandidate({
  actor,
  candidate,
  template,
}: {
  actor: SessionUser;
  candidate: CandidateRecord;
  template: string | string[] | undefined;
}) {
  const templates = await listTemplates(actor);
  return (
    <WriteEmailCard
      action={writeToCandidate}
      id={candidate.id}
      recipient={`${candidate.name} (${candidate.email})`}
      templates={templates}
      chosen={typeof template === "string" ? template : undefined}
      variables={CANDIDATE_VARIABLES}
    />
  );
}
