import type { Page } from "@playwright/test";
import { expect, signedInAs, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

/*
 * A page of the dashboard or the account that finds nothing answers inside its section: the section's
 * navigation stays around the message (app/admin and app/(account)/account have their own
 * not-found.tsx; a page that fails on the server: section-server-errors.spec.ts).
 */

const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const dashboardNav = (page: Page) => page.getByRole("navigation", { name: "Dashboard" });
const accountNav = (page: Page) => page.getByRole("navigation", { name: "Account" });

test.describe("a record that is not there", () => {
  test.use(signedInAs("manager"));

  test("an unknown request or candidate answers 404 under the dashboard's navigation", async ({ page }) => {
    // The last is past PostgreSQL's integer ids: no record, rather than a query the database refuses.
    for (const path of ["/admin/requests/999999999", "/admin/candidates/999999999", "/admin/requests/9999999999"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
      await expect(heading(page)).toHaveText("We could not find that page");
      await expect(dashboardNav(page).getByRole("link", { name: "Requests" })).toBeVisible();
      await expectNoAxeViolations(page);
    }
    await page.getByRole("link", { name: "Back to the overview" }).click();
    await expect(heading(page)).toHaveText("Overview");
  });

  test("a candidate's page asked for by staff answers 404 under the account's tabs", async ({ page }) => {
    // No account page takes an id; the candidates' own pages are the ones that are not there for staff.
    expect((await page.goto("/account/profile"))?.status()).toBe(404);
    await expect(heading(page)).toHaveText("We could not find that page");
    await expect(accountNav(page).getByRole("link", { name: "Devices" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("an id past any record's on a shortlist's interview page or CV is the page's own refusal, not a server error", async ({
  page,
}) => {
  // A well-formed link that opens nothing, with a proposal id past PostgreSQL's integers.
  const token = "c".repeat(43);
  expect((await page.goto(`/shortlist/${token}/interview/9999999999`))?.status()).toBe(200);
  await expect(heading(page)).toHaveText("This link does not open an interview booking");
  expect((await page.request.get(`/api/shortlists/${token}/cv/9999999999`)).status()).toBe(404);
});
