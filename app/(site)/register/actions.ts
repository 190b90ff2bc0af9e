"use server";

import { consumeRateLimit } from "@/db/queries/rate-limits";
import { createCandidate, findAccountOwner } from "@/db/queries/users";
import { type ActionState, fail } from "@/domain/action-state";
import { passwordProblem } from "@/domain/password-policy";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { registrationSchema } from "@/domain/validation/account";
import { publicAction } from "@/services/action";
import { notifyAccountOwner, sendVerificationLink } from "@/services/email-verification";
import { hashPassword } from "@/services/passwords";
import { clientIp } from "@/services/request-ip";

export type RegisterState = ActionState<{ email: string }>;

const SUMMARY = "Please correct the highlighted fields.";
const LIMITS = RATE_LIMITS.register;

/**
 * Creates the account and sends a link to confirm the address. When the address already has an
 * account, the visitor sees exactly the same answer and the owner gets an email instead: the form
 * never tells a stranger which addresses are registered.
 */
export const register = publicAction<typeof registrationSchema, { email: string }>(
  { schema: registrationSchema, summary: SUMMARY, secret: ["password"] },
  async ({ name, email, password }) => {
    const problem = passwordProblem(password, { email, name });
    if (problem) return fail(SUMMARY, { password: problem });
    if (!(await consumeRateLimit(`register-ip:${await clientIp()}`, LIMITS.perIp.max, LIMITS.perIp.windowMs)).allowed) {
      return fail("Too many accounts were created from your network in the last hour. Please try again later.");
    }
    const result = await createCandidate({ name, email, passwordHash: await hashPassword(password) });
    if (result.ok) {
      await sendVerificationLink(result.user.id);
    } else {
      // At most one such email a day per address, however often a stranger tries it.
      const owner = await findAccountOwner(email);
      if (
        owner &&
        (
          await consumeRateLimit(
            `register-existing:${email.toLowerCase()}`,
            LIMITS.existingAccountNotice.max,
            LIMITS.existingAccountNotice.windowMs,
          )
        ).allowed
      )
        await notifyAccountOwner(owner);
    }
    return { status: "success", email: email.toLowerCase() };
  },
);
