import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db, transaction } from "../index";
import { emailVerificationTokens, users } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";

export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

/** Stores a confirmation link (hashed) for the account and queues its email in one transaction. */
export async function requestEmailVerification(
  userId: number,
  tokenHash: string,
  emailFor: (user: { name: string; email: string }) => NewEmail,
  now = Date.now(),
) {
  return transaction(async (tx) => {
    const [user] = await tx
      .select({ name: users.name, email: users.email, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.active, true)))
      .limit(1);
    if (!user || user.verifiedAt) return false;
    await tx
      .insert(emailVerificationTokens)
      .values({ userId, tokenHash, expiresAt: new Date(now + VERIFICATION_TTL_MS) });
    await enqueueEmail(emailFor(user), tx);
    return true;
  });
}

/** Spends the link and marks the address as proven, atomically; a used or expired link does nothing. */
export async function confirmEmail(
  tokenHash: string,
  now = Date.now(),
): Promise<{ userId: number; email: string } | null> {
  return transaction(async (tx) => {
    const [token] = await tx
      .select({ userId: emailVerificationTokens.userId, email: users.email })
      .from(emailVerificationTokens)
      .innerJoin(users, eq(users.id, emailVerificationTokens.userId))
      .where(
        and(
          eq(emailVerificationTokens.tokenHash, tokenHash),
          isNull(emailVerificationTokens.usedAt),
          gt(emailVerificationTokens.expiresAt, new Date(now)),
          eq(users.active, true),
        ),
      )
      .limit(1);
    if (!token) return null;
    await tx
      .update(emailVerificationTokens)
      .set({ usedAt: new Date(now) })
      .where(eq(emailVerificationTokens.userId, token.userId));
    await tx
      .update(users)
      .set({ emailVerifiedAt: new Date(now), updatedAt: new Date(now) })
      .where(eq(users.id, token.userId));
    return token;
  });
}

/** Whether the account has proven its address. */
export async function isEmailVerified(userId: number): Promise<boolean> {
  const [row] = await db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).limit(1);
  return Boolean(row?.at);
}
