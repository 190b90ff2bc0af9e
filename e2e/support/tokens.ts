import type { Page } from "@playwright/test";
import { recordRateLimitFailure } from "../../db/queries/rate-limits";
import { getOrCreateSecret } from "../../db/queries/secrets";
import { createFormToken } from "../../domain/form-guard";

/** The server's form-signing key (created here if the server has not needed it yet; both then use the stored one). */
export const formSigningSecret = () => getOrCreateSecret("form-signing");

/** A contact-form token signed by the server's key (`formSigningSecret()`) as if the form had been rendered `ageMs` ago. */
export const agedFormToken = (secret: string, ageMs = 10_000) => createFormToken(secret, Date.now() - ageMs);

/** Re-signs the page's form token as if the form had been rendered `ageMs` ago. */
export async function backdateFormToken(page: Page, ageMs = 10_000) {
  const secret = await formSigningSecret();
  await page
    .locator('input[name="formToken"]')
    .evaluate((input, token) => ((input as HTMLInputElement).value = token), agedFormToken(secret, ageMs));
}

/** Counts `count` hits against a rate-limit key at `windowStart`, as if that many requests had come then. */
export async function fillRateLimit(key: string, count: number, windowStart = Date.now()) {
  for (let hit = 0; hit < count; hit++)
    await recordRateLimitFailure([{ key, max: count, windowMs: 24 * 60 * 60 * 1000 }], windowStart);
}
