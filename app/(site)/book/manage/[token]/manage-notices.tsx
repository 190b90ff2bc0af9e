import { FormAlert } from "@/components/ui/form-fields";

/** What just happened, when booking, moving or cancelling sent the visitor here (`?booked`, `?moved`, `?cancelled`). */
export function ManageNotices({ query }: { query: Record<string, string | string[] | undefined> }) {
  return (
    <>
      {query.booked ? (
        <FormAlert tone="success">
          Your call is booked. A confirmation email with a calendar invitation is on its way.
        </FormAlert>
      ) : null}
      {query.moved ? (
        <FormAlert tone="success">
          Your call has moved to the new time. We have emailed you an updated invitation.
        </FormAlert>
      ) : null}
      {query.cancelled ? (
        <FormAlert tone="success">Your call is cancelled. We have let your Talent Expert know.</FormAlert>
      ) : null}
    </>
  );
}
