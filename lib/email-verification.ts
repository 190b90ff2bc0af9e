import "server-only";
import { requestEmailVerification } from "@/db/queries/email-verifications";
import { enqueueEmail } from "@/db/queries/outbox";
import { sendEmailsSoon } from "./mailer";
import { createManageToken, hashManageToken } from "./manage-token";
import { absoluteUrl } from "./site";

/** Sends a new confirmation link to the account's address (unless it is already confirmed). */
export function sendVerificationLink(userId: number): boolean {
  const token = createManageToken();
  const queued = requestEmailVerification(userId, hashManageToken(token), (user) => ({
    kind: "email-verification",
    to: user.email,
    subject: "Confirm your email address for Bedrock Talent",
    text: `Hello ${user.name},\n\nThank you for creating a Bedrock Talent account. Please confirm that this address is yours by opening this link within 24 hours:\n${absoluteUrl(`/verify-email/${token}`)}\n\nYou can fill in your profile in the meantime; you can submit it once your address is confirmed.\n\nIf you did not create an account, ignore this email and nothing more will happen.\n\nBedrock Talent`,
  }));
  if (queued) sendEmailsSoon();
  return queued;
}

/** Someone registered an address that already has an account: its owner hears about it, the visitor learns nothing. */
export function notifyAccountOwner(owner: { name: string; email: string }) {
  enqueueEmail({
    kind: "register-existing",
    to: owner.email,
    subject: "Someone tried to create a Bedrock Talent account with your address",
    text: `Hello ${owner.name},\n\nSomeone, perhaps you, just tried to create a Bedrock Talent account with this email address. You already have an account, so nothing was changed.\n\nSign in: ${absoluteUrl("/login")}\nForgot your password? ${absoluteUrl("/forgot-password")}\n\nIf this was not you, you can ignore this email.\n\nBedrock Talent`,
  });
  sendEmailsSoon();
}
