import type { Browser, Page } from "@playwright/test";
import {
  auditRowsAbout,
  backdateFormToken,
  expect,
  heldFrom as held,
  requestsFrom as inbox,
  signedInAs,
  test,
  timelineOf,
} from "./fixtures";
import { contactForm, formToken } from "./support/pages/contact";

async function fillRequest(page: Page, email: string, company: string) {
  await page.goto("/contact");
  const form = contactForm(page);
  await form.name.fill("Rosa Real");
  await form.email.fill(email);
  await form.company.fill(company);
  await form.seniority.selectOption("Senior");
  await form.developers.fill("2");
  await form.desiredStart.selectOption({ label: "Within a month" });
  await form.message.fill("Two backend engineers for our billing platform in Go and PostgreSQL.");
  await form.consent.check();
  // The form asks for its own token once on screen: a token backdated before it arrives would be replaced.
  await expect(formToken(page)).not.toHaveValue("");
}

/** The honest answer to a held request: thanked, told it will be reviewed, and given no reference. */
async function expectHeldForReview(page: Page) {
  await expect(page.getByRole("status")).toHaveText(
    "Thank you. We received your message and will review it before replying.",
  );
  await expect(page.getByRole("main")).not.toContainText("BT-");
  await expect(page.getByRole("main")).not.toContainText("has been sent");
}

/** A manager finds the held request in the Spam view with its reason in words and restores it in one click. */
async function restoreFromSpam(browser: Browser, id: number, company: string, reason: string) {
  const staff = await browser.newPage({ storageState: signedInAs("manager").storageState });
  await staff.goto("/admin/requests");
  await staff.getByRole("link", { name: /^Spam \(\d+ held for review\)$/ }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText("Spam");
  const row = staff.getByTestId(`spam-${id}`);
  await expect(row).toContainText(company);
  await expect(row).toContainText(reason);
  await row.getByRole("button", { name: "Restore the request from Rosa Real" }).click();
  const banner = staff.getByRole("status").filter({ hasText: "it is in the inbox now" });
  await expect(banner).toBeVisible();
  await expect(row).toHaveCount(0);
  const reference = (await banner.getByRole("link").textContent()) ?? "";
  expect(reference).toMatch(/^BT-[A-HJ-NP-Z2-9]{6}$/);

  await staff.goto(`/admin/requests?q=${encodeURIComponent(company)}`);
  await staff.getByRole("link", { name: reference }).click();
  await expect(staff.getByRole("heading", { level: 1 })).toContainText(company);
  await expect(staff.getByText(`Restored from spam (${reason})`)).toBeVisible();
  await staff.close();
  return reference;
}

test.describe("a real request is never dropped", () => {
  test("a post with the honeypot filled is held, shown to staff with its reason and restored into the inbox", async ({
    page,
    browser,
    clientIp,
  }) => {
    const email = `honeypot+${clientIp}@billing.example`;
    const company = `Honeypot Billing ${clientIp}`;
    await fillRequest(page, email, company);
    await page.locator('input[name="website"]').fill("https://autofill.example", { force: true });
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expectHeldForReview(page);
    expect(await inbox(email)).toHaveLength(0);
    const [row] = await held(email);
    expect(row).toMatchObject({ reason: "honeypot", company, restoredAt: null });

    const reference = await restoreFromSpam(browser, row!.id, company, "filled in the hidden field only bots see");
    const [request] = await inbox(email);
    expect(request).toMatchObject({ reference, company, status: "new", sourcePage: "/contact", developers: 2 });
    expect(await held(email)).toMatchObject([{ restoredRequestId: request!.id }]);
    expect(await auditRowsAbout("request.restore", `request #${request!.id}`)).toHaveLength(1);
  });

  test("a post sent faster than a person types is held and can be restored", async ({ page, browser, clientIp }) => {
    const email = `quick+${clientIp}@billing.example`;
    const company = `Quick Billing ${clientIp}`;
    await fillRequest(page, email, company);
    await backdateFormToken(page, 0);
    await page.getByRole("button", { name: "Send request" }).click();
    await expectHeldForReview(page);
    expect(await inbox(email)).toHaveLength(0);
    const [row] = await held(email);
    expect(row).toMatchObject({ reason: "too-fast", company });

    const reference = await restoreFromSpam(
      browser,
      row!.id,
      company,
      "sent less than 3 seconds after the form opened",
    );
    expect(await inbox(email)).toMatchObject([{ reference }]);
    const timeline = await timelineOf("request", (await inbox(email))[0]!.id);
    expect(timeline.map((line) => line.body)).toEqual([
      "Restored from spam (sent less than 3 seconds after the form opened)",
    ]);
  });

  test("a forged token is held; staff can delete it for good after confirming", async ({ page, browser, clientIp }) => {
    const email = `forged+${clientIp}@spam.example`;
    const company = `Forged Spam ${clientIp}`;
    await fillRequest(page, email, company);
    await page
      .locator('input[name="formToken"]')
      .evaluate((input) => ((input as HTMLInputElement).value = "1.forged.signature"));
    await page.getByRole("button", { name: "Send request" }).click();
    await expectHeldForReview(page);
    const [row] = await held(email);
    expect(row).toMatchObject({ reason: "bad-token" });

    const staff = await browser.newPage({ storageState: signedInAs("manager").storageState });
    await staff.goto("/admin/requests/spam");
    const listed = staff.getByTestId(`spam-${row!.id}`);
    await expect(listed).toContainText("missing or forged form token");
    const confirm = listed.getByRole("button", { name: "Delete for good" });
    // Nothing is deleted on the first click: it asks first.
    await expect(confirm).toBeHidden();
    await listed.getByText("Delete…").click();
    await expect(listed).toContainText("Delete the request from Rosa Real for good? It cannot be restored.");
    await confirm.click();
    await expect(staff.getByRole("status")).toHaveText("Deleted the held request for good.");
    await expect(listed).toHaveCount(0);
    expect(await held(email)).toHaveLength(0);
    expect(await inbox(email)).toHaveLength(0);
    expect(await auditRowsAbout("spam.delete", `spam #${row!.id}`)).toHaveLength(1);
    await staff.close();
  });

  test("a normal post still gets a real reference, and a quick correction after an error is not held", async ({
    page,
    clientIp,
  }) => {
    const email = `normal+${clientIp}@billing.example`;
    await fillRequest(page, email, `Normal Billing ${clientIp}`);
    await page.getByLabel(/I agree/).uncheck();
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByLabel(/I agree/)).toHaveAccessibleDescription(/privacy policy/);
    // Ticked and sent again at once: the form's age is still the first render's.
    await page.getByLabel(/I agree/).check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
    expect(reference).toMatch(/^BT-[A-HJ-NP-Z2-9]{6}$/);
    expect(await inbox(email)).toMatchObject([{ reference }]);
    expect(await held(email)).toHaveLength(0);
  });
});
