import "server-only";
import type { BookingDetails } from "@/db/queries/bookings";
import type { InterviewDetails } from "@/db/queries/interviews";
import type { WebhookData } from "@/domain/webhooks";

/** A discovery call as its webhook events carry it: no visitor's name or address. */
export const callData = (booking: BookingDetails): WebhookData["call.booked"]["call"] => ({
  id: booking.id,
  reference: booking.reference,
  startsAt: booking.startsAt.toISOString(),
  endsAt: booking.endsAt.toISOString(),
  requestId: booking.contactRequestId,
  company: booking.company,
  expert: { id: booking.expert.id, name: booking.expert.name },
});

/** An interview as its webhook events carry it: the candidate by id, never by name. */
export const interviewData = (interview: InterviewDetails): WebhookData["interview.booked"]["interview"] => ({
  id: interview.id,
  reference: interview.reference,
  proposalId: interview.proposalId,
  requestId: interview.requestId,
  candidateId: interview.candidateId,
  startsAt: interview.startsAt.toISOString(),
  endsAt: interview.endsAt.toISOString(),
});
