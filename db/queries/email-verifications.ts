import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "../index";
import { emailVerificationTokens, users } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";

export const VERIFICATION_TTL_MS = 24 * 60 * 60 * 1000;

/** Stores a confirmation link (hashed) for the account and queues its email in one transaction. */
export function requestEmailVerification(
  userId: number,
  tokenHash: string,
  emailFor: (user: { name: string; email: string }) => NewEmail,
  now = Date.now(),
) {
  return db.transaction((tx) => {
    const user = tx
      .select({ name: users.name, email: users.email, verifiedAt: users.emailVerifiedAt })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.active, true)))
      .get();
    if (!user || user.verifiedAt) return false;
    tx.insert(emailVerificationTokens)
      .values({ userId, tokenHash, expiresAt: new Date(now + VERIFICATION_TTL_MS) })
      .run();
    enqueueEmail(emailFor(user), tx);
    return true;
  });
}

/** Spends the link and marks the address as proven, atomically; a used or expired link does nothing. */
export function confirmEmail(tokenHash: string, now = Date.now()): { userId: number } | null {
  return db.transaction(
    (tx) => {
      const token = tx
        .select({ userId: emailVerificationTokens.userId })
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
        .get();
      if (!token) return null;
      tx.update(emailVerificationTokens)
        .set({ usedAt: new Date(now) })
        .where(eq(emailVerificationTokens.userId, token.userId))
        .run();
      tx.update(users)
        .set({ emailVerifiedAt: new Date(now), updatedAt: new Date(now) })
        .where(eq(users.id, token.userId))
        .run();
      return token;
    },
    { behavior: "immediate" },
  );
}

/** Whether the account has proven its address. */
export function isEmailVerified(userId: number): boolean {
  return Boolean(db.select({ at: users.emailVerifiedAt }).from(users).where(eq(users.id, userId)).get()?.at);
}
