import "server-only";
import { randomInt } from "node:crypto";
import { and, desc, eq, inArray } from "drizzle-orm";
import { openRequestStatuses } from "@/domain/vocabulary";
import { isUniqueViolation } from "../errors";
import { type Db, transaction } from "../index";
import { onlyRow } from "../rows";
import { contactRequests, type NewContactRequest, usedFormTokens } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";
import { queueWebhookEvent } from "./webhooks";

const REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A short reference a person can read over the phone: no 0/O or 1/I. */
export function newReference(prefix: string) {
  let code = "";
  for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `${prefix}-${code}`;
}

/**
 * The request a company's next call or "ask to interview" joins: the newest one still being worked
 * from the same address (case-folded), so one company with an open request never gets a second.
 */
export async function findOpenRequest(reader: Pick<Db, "select">, emailNormalized: string) {
  const [open] = await reader
    .select({ id: contactRequests.id, reference: contactRequests.reference })
    .from(contactRequests)
    .where(
      and(
        eq(contactRequests.emailNormalized, emailNormalized),
        inArray(contactRequests.status, [...openRequestStatuses]),
      ),
    )
    .orderBy(desc(contactRequests.createdAt), desc(contactRequests.id))
    .limit(1);
  return open ?? null;
}

/**
 * Inserts a request under a new reference (in the open transaction, if any). A reference collision
 * is astronomically rare: a fresh one is tried a few times. Each try is a savepoint of its own, as on
 * PostgreSQL a failed statement would otherwise abort the whole transaction.
 */
export async function insertContactRequest(values: Omit<NewContactRequest, "reference">) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await transaction(async (tx) => {
        const created = onlyRow(
          await tx
            .insert(contactRequests)
            .values({ ...values, reference: newReference("BT") })
            .returning({ id: contactRequests.id, reference: contactRequests.reference }),
        );
        // Every way a request comes in (the form, a booking, "ask to interview", a restored one) is this one insert.
        await queueWebhookEvent(tx, "request.created", {
          request: {
            ...created,
            company: values.company,
            role: values.role,
            seniority: values.seniority,
            developers: values.developers,
            source: values.sourcePage,
          },
        });
        return created;
      });
    } catch (error) {
      if (attempt < 3 && isUniqueViolation(error, "contact_requests.reference")) continue;
      throw error;
    }
  }
}

/**
 * Uses up the signed token of the form a request came from: the token's primary key refuses a second
 * use, even from a concurrent request. False when it was already used (a replay).
 */
export async function consumeFormToken(tx: Pick<Db, "insert">, formToken: { tokenHash: string; expiresAt: Date }) {
  const [fresh] = await tx
    .insert(usedFormTokens)
    .values(formToken)
    .onConflictDoNothing()
    .returning({ tokenHash: usedFormTokens.tokenHash });
  return fresh !== undefined;
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
    if (!(await consumeFormToken(tx, formToken))) return null;
    const saved = await insertContactRequest({
      ...input,
      emailNormalized: input.email.toLowerCase(),
      consentAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await enqueueEmail(receipt(saved.reference), tx, now);
    return saved;
  });
}
