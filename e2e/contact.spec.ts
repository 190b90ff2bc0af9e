import { expect, fillRateLimit, heldFrom, requestsFrom, test } from "./fixtures";
import { contactForm, fillValidRequest, formToken, sendRequest } from "./support/pages/contact";

test.describe("contact request", () => {
  test("a company sends a request and gets a reference number", async ({ page, clientIp }) => {
    const email = `grace+${clientIp}@compiler.example`;
    await page.goto("/hire/backend");
    await page.getByRole("link", { name: "Send a contact request" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us who you need");
    await expect(contactForm(page).role).toHaveValue("Backend developer");
    await fillValidRequest(page, email);
    await sendRequest(page);

    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
    expect(reference).toMatch(/^BT-[A-Z2-9]{6}$/);
    const [stored] = await requestsFrom(email);
    expect(stored).toMatchObject({
      reference,
      status: "new",
      company: "Compiler Works",
      seniority: "Senior",
      developers: 3,
      sourcePage: "/hire/backend",
      role: "Backend developer",
    });
    expect(stored?.consentAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still works: the prerendered page has no token, so the first post asks to confirm", async ({
      page,
      clientIp,
    }) => {
      const email = `nojs+${clientIp}@compiler.example`;
      await page.goto("/contact?from=/hire/backend");
      await expect(formToken(page)).toHaveValue("");
      await fillValidRequest(page, email);
      await page.getByRole("button", { name: "Send request" }).click();
      await expect(page.getByRole("alert")).toHaveText(/press “Send request” once more/);
      await expect(contactForm(page).email).toHaveValue(email);
      await expect(contactForm(page).message).toHaveValue(/payments platform/);
      expect(await requestsFrom(email)).toHaveLength(0);
      expect(await heldFrom(email)).toHaveLength(0);
      // The answer carries a signed token; a person reads the message before pressing again.
      await expect(formToken(page)).not.toHaveValue("");
      await sendRequest(page, undefined, { javaScript: false });
      await expect(page.getByRole("status")).toContainText("Your request has been sent");
      expect(await requestsFrom(email)).toMatchObject([{ sourcePage: "/hire/backend" }]);
    });

    test("field errors show next to the fields and keep the input", async ({ page, clientIp }) => {
      const email = `broken+${clientIp}@`;
      await page.goto("/contact");
      const form = contactForm(page);
      await form.name.fill("Grace Hopper");
      await form.email.fill(email);
      await form.company.fill("Compiler Works");
      await form.developers.fill("0");
      await sendRequest(page, undefined, { javaScript: false });

      await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields" })).toBeVisible();
      await expect(form.email).toHaveAccessibleDescription(/valid email address/);
      await expect(form.developers).toHaveAccessibleDescription(/at least one developer/);
      await expect(form.seniority).toHaveAccessibleDescription(/Choose a seniority level/);
      await expect(form.message).toHaveAccessibleDescription(/about the project/);
      await expect(form.consent).toHaveAccessibleDescription(/privacy policy/);
      await expect(form.name).toHaveValue("Grace Hopper");
      await expect(form.email).toHaveValue(email);
      await expect(form.company).toHaveValue("Compiler Works");
      expect(await requestsFrom(email)).toHaveLength(0);
    });
  });

  test("fixing the errors after a failed attempt sends the request", async ({ page, clientIp }) => {
    const email = `retry+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await contactForm(page).message.fill("short");
    await sendRequest(page);
    await expect(contactForm(page).message).toHaveAccessibleDescription(/at least 10 characters/);
    await expect(contactForm(page).company).toHaveValue("Compiler Works");
    await contactForm(page).message.fill("A longer message about our backend hiring needs.");
    await sendRequest(page);
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    expect(await requestsFrom(email)).toHaveLength(1);
  });

  test("a filled honeypot is held for review, not put in the inbox", async ({ page, clientIp }) => {
    const email = `bot+${clientIp}@spam.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await page.locator('input[name="website"]').fill("https://spam.example", { force: true });
    await sendRequest(page);
    await expect(page.getByRole("status")).toContainText("will review it before replying");
    expect(await requestsFrom(email)).toHaveLength(0);
    expect(await heldFrom(email)).toHaveLength(1);
  });

  test("a submission faster than a person could type is held for review, not put in the inbox", async ({
    page,
    clientIp,
  }) => {
    const email = `fast+${clientIp}@spam.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await sendRequest(page, 0);
    await expect(page.getByRole("status")).toContainText("will review it before replying");
    expect(await requestsFrom(email)).toHaveLength(0);
    expect(await heldFrom(email)).toHaveLength(1);
  });

  test("an expired form asks to send again and keeps the answers", async ({ page, clientIp }) => {
    const email = `slow+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await sendRequest(page, 7 * 60 * 60 * 1000);
    await expect(page.getByRole("alert").filter({ hasText: "Please send it again" })).toBeVisible();
    await expect(contactForm(page).email).toHaveValue(email);
    expect(await requestsFrom(email)).toHaveLength(0);
    await sendRequest(page);
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    expect(await requestsFrom(email)).toHaveLength(1);
  });

  test("too many requests from one address get a polite refusal", async ({ page, clientIp }) => {
    // One request sent counts toward the hour's ten: the other nine are counted as sent before it.
    await page.goto("/contact");
    await fillValidRequest(page, `burst+${clientIp}@compiler.example`);
    await sendRequest(page);
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    await fillRateLimit(`contact:${clientIp}`, 9);
    const email = `burst-last+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await sendRequest(page);
    await expect(
      page.getByRole("alert").filter({
        hasText: /several requests from your network in the last hour\. Please try again in (59|60) minutes/,
      }),
    ).toBeVisible();
    await expect(contactForm(page).email).toHaveValue(email);
    expect(await requestsFrom(email)).toHaveLength(0);
  });
});
