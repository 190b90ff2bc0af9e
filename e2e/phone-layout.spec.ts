import type { Locator } from "@playwright/test";
import { createCandidateUser, expect, insertBooking, insertRequest, signedInAs, submitProfile, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { openReschedule } from "./support/pages/booking";

const DAY_MS = 24 * 60 * 60 * 1000;
const PHONE = { width: 390, height: 844 };

/** Where `locator` ends on the right, in CSS pixels from the viewport's left edge. */
const rightEdge = async (locator: Locator) => {
  const box = await locator.boundingBox();
  return (box?.x ?? PHONE.width) + (box?.width ?? PHONE.width);
};

test.describe("on a 390 px phone", () => {
  test.use({ viewport: PHONE });

  test("a call's manage page offers moving, cancelling and the calendar first, its free times folded", async ({
    page,
  }) => {
    const { token } = await insertBooking(new Date(Date.now() + 30 * DAY_MS));
    await page.goto(`/book/manage/${token}`);
    const move = page.locator("summary", { hasText: "Move to another time" });
    const cancel = page.getByRole("link", { name: "Cancel this call" });
    for (const control of [move, cancel]) {
      await expect(control).toBeVisible();
      // Before: "Cancel the call" came after some 40 days of free times, 4,261 px down the page.
      expect((await control.boundingBox())?.y ?? PHONE.height).toBeLessThan(PHONE.height);
    }
    await expect(page.getByRole("link", { name: "Apple Calendar or Outlook desktop (.ics file)" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(2_000);

    // The times are one tap away, each day folded but the first, and the page stays accessible open.
    const times = await openReschedule(page);
    await expect(times.locator("details").first()).toHaveAttribute("open", "");
    await expect(times.getByRole("link").first()).toBeVisible();
    expect(await rightEdge(times.getByRole("link").first())).toBeLessThanOrEqual(PHONE.width);
    await expectNoAxeViolations(page);
  });

  test.describe("in the dashboard", () => {
    test.use(signedInAs("manager"));

    test("the requests list shows a request's status without scrolling sideways", async ({ page }) => {
      const tag = `Pocketco${Date.now().toString(36)}`;
      const request = await insertRequest(`${tag} Ltd`, { status: "proposal" });
      await page.goto(`/admin/requests?q=${tag.toLowerCase()}`);
      const table = page.getByRole("table", { name: /^Contact requests/ });
      await expect(table.getByRole("columnheader").nth(1)).toHaveText("Status");
      const first = table.getByRole("row").nth(1);
      await expect(first).toContainText(request.reference);
      const status = first.getByRole("cell").nth(1);
      await expect(status).toHaveText("Proposal sent");
      // Before: the status was the fifth of seven columns, off the right of the screen.
      expect(await rightEdge(status)).toBeLessThanOrEqual(PHONE.width);
    });

    test("the experts list shows whether each expert takes calls without scrolling sideways", async ({ page }) => {
      await page.goto("/admin/experts");
      const table = page.getByRole("table", { name: /^Talent experts/ });
      await expect(table.getByRole("columnheader").nth(1)).toHaveText("On /book");
      const status = table.getByRole("row").nth(1).getByRole("cell").nth(1);
      await expect(status).toHaveText(/^(Takes calls|Hidden)$/);
      expect(await rightEdge(status)).toBeLessThanOrEqual(PHONE.width);
    });

    test("a candidate's and a request's page fit the screen, however long the address", async ({ page }) => {
      // Before: one long address in the profile, the email form's heading and its button widened the page by 17 px.
      const candidate = await createCandidateUser("a-rather-long-address-for-a-phone-screen");
      await submitProfile(candidate.id);
      const request = await insertRequest("Longmail", {
        email: `procurement.backend-hiring.department-${Date.now()}@a-long-company-domain.example`,
      });
      for (const path of [`/admin/candidates/${candidate.id}`, `/admin/requests/${request.id}`]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(PHONE.width);
      }
    });
  });
});
