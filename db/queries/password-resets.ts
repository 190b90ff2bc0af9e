import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { type Db, db, transaction } from "../index";
import { passwordResetTokens, sessions, users } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

/** Stores a reset token (hashed) and queues its email in one transaction; unknown emails do nothing. */
export async function requestPasswordReset(
  email: string,
  tokenHash: string,
  emailFor: (user: { name: string; email: string }) => NewEmail,
  now = Date.now(),
) {
  await transaction(async (tx) => {
    const [user] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.emailNormalized, email.toLowerCase()), eq(users.active, true)))
      .limit(1);
    if (!user) return;
    await tx
      .insert(passwordResetTokens)
      .values({ userId: user.id, tokenHash, expiresAt: new Date(now + RESET_TOKEN_TTL_MS) });
    await enqueueEmail(emailFor(user), tx);
  });
}

/** The unused, unexpired token with this hash, read through `reader` (a transaction, to spend it). */
async function usableToken(reader: Pick<Db, "select">, tokenHash: string, now: number) {
  const [token] = await reader
    .select({ id: passwordResetTokens.id, userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, new Date(now)),
      ),
    )
    .limit(1);
  return token ?? null;
}

export async function findUsableResetToken(tokenHash: string, now = Date.now()) {
  return usableToken(db, tokenHash, now);
}

/** Spends the token and sets the password atomically: a second use of the same link finds nothing. */
export async function resetPassword(tokenHash: string, passwordHash: string, now = Date.now()): Promise<boolean> {
  return transaction(async (tx) => {
    const token = await usableToken(tx, tokenHash, now);
    if (!token) return false;
    await tx
      .update(passwordResetTokens)
      .set({ usedAt: new Date(now) })
      .where(eq(passwordResetTokens.userId, token.userId));
    await tx
      .update(users)
      .set({ passwordHash, updatedAt: new Date(now) })
      .where(eq(users.id, token.userId));
    // Whoever had a session (perhaps the reason for the reset) has it no more.
    await tx.delete(sessions).where(eq(sessions.userId, token.userId));
    return true;
  });
}
