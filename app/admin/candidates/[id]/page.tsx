import { notFound } from "next/navigation";
import { RecordLayout } from "@/components/admin/record-layout";
import { getCandidate } from "@/db/queries/admin/candidates";
import { parseRecordId } from "@/domain/record-id";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import { addCandidateNote } from "../actions";
import { CandidateChanges } from "./candidate-changes";
import { CandidateExperience } from "./candidate-experience";
import { CandidateHeading } from "./candidate-heading";
import { CandidateProfile } from "./candidate-profile";
import { ScorecardCard } from "./scorecard-card";
import { StageHistory } from "./stage-history";
import { WriteToCandidate } from "./write-to-candidate";

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

  // The async sections read their own records, all at once: React starts each as it meets it.
  return (
    <>
      <CandidateHeading candidate={candidate} />
      <RecordLayout
        timeline={candidate.timeline}
        timeZone={zone}
        note={{ id: candidate.id, action: addCandidateNote }}
        changes={<CandidateChanges actor={actor} candidate={candidate} moved={moved} />}
      >
        <CandidateProfile actor={actor} candidate={candidate} />
        <CandidateExperience actor={actor} candidateId={candidate.id} />
        <WriteToCandidate actor={actor} candidate={candidate} template={template} />
        <ScorecardCard actor={actor} candidateId={candidate.id} timeZone={zone} />
        <StageHistory stages={candidate.stages} zone={zone} />
      </RecordLayout>
    </>
  );
}
