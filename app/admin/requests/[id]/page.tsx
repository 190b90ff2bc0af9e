import { notFound } from "next/navigation";
import { RecordLayout } from "@/components/admin/record-layout";
import { getRequest } from "@/db/queries/admin/requests";
import { parseRecordId } from "@/domain/record-id";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import { addRequestNote } from "../actions";
import { MatchingCandidates } from "./matching-candidates";
import { RequestChanges } from "./request-changes";
import { RelatedRequests, RequestCalls, RequestDetails } from "./request-details";
import { RequestHeading } from "./request-heading";
import { RequestInterviews } from "./request-interviews";
import { ShortlistCard } from "./shortlist-card";
import { WriteToCompany } from "./write-to-company";

export const metadata = { title: "Request" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function RequestPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { template, merged } = await searchParams;
  const actor = await requireStaff(`/admin/requests/${id}`);
  const zone = await readerTimeZone();
  const requestId = parseRecordId(id);
  const request = requestId ? await getRequest(actor, requestId) : null;
  if (!request) notFound();

  // The async sections read their own records, all at once: React starts each as it meets it.
  return (
    <>
      <RequestHeading actor={actor} request={request} merged={merged} />
      <RecordLayout
        timeline={request.timeline}
        timeZone={zone}
        note={{ id: request.id, action: addRequestNote }}
        changes={<RequestChanges actor={actor} request={request} />}
      >
        <RequestDetails request={request} zone={zone} />
        <RequestCalls request={request} zone={zone} />
        <RelatedRequests request={request} zone={zone} />
        <WriteToCompany actor={actor} request={request} template={template} />
        <ShortlistCard actor={actor} requestId={request.id} contactEmail={request.email} timeZone={zone} />
        <RequestInterviews actor={actor} requestId={request.id} zone={zone} />
        <MatchingCandidates actor={actor} requestId={request.id} />
      </RecordLayout>
    </>
  );
}
