import type { Browser, BrowserContext, Page } from "@playwright/test";
import {
  candidateStage,
  createCandidateUser,
  createStaffUser,
  expect,
  insertRequest,
  linkInMail,
  loginAs,
  mailTo,
  sessionsOf,
  test,
} from "./fixtures";
import { fillCompleteProfile } from "./support/pages/profile";
import { requestPasswordReset } from "./support/pages/sign-in";

/** A second browser that holds a copy of `page`'s session cookie: what a thief has after stealing it. */
async function stealSession(browser: Browser, page: Page): Promise<BrowserContext> {
  const thief = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": "198.18.250.1" } });
  await thief.addCookies(await page.context().cookies());
  return thief;
}

/** What a cookie jar can still read: the account page (200 or a redirect to the login page) and the session endpoint. */
async function reads(context: BrowserContext) {
  const account = await context.request.get("/account", { maxRedirects: 0 });
  const session = await context.request.get("/api/auth/session");
  const body = (await session.json()) as { user?: { email?: string } };
  const again = await context.request.get("/account", { maxRedirects: 0 });
  const exported = await context.request.get("/api/account/export", { maxRedirects: 0 });
  return {
    account: account.status(),
    sessionUser: body.user?.email ?? null,
    accountAfterRenewal: again.status(),
    export: exported.status(),
  };
}

const SIGNED_OUT = { account: 307, sessionUser: null, accountAfterRenewal: 307, export: 404 };

test.describe("sessions are server-side facts", () => {
  test("S1: a stolen cookie dies with a password change and cannot be renewed through /api/auth/session; the device that changed it stays signed in", async ({
    page,
    browser,
  }) => {
    const victim = await createCandidateUser("stolen");
    await loginAs(page, victim.email, victim.password);
    const thief = await stealSession(browser, page);
    expect((await reads(thief)).sessionUser).toBe(victim.email);

    await page.goto("/account/password");
    await page.getByLabel("Current password").fill(victim.password);
    await page.getByLabel("New password").fill("another-river-stone-88");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "You stay signed in here" })).toBeVisible();

    // Before: /account answered 307, but /api/auth/session re-issued the cookie and the new one read /account again.
    expect(await reads(thief)).toEqual(SIGNED_OUT);
    expect(await reads(thief)).toEqual(SIGNED_OUT);
    await thief.close();

    await page.goto("/account");
    await expect(page.getByTestId("current-stage")).toHaveText("Draft");
  });

  test("S1: a password reset ends every session, including one kept alive through /api/auth/session", async ({
    page,
    browser,
  }) => {
    const victim = await createCandidateUser("reset-ends");
    await loginAs(page, victim.email, victim.password);
    const thief = await stealSession(browser, page);
    await thief.request.get("/api/auth/session");

    const visitor = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "198.18.250.2" } });
    await requestPasswordReset(visitor, victim.email);
    await visitor.goto(await linkInMail(victim.email, "/reset-password/"));
    await visitor.getByLabel("New password").fill("a-brand-new-passphrase-77");
    await visitor.getByRole("button", { name: "Save new password" }).click();
    await expect(visitor.getByRole("status")).toContainText("Your password has been changed");
    await visitor.close();

    expect(await reads(thief)).toEqual(SIGNED_OUT);
    expect(await reads(page.context())).toEqual(SIGNED_OUT);
    await thief.close();
  });

  test("S12: signing out ends the token everywhere it was copied", async ({ page, browser }) => {
    const candidate = await createCandidateUser("sign-out");
    await loginAs(page, candidate.email, candidate.password);
    const copy = await stealSession(browser, page);
    await page.goto("/account");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL("/");
    // Before: the copied cookie still read /account after the sign-out.
    expect(await reads(copy)).toEqual(SIGNED_OUT);
    await copy.close();
  });

  test("S12: deactivating a staff member ends their sessions, and reactivating does not bring them back", async ({
    page,
    browser,
  }) => {
    const admin = await createStaffUser("admin");
    const manager = await createStaffUser("manager");
    const managerPage = await browser.newPage({ extraHTTPHeaders: { "x-forwarded-for": "198.18.250.3" } });
    await loginAs(managerPage, manager.email, manager.password);
    expect((await managerPage.request.get("/admin/requests/export", { maxRedirects: 0 })).status()).toBe(200);

    await loginAs(page, admin.email, admin.password);
    await page.goto("/admin/staff");
    const row = page.getByRole("listitem", { name: manager.email });
    for (const access of ["no", "yes"]) {
      await row.getByLabel("Access").selectOption(access);
      await row.getByRole("button", { name: `Save ${manager.email}` }).click();
      await expect(row.getByRole("status")).toHaveText("Saved.");
      await page.reload();
    }
    // Active again, but the old cookie is dead (answered like an anonymous visitor): before, it downloaded the requests CSV again.
    expect((await managerPage.request.get("/admin/requests/export", { maxRedirects: 0 })).status()).toBe(404);
    await managerPage.goto("/admin");
    await expect(managerPage).toHaveURL(/\/login/);
    await managerPage.close();
  });

  test("a person sees their signed-in devices and signs out the others, then everywhere", async ({ page, browser }) => {
    const candidate = await createCandidateUser("devices");
    const other = await browser.newContext({
      extraHTTPHeaders: { "x-forwarded-for": "198.18.250.4" },
      userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0",
    });
    await loginAs(await other.newPage(), candidate.email, candidate.password);
    await loginAs(page, candidate.email, candidate.password);

    await page.goto("/account");
    await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Devices" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signed-in devices");
    const devices = page.getByRole("list", { name: "Devices" }).getByRole("listitem");
    await expect(devices).toHaveCount(2);
    await expect(devices.filter({ hasText: "This device" })).toHaveCount(1);
    await expect(devices.filter({ hasText: "Firefox on Windows" })).toHaveCount(1);

    await page.getByRole("button", { name: "Sign out everywhere else" }).click();
    await expect(page.getByRole("status")).toHaveText("1 other device has been signed out.");
    await expect(devices).toHaveCount(1);
    expect(await reads(other)).toEqual(SIGNED_OUT);
    await other.close();

    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page).toHaveURL(/\/login\?notice=signed-out-everywhere/);
    await expect(page.getByRole("status")).toContainText("signed out on every device");
    expect(await sessionsOf(candidate.id)).toHaveLength(0);
    expect(await reads(page.context())).toEqual(SIGNED_OUT);
  });
});

