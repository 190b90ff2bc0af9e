import "server-only";
import { requestEmailVerification } from "@/db/queries/email-verifications";
import { enqueueEmail } from "@/db/queries/outbox";
import { createManageToken, hashManageToken } from "@/domain/manage-token";
import { accountExistsEmail, welcomeEmail } from "./account-emails";

/** Sends a new confirmation link to the account's address (unless it is already confirmed). */
export async function sendVerificationLink(userId: number): Promise<boolean> {
  const token = createManageToken();
  const queued = await requestEmailVerification(userId, hashManageToken(token), (user) => welcomeEmail(user, token));
  return queued;
}

/** Someone registered an address that already has an account: its owner hears about it, the visitor learns nothing. */
export async function notifyAccountOwner(owner: { name: string; email: string }) {
  await enqueueEmail(accountExistsEmail(owner));
}
