import "server-only";
import { randomInt } from "node:crypto";
import { transaction } from "../index";
import { contactRequests, usedFormTokens } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";

const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short reference a person can read over the phone: no 0/O or 1/I. */
export function newReference(prefix: string) {
  let code = "";
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${code}`;
}

/** True for a UNIQUE constraint error, optionally on one named index (SQLite names its columns). */
export function isUniqueViolation(error: unknown, columns?: string): boolean {
  if (!(error instanceof Error) || (error as { code?: string }).code !== "SQLITE_CONSTRAINT_UNIQUE") return false;
  return !columns || error.message.includes(columns);
}

export type NewContactRequestInput = {
  name: string;
  email: string;
  company: string;
  role: string;
  seniority: string;
  developers: number;
  desiredStart: string;
  budget: string | null;
  message: string;
  sourcePage: string;
};

/**
 * Stores a request and, in the same transaction, marks the form token that sent it as used: the
 * token's primary key refuses a second use, even from a concurrent request. Null when the token
 * was already used (a replay), and then nothing is stored.
 */
export async function createContactRequest(
  input: NewContactRequestInput,
  formToken: { tokenHash: string; expiresAt: Date },
  receipt: (reference: string) => NewEmail,
  now = new Date(),
) {
  return transaction(async (tx) => {
    const [fresh] = await tx
      .insert(usedFormTokens)
      .values(formToken)
      .onConflictDoNothing()
      .returning({ tokenHash: usedFormTokens.tokenHash });
    if (!fresh) return null;
    for (let attempt = 0; ; attempt++) {
      try {
        const [saved] = await tx
          .insert(contactRequests)
          .values({
            ...input,
            emailNormalized: input.email.toLowerCase(),
            reference: newReference("BT"),
            consentAt: now,
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: contactRequests.id, reference: contactRequests.reference });
        if (!saved) throw new Error("request insert returned no row");
        await enqueueEmail(receipt(saved.reference), tx, now);
        return saved;
      } catch (error) {
        // A reference collision is astronomically rare; try a fresh one a few times.
        if (attempt < 3 && isUniqueViolation(error)) continue;
        throw error;
      }
    }
  });
}
