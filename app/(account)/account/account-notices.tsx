import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-fields";
import { isEmailVerified } from "@/db/queries/email-verifications";
import type { SessionUser } from "@/db/queries/users";
import { resendVerificationLink } from "./actions";

/** What an action that brought the candidate back here (`?notice=`) has to say. */
export function AccountNotice({ notice, email }: { notice: string | string[] | undefined; email: string }) {
  return (
    <>
      {notice === "submitted" ? (
        <FormAlert tone="success">Thank you: your profile has been submitted to our talent managers.</FormAlert>
      ) : null}
      {notice === "verified" ? <FormAlert tone="success">Your email address is confirmed.</FormAlert> : null}
      {notice === "interview-accepted" ? (
        <FormAlert tone="success">Accepted: you and the company have the calendar invitation by email.</FormAlert>
      ) : null}
      {notice === "verify-sent" ? (
        <FormAlert tone="success">We sent a new link to {email}. It works for 24 hours.</FormAlert>
      ) : null}
      {notice === "verify-limit" ? (
        <FormAlert tone="error">
          We already sent three links in the last hour, so no new one was sent. Please use one of those, or try again
          later.
        </FormAlert>
      ) : null}
    </>
  );
}

/** Until the address is confirmed: why it matters, and the link sent again. */
export async function VerifyEmailCard({ user }: { user: SessionUser }) {
  if (await isEmailVerified(user.id)) return null;
  return (
    <Card as="section" aria-labelledby="verify-title" className="mt-4 border-accent-700/30 bg-accent-100">
      <h2 id="verify-title" className="font-semibold">
        Confirm your email address
      </h2>
      <p className="mt-1 text-sm">
        We sent a link to <strong className="break-all">{user.email}</strong>. Open it to confirm the address is yours:
        you can submit your profile once it is confirmed.
      </p>
      <form action={resendVerificationLink} className="mt-3">
        <Button type="submit" variant="secondary">
          Send the link again
        </Button>
      </form>
    </Card>
  );
}
