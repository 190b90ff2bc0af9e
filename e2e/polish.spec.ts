import { createCandidateUser, createStaffUser, expect, insertRequest, linkInMail, loginAs, test } from "./fixtures";

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the menu closes after choosing a link, and offers signing in", async ({ page }) => {
    await page.goto("/");
    const menu = page.locator("header details");
    await menu.getByText("Menu").click();
    await expect(menu).toHaveAttribute("open", "");
    await expect(menu.getByRole("link", { name: "Sign in" })).toBeVisible();
    await menu.getByRole("link", { name: "Backend guide" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/backend/i);
    // Before: the header stayed mounted and the menu stayed open over the next page.
    await expect(menu).not.toHaveAttribute("open", "");
  });

  test("the seniority table shows each level with its duties and salary, nothing off-screen", async ({ page }) => {
    await page.goto("/hire/backend");
    const table = page.getByRole("table", { name: /by seniority/i });
    const row = table.getByRole("row", { name: /^Junior/ });
    await expect(row).toBeVisible();
    for (const part of [row.getByRole("rowheader"), ...(await row.getByRole("cell").all())]) {
      const box = await part.boundingBox();
      // Before: responsibilities and salary sat off to the right of a 390 px screen (a 640 px table).
      expect((box?.x ?? 999) + (box?.width ?? 999)).toBeLessThanOrEqual(390);
    }
    await expect(row.getByRole("cell").last()).toContainText("per year");
  });

  test("the dashboard navigation is one row, not a third of the screen", async ({ page }) => {
    const manager = await createStaffUser();
    await loginAs(page, manager.email, manager.password);
    await page.goto("/admin/requests");
    const nav = page.getByRole("navigation", { name: "Dashboard" });
    expect((await nav.boundingBox())?.height ?? 999).toBeLessThan(70);
    await expect(nav.getByRole("link", { name: "Requests" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Overview" })).not.toHaveAttribute("aria-current", "page");
  });
});

test("public pages show whether you are signed in, and the footer links the privacy policy", async ({ page }) => {
  await page.goto("/hire/backend");
  const account = page.getByRole("banner").getByTestId("account-link").first();
  await expect(account).toHaveText("Sign in");
  await page.getByRole("contentinfo").getByRole("link", { name: "Privacy policy" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy policy");

  const candidate = await createCandidateUser("header");
  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/hire/backend");
  await expect(account).toHaveText("Your account");
  await account.click();
  await expect(page.getByTestId("current-stage")).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Overview" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(
    page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Delete account" }),
  ).toHaveCount(0);
});

test("the dashboard shows labels, not stored values", async ({ page }) => {
  const request = await insertRequest(`Labelco ${Date.now()}`, { desiredStart: "within-1-month", status: "proposal" });
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/requests/${request.id}`);
  await expect(page.getByRole("main")).toContainText("Within a month");
  await expect(page.getByRole("main")).not.toContainText("within-1-month");
  await expect(page.getByTestId("request-status")).toHaveText("Status: Proposal sent");
  await page.goto("/admin/candidates");
  await expect(page.getByLabel("Stage")).toContainText("Technical interview");
  await expect(page.getByLabel("Stage")).not.toContainText("technical_interview");
});

test("a 404 shows the header and the footer once", async ({ page }) => {
  for (const path of ["/hire/frontend", "/guides/nope", `/book/manage/${"x".repeat(43)}`, "/no-such-page"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("We could not find that page");
    await expect(page.getByRole("banner"), path).toHaveCount(1);
    await expect(page.getByRole("contentinfo"), path).toHaveCount(1);
  }
});

test.describe("a manager in Tokyo", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("reads the dashboard's times on their own clock, not UTC", async ({ page }) => {
    const request = await insertRequest(`Tokyoco ${Date.now()}`, {
      createdAt: new Date("2026-11-20T15:30:00Z"),
      consentAt: new Date("2026-11-20T15:30:00Z"),
    });
    const admin = await createStaffUser("admin");
    await loginAs(page, admin.email, admin.password);
    await page.goto(`/admin/requests/${request.id}`);
    // 15:30 UTC is 00:30 the next day in Tokyo; before, the page said "Friday, November 20, 2026, 3:30 PM UTC".
    await expect(page.getByRole("main")).toContainText("Saturday, November 21, 2026, 12:30 AM GMT+9");
    await page.goto("/admin/audit");
    await expect(page.getByRole("columnheader", { name: "When (Asia/Tokyo)" })).toBeVisible();
    await page.goto("/admin/calls");
    await expect(page.getByLabel("Show times in")).toHaveValue("Asia/Tokyo");
  });
});

test("pages whose address holds a token keep it from other sites, and their forms work without JavaScript", async ({
  browser,
}) => {
  const candidate = await createCandidateUser("plain-verify", { verified: false });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/account");
  await page.getByRole("button", { name: "Send the link again" }).click();
  const link = await linkInMail(candidate.email, "/verify-email/");
  const response = await page.goto(link);
  // Not "no-referrer": with it, a plain form post says `Origin: null` and is refused as cross-site.
  expect(response?.status()).toBe(200);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status").first()).toContainText("Your email address is confirmed");
  await page.goto(link);
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "same-origin");
  await context.close();
});
