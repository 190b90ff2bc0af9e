import { ChangeForm } from "@/components/admin/change-form";
import { DangerForm } from "@/components/admin/danger-form";
import { FormAlert } from "@/components/ui/form-fields";
import type { SessionUser } from "@/db/queries/users";
import { optionsOf, stageTitles } from "@/domain/labels";
import { changeCandidateRating, changeCandidateStage, changeListingVisibility } from "../actions";
import { type CandidateRecord, listingFor } from "./candidate-data";

/** The sidebar's changes: the stage, the directory listing (once there is one) and the rating. */
export async function CandidateChanges({
  actor,
  candidate,
  moved,
}: {
  actor: SessionUser;
  candidate: CandidateRecord;
  moved: string | string[] | undefined;
}) {
  const listing = await listingFor(actor, candidate.id);
  const { profile } = candidate;
  return (
    <>
      <StageChange candidate={candidate} moved={moved} />
      {listing ? (
        <ChangeForm
          title="Directory listing"
          action={changeListingVisibility}
          id={candidate.id}
          name="hidden"
          label="The public directory"
          options={[
            { value: "no", label: "Shown while the candidate is listed" },
            { value: "yes", label: "Hidden by staff" },
          ]}
          value={listing.hiddenAt ? "yes" : "no"}
          reasonLabel="Reason shown to the candidate (required to hide)"
          reasonHint="The candidate reads it on their account page."
          submitLabel="Save listing"
        />
      ) : null}
      <ChangeForm
        title="Rating"
        action={changeCandidateRating}
        id={candidate.id}
        name="rating"
        label="Rating (1 = weak, 5 = excellent)"
        options={[{ value: "", label: "Not rated" }, ...["1", "2", "3", "4", "5"]]}
        value={profile.rating ? String(profile.rating) : ""}
        submitLabel="Save rating"
      />
    </>
  );
}

/** The stage form; after it, moving back to Draft on its own, red and confirmed (`?moved=draft` once done). */
function StageChange({ candidate, moved }: { candidate: CandidateRecord; moved: string | string[] | undefined }) {
  const { profile } = candidate;
  return (
    <ChangeForm
      title="Change stage"
      action={changeCandidateStage}
      id={candidate.id}
      name="stage"
      label="Stage"
      // Back to Draft undoes the candidate's submission: it is offered below, red and confirmed, not in the list.
      options={optionsOf(stageTitles).filter((option) => option.value !== "draft" || profile.stage === "draft")}
      value={profile.stage}
      reasonLabel="Reason shown to the candidate (required when rejected)"
      reasonHint="The candidate reads this reason beside the stage on their account page. Keep internal remarks in a note below, which only staff see."
      submitLabel="Update stage"
    >
      {moved === "draft" && profile.stage === "draft" ? (
        <FormAlert tone="success">
          Moved back to Draft. {candidate.name} can edit the profile and submit it again.
        </FormAlert>
      ) : null}
      {profile.stage === "draft" ? null : (
        <DangerForm
          action={changeCandidateStage}
          summary="Move back to Draft…"
          warning={`${candidate.name}’s profile leaves vetting and matching, and they must submit it again before anyone reviews it.`}
          submitLabel="Move back to Draft"
        >
          <input type="hidden" name="id" value={candidate.id} />
          <input type="hidden" name="stage" value="draft" />
          <input type="hidden" name="confirm" value="draft" />
          <label htmlFor="draft-reason" className="block text-sm font-semibold">
            Reason shown to the candidate (optional)
          </label>
          <input
            id="draft-reason"
            name="reason"
            maxLength={500}
            className="w-full rounded-lg border border-line bg-white px-3 py-2"
          />
        </DangerForm>
      )}
    </ChangeForm>
  );
}
