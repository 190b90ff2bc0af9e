import { test as base, expect, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { createDb } from "../db/client";
import { appSecrets } from "../db/schema";
import { createFormToken } from "../lib/form-guard";

/** The test run's database: the same file the server under test uses (see playwright.config.ts). */
export const db = createDb(process.env.E2E_DATABASE_URL ?? "");

/** Re-signs the page's form token as if the form had been rendered `ageMs` ago. */
export async function backdateFormToken(page: Page, ageMs = 10_000) {
  const secret = db.select().from(appSecrets).where(eq(appSecrets.name, "form-signing")).get()?.value;
  if (!secret) throw new Error("the server has not created its form-signing secret yet");
  await page.locator('input[name="formToken"]').evaluate((input, token) => ((input as HTMLInputElement).value = token), createFormToken(secret, Date.now() - ageMs));
}

let clients = 0;
export const test = base.extend<{ clientIp: string }>({
  // Each test is its own client, so per-IP rate limits of one test never leak into another.
  clientIp: async ({ page }, provide, testInfo) => {
    const ip = `198.51.${testInfo.workerIndex}.${++clients}`;
    await page.setExtraHTTPHeaders({ "x-forwarded-for": ip });
    await provide(ip);
  },
});

export { expect };
