import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "../index";
import { passwordResetTokens, sessions, users } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Stores a reset token (hashed) and queues its email in one transaction; unknown emails do nothing. */
export function requestPasswordReset(
  email: string,
  tokenHash: string,
  emailFor: (user: { name: string; email: string }) => NewEmail,
  now = Date.now(),
) {
  db.transaction((tx) => {
    const user = tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.emailNormalized, email.toLowerCase()), eq(users.active, true)))
      .get();
    if (!user) return;
    tx.insert(passwordResetTokens)
      .values({ userId: user.id, tokenHash, expiresAt: new Date(now + RESET_TOKEN_TTL_MS) })
      .run();
    enqueueEmail(emailFor(user), tx);
  });
}

export function findUsableResetToken(tokenHash: string, now = Date.now()) {
  return (
    db
      .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId })
      .from(passwordResetTokens)
      .where(
        and(
          eq(passwordResetTokens.tokenHash, tokenHash),
          isNull(passwordResetTokens.usedAt),
          gt(passwordResetTokens.expiresAt, new Date(now)),
        ),
      )
      .get() ?? null
  );
}

/** Spends the token and sets the password atomically: a second use of the same link finds nothing. */
export function resetPassword(tokenHash: string, passwordHash: string, now = Date.now()): boolean {
  return db.transaction(
    (tx) => {
      const token = tx
        .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId })
        .from(passwordResetTokens)
        .where(
          and(
            eq(passwordResetTokens.tokenHash, tokenHash),
            isNull(passwordResetTokens.usedAt),
            gt(passwordResetTokens.expiresAt, new Date(now)),
          ),
        )
        .get();
      if (!token) return false;
      tx.update(passwordResetTokens)
        .set({ usedAt: new Date(now) })
        .where(eq(passwordResetTokens.userId, token.userId))
        .run();
      tx.update(users)
        .set({ passwordHash, updatedAt: new Date(now) })
        .where(eq(users.id, token.userId))
        .run();
      // Whoever had a session (perhaps the reason for the reset) has it no more.
      tx.delete(sessions).where(eq(sessions.userId, token.userId)).run();
      return true;
    },
    { behavior: "immediate" },
  );
}