test.describe("email ownership", () => {
  test("S6: an unconfirmed address cannot submit a profile or see requests sent from it; after the emailed link it can", async ({
    page,
  }) => {
    const candidate = await createCandidateUser("unproven", { verified: false });
    // Someone's company request from this address: it must not show up in a stranger's "download my data".
    const request = await insertRequest("Victimco", { email: candidate.email });
    await loginAs(page, candidate.email, candidate.password);

    await page.goto("/account");
    await expect(page.getByRole("region", { name: "Confirm your email address" })).toBeVisible();
    let exported = (await (await page.request.get("/api/account/export")).json()) as {
      contactRequests: { reference: string }[];
    };
    expect(exported.contactRequests).toEqual([]);

    await page.goto("/account/profile");
    await fillCompleteProfile(page);
    await page.getByRole("button", { name: "Submit profile" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Confirm your email address first" })).toBeVisible();
    await expect(page.getByLabel("Headline")).toHaveValue("Senior Node.js engineer, payments");
    expect(await candidateStage(candidate.id)).toBe("draft");

    // "Send the link again", then the link proves the address.
    await page.goto("/account");
    await page.getByRole("button", { name: "Send the link again" }).click();
    await expect(page.getByRole("status")).toContainText(`We sent a new link to ${candidate.email}`);
    await page.goto(await linkInMail(candidate.email, "/verify-email/"));
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("status")).toContainText("Your email address is confirmed");
    await expect(page.getByRole("region", { name: "Confirm your email address" })).toHaveCount(0);
    exported = (await (await page.request.get("/api/account/export")).json()) as {
      contactRequests: { reference: string }[];
    };
    expect(exported.contactRequests.map((row) => row.reference)).toEqual([request.reference]);

    await page.goto("/account/profile");
    await page.getByRole("button", { name: "Submit profile" }).click();
    await expect(page.getByTestId("current-stage")).toHaveText("Submitted");
    expect(mailTo(candidate.email).length).toBeGreaterThanOrEqual(1);
  });
});
