import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

let clients = 0;
let signIns = 0;

export const test = base.extend<{ clientIp: string }>({
  // Each test is its own client, so per-IP rate limits of one test never leak into another.
  clientIp: [
    async ({ context }, provide, testInfo) => {
      const ip = `198.51.${testInfo.workerIndex}.${++clients}`;
      await context.setExtraHTTPHeaders({ "x-forwarded-for": ip });
      await provide(ip);
    },
    { auto: true },
  ],
});

export { expect };

/** Signs in through next-auth's own endpoints (not the UI), so the page's context carries the session cookie. */
export async function loginAs(page: Page, email: string, password: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  // Sign-ins are throttled per client IP; each API sign-in comes from its own simulated client.
  const headers = { "x-forwarded-for": `203.0.113.${++signIns % 250}` };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    headers,
  });
  expect(response.ok()).toBe(true);
}

/** Staff accounts signed in once by e2e/auth.setup.ts; `test.use(signedInAs("manager"))` starts a test signed in. */
export const STAFF_STATE_DIR = join(process.env.E2E_RUN_DIR ?? "", "auth");
export const signedInAs = (role: "manager" | "admin") => ({ storageState: join(STAFF_STATE_DIR, `${role}.json`) });
export function signedInStaff(role: "manager" | "admin"): {
  id: number;
  email: string;
  name: string;
  role: "manager" | "admin";
} {
  return { ...JSON.parse(readFileSync(join(STAFF_STATE_DIR, `${role}.user.json`), "utf8")), role };
}
