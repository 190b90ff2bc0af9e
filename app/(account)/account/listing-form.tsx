"use client";

import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { setListing } from "./actions";

/** Join or leave the public directory, under a chosen name or the initials. */
export function ListingForm({
  listed,
  displayName,
  initials,
}: {
  listed: boolean;
  displayName: string | null;
  initials: string;
}) {
  const [state, action] = useActionState(setListing, { status: "idle" });
  const kept = state.status === "error" ? state.values : null;
  const errors = state.status === "error" ? state.fieldErrors : {};
  return (
    <ActionForm action={action} noValidate className="mt-4 space-y-4">
      {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
      <TextField
        name="displayName"
        label="Name shown to companies"
        maxLength={40}
        hint={`Leave it empty to show your initials (${initials}). Not your surname.`}
        defaultValue={kept ? kept.displayName : (displayName ?? "")}
        error={errors.displayName}
      />
      <div className="flex flex-wrap gap-3">
        {listed ? (
          <>
            <SubmitButton name="listed" value="yes" variant="secondary" pendingLabel="Saving…">
              Save the name
            </SubmitButton>
            <SubmitButton name="listed" value="no" variant="secondary" pendingLabel="Removing…">
              Remove me from the directory
            </SubmitButton>
          </>
        ) : (
          <SubmitButton name="listed" value="yes" pendingLabel="Listing…">
            List my profile
          </SubmitButton>
        )}
      </div>
    </ActionForm>
  );
}
