"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { moveCandidateToStage, rateCandidate } from "@/db/queries/admin/candidates";
import { addNote } from "@/db/queries/admin/notes";
import { withAudit } from "@/db/queries/audit";
import { setListingHidden } from "@/db/queries/directory";
import { addScorecard, getScorecards } from "@/db/queries/scorecards";
import { candidateStages } from "@/db/schema";
import { fail } from "@/domain/action-state";
import { interviewAheadMessage } from "@/domain/interviews";
import { stageTitles } from "@/domain/labels";
import { ratingField } from "@/domain/scorecards";
import { hideListingSchema } from "@/domain/validation/directory";
import { changeReason, noteBody, optionalRecordId, recordId } from "@/domain/validation/fields";
import { writtenEmailFields } from "@/domain/validation/written-email";
import { recommendations } from "@/domain/vocabulary";
import { stageEmail } from "@/services/account-emails";
import { staffAction } from "@/services/action";
import { readerTimeZone } from "@/services/reader-zone";
import { revalidateDirectory } from "@/services/revalidate-content";
import { sendFromDashboard } from "@/services/written-emails";

export const changeCandidateRating = staffAction(
  {
    returnTo: "/admin/candidates",
    schema: z.object({
      id: recordId,
      rating: z.union([z.literal(""), z.coerce.number().int().min(1).max(5)], {
        error: "Choose a rating from 1 to 5.",
      }),
    }),
  },
  async (input, actor) => {
    const rating = input.rating === "" ? null : input.rating;
    const rated = await withAudit(
      actor,
      () => rateCandidate(actor, input.id, rating),
      (ok) =>
        ok && {
          action: "candidate.rate",
          subject: `candidate #${input.id}`,
          details: rating ? String(rating) : "cleared",
        },
    );
    if (!rated) return fail("This candidate no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    return { status: "success", message: rating ? `Rated ${rating} of 5.` : "Rating cleared." };
  },
);

export const changeCandidateStage = staffAction(
  {
    returnTo: "/admin/candidates",
    schema: z.object({
      id: recordId,
      stage: z.enum(candidateStages, { error: "Choose a stage." }),
      reason: changeReason,
      confirm: z.string().optional(),
    }),
  },
  async (input, actor) => {
    if (input.stage === "rejected" && !input.reason) return fail("Give a reason for the rejection.");
    // A step back to Draft is destructive (the submission is undone), so only its confirmed form may ask for it.
    if (input.stage === "draft" && input.confirm !== "draft")
      return fail("To move this candidate back to Draft, use “Move back to Draft…” and confirm.");
    const moved = await withAudit(
      actor,
      () => moveCandidateToStage(actor, input.id, input.stage, input.reason || null, stageEmail),
      (ok) => ok && { action: "candidate.stage", subject: `candidate #${input.id}`, details: input.stage },
    );
    if (!moved) return fail("This candidate no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    if (moved.listingChanged) revalidateDirectory();
    // The confirming form is gone once the candidate is a draft: the page says what happened instead.
    if (input.stage === "draft") redirect(`/admin/candidates/${input.id}?moved=draft`);
    return { status: "success", message: `Stage set to ${stageTitles[input.stage]}.` };
  },
);

export const addCandidateNote = staffAction(
  { returnTo: "/admin/candidates", schema: z.object({ id: recordId, body: noteBody }) },
  async (input, actor) => {
    await withAudit(
      actor,
      () => addNote(actor, "candidate", input.id, input.body),
      () => ({ action: "candidate.note", subject: `candidate #${input.id}` }),
    );
    revalidatePath(`/admin/candidates/${input.id}`);
    return { status: "success", message: "Note added." };
  },
);

const SCORECARD_TEXT_MAX = 1000;
const scorecardText = (label: string) =>
  z.string().trim().max(SCORECARD_TEXT_MAX, `Keep the ${label} under ${SCORECARD_TEXT_MAX} characters.`).default("");

/** A structured scorecard: the competences are read again here, never taken from the form. */
export const addCandidateScorecard = staffAction(
  {
    returnTo: "/admin/candidates",
    schema: z.object({
      id: recordId,
      proposalId: optionalRecordId,
      strengths: scorecardText("strengths"),
      concerns: scorecardText("concerns"),
      recommendation: z.enum(recommendations, { error: "Choose a recommendation." }),
    }),
  },
  async (input, actor, formData) => {
    const current = await getScorecards(actor, input.id);
    if (!current) return fail("This candidate no longer exists.");
    const fieldErrors: Record<string, string> = {};
    const ratings = current.competences.flatMap((competence, index) => {
      const raw = formData.get(ratingField(index));
      if (raw === null || raw === "") return [];
      const rating = Number(raw);
      if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
        fieldErrors[ratingField(index)] = `Rate ${competence} from 1 to 5, or leave it not assessed.`;
        return [];
      }
      return [{ competence, rating }];
    });
    if (Object.keys(fieldErrors).length > 0) return fail("Check the ratings marked below.", fieldErrors);
    if (ratings.length === 0)
      return fail("Rate at least one competence.", { [ratingField(0)]: "Rate at least one competence." });
    const added = await withAudit(
      actor,
      () =>
        addScorecard(actor, input.id, {
          proposalId: input.proposalId,
          ratings,
          strengths: input.strengths,
          concerns: input.concerns,
          recommendation: input.recommendation,
        }),
      (result) =>
        result.ok && {
          action: "candidate.scorecard",
          subject: `candidate #${input.id}`,
          details: input.recommendation,
        },
    );
    if (!added.ok && added.reason === "interview-ahead") {
      const message = interviewAheadMessage(added.endsAt, await readerTimeZone());
      return fail(message, { proposalId: message });
    }
    if (!added.ok) return fail("This candidate or proposal no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    return { status: "success", message: "Scorecard saved." };
  },
);

/** An email written from the candidate's page, from a template or from scratch (replies go to the manager). */
export const writeToCandidate = staffAction(
  { returnTo: "/admin/candidates", schema: z.object({ id: recordId, ...writtenEmailFields }) },
  async ({ id, subject, body }, actor) => {
    const sent = await sendFromDashboard(actor, { type: "candidate", id }, { subject, body });
    if (!sent.ok) return fail(sent.message, sent.field ? { [sent.field]: sent.message } : {});
    revalidatePath(`/admin/candidates/${id}`);
    return { status: "success", message: `Sent to ${sent.to}. Replies come to you.` };
  },
);

/** Hides a candidate's directory listing from the public (the reason is shown to them), or shows it again. */
export const changeListingVisibility = staffAction(
  { returnTo: "/admin/candidates", schema: hideListingSchema },
  async (input, actor) => {
    const hide = input.hidden === "yes" ? { hidden: true as const, reason: input.reason } : { hidden: false as const };
    const changed = await withAudit(
      actor,
      () => setListingHidden(actor, input.id, hide),
      (ok) =>
        ok && {
          action: "candidate.listing",
          subject: `candidate #${input.id}`,
          details: hide.hidden ? `hidden: ${hide.reason}` : "shown",
        },
    );
    if (!changed) return fail("This candidate no longer exists.");
    revalidatePath(`/admin/candidates/${input.id}`);
    revalidateDirectory();
    return {
      status: "success",
      message: hide.hidden
        ? "Hidden: the public profile is gone, and the candidate sees your reason."
        : "The listing shows again while the candidate chooses to be listed.",
    };
  },
);
