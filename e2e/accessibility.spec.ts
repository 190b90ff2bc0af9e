import {
  createCandidateUser,
  createStaffUser,
  expect,
  holdAsSpam,
  insertBooking,
  insertFailedJob,
  insertOutboxEmail,
  loginAs,
  test,
} from "./fixtures";
import { publicPages } from "./public-pages";
import { axeViolations, expectNoAxeViolations } from "./support/axe";
import { dayTimes, openDay } from "./support/pages/booking";

const pages = [...publicPages, { path: "/hire/unknown-role", heading: "We could not find that page" }];
const viewports = [
  { name: "phone", width: 375, height: 800 },
  { name: "desktop", width: 1280, height: 900 },
];

for (const viewport of viewports) {
  for (const { path, heading } of pages) {
    test(`${path} on ${viewport.name}: axe finds no WCAG 2.1 AA violations and nothing scrolls sideways`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }
}

test.describe("pages behind a link or a login", () => {
  test("candidate account pages, including a form showing errors", async ({ page }) => {
    test.setTimeout(45_000); // about 3× the 15 s it takes
    const candidate = await createCandidateUser("axe");
    await loginAs(page, candidate.email, candidate.password);
    // On a phone: the account's tab row scrolls inside itself, never the page sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of [
      "/account",
      "/account/availability",
      "/account/experience",
      "/account/password",
      "/account/delete",
      "/account/profile",
    ]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
    }
    await page.getByRole("button", { name: "Submit profile" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Saved as a draft" })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("booking confirmation and manage pages", async ({ page }) => {
    const { token } = await insertBooking(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
    await page.goto(`/book/manage/${token}`);
    await expectNoAxeViolations(page);
    await page.goto(`/book/manage/${token}/cancel`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your discovery call?");
    await expectNoAxeViolations(page);
    await page.goto("/book?tz=UTC");
    await openDay(page, 1);
    await expectNoAxeViolations(page);
    await dayTimes(page).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your discovery call");
    await expectNoAxeViolations(page);
  });
});

test("dashboard pages", async ({ page }) => {
  test.setTimeout(150_000); // axe on 21 dashboard pages: about 3× the 49 s it takes
  const admin = await createStaffUser("admin");
  await loginAs(page, admin.email, admin.password);
  // The Spam view with a row in it, so its actions are checked too.
  await holdAsSpam({ name: "Axe Held", email: "axe@held.example", company: "Axe Co" });
  const email = await insertOutboxEmail({
    kind: "test",
    to: "axe@outbox.example",
    subject: "Axe checks this email",
    text: "Hello,\n\nA line.",
    attachments: [{ filename: "invite.ics", contentType: "text/calendar", content: "BEGIN:VCALENDAR" }],
    status: "logged",
    sentAt: new Date(),
    nextAttemptAt: new Date(),
  });
  // The Jobs page with a failed job on it, so its Retry form is checked too.
  await insertFailedJob(0);
  const dashboard = [
    "/admin",
    "/admin/requests",
    "/admin/requests/spam",
    "/admin/calls?tz=UTC",
    "/admin/experts",
    "/admin/experts/anna-kowalczyk",
    "/admin/candidates",
    "/admin/content",
    "/admin/content/roles/backend",
    "/admin/content/roles/backend?section=seniority",
    "/admin/content/guides/backend-development",
    "/admin/content/guides/backend-development?section=comparison&deleted=Skill%20set",
    "/admin/outbox",
    `/admin/outbox/${email.id}`,
    "/admin/jobs",
    "/admin/webhooks",
    "/admin/staff",
    "/admin/audit",
  ];
  const expectNoDashboardViolations = async (path: string) => expect(await axeViolations(page, `${path} `)).toEqual([]);
  for (const path of dashboard) {
    await page.goto(path);
    await expectNoDashboardViolations(path);
  }
  const { booking } = await insertBooking(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
  await page.goto(`/admin/calls/${booking.id}/cancel?tz=UTC`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel this call?");
  await expectNoDashboardViolations("/admin/calls/[id]/cancel");
  // A field message from a refused save (nothing is stored).
  await page.goto("/admin/experts/anna-kowalczyk");
  await expect(page.getByRole("button", { name: "Save weekly hours" })).toBeVisible();
  await page.getByLabel("Saturday", { exact: true }).fill("17:00–09:00");
  await page.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(page.getByLabel("Saturday", { exact: true })).toHaveAccessibleDescription(/ends before it starts/);
  await expectNoDashboardViolations("/admin/experts/anna-kowalczyk with an error");
});
