import { eq } from "drizzle-orm";
import type { Page } from "@playwright/test";
import { contactQuarantine, contactRequests } from "../db/schema";
import { backdateFormToken, db, expect, test } from "./fixtures";

const storedFor = (email: string) => db.select().from(contactRequests).where(eq(contactRequests.emailNormalized, email.toLowerCase())).all();
const heldFor = (email: string) => db.select().from(contactQuarantine).where(eq(contactQuarantine.email, email)).all();

async function fillValidRequest(page: Page, email: string) {
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill("Compiler Works");
  await page.getByLabel("Seniority").selectOption("Senior");
  await page.getByLabel("Number of developers").fill("3");
  await page.getByLabel("Desired start").selectOption({ label: "Within a month" });
  await page.getByLabel("Budget").fill("$95k a year each");
  await page.getByLabel("Message").fill("Three backend engineers for a payments platform in Node.js and PostgreSQL.");
  await page.getByLabel(/I agree/).check();
}

test.describe("contact request", () => {
  test("a company sends a request and gets a reference number", async ({ page, clientIp }) => {
    const email = `grace+${clientIp}@compiler.example`;
    await page.goto("/hire/backend");
    await page.getByRole("link", { name: "Send a contact request" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us who you need");
    await expect(page.getByLabel("Role")).toHaveValue("Backend developer");
    await fillValidRequest(page, email);
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();

    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
    expect(reference).toMatch(/^BT-[A-Z2-9]{6}$/);
    const [stored] = storedFor(email);
    expect(stored).toMatchObject({ reference, status: "new", company: "Compiler Works", seniority: "Senior", developers: 3, sourcePage: "/hire/backend", role: "Backend developer" });
    expect(stored?.consentAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the form still works", async ({ page, clientIp }) => {
      const email = `nojs+${clientIp}@compiler.example`;
      await page.goto("/contact");
      await fillValidRequest(page, email);
      await backdateFormToken(page);
      await page.getByRole("button", { name: "Send request" }).click();
      await expect(page.getByRole("status")).toContainText("Your request has been sent");
      expect(storedFor(email)).toHaveLength(1);
    });

    test("field errors show next to the fields and keep the input", async ({ page, clientIp }) => {
      const email = `broken+${clientIp}@`;
      await page.goto("/contact");
      await page.getByLabel("Name").fill("Grace Hopper");
      await page.getByLabel("Work email").fill(email);
      await page.getByLabel("Company").fill("Compiler Works");
      await page.getByLabel("Number of developers").fill("0");
      await backdateFormToken(page);
      await page.getByRole("button", { name: "Send request" }).click();

      await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields" })).toBeVisible();
      await expect(page.getByLabel("Work email")).toHaveAccessibleDescription(/valid email address/);
      await expect(page.getByLabel("Number of developers")).toHaveAccessibleDescription(/at least one developer/);
      await expect(page.getByLabel("Seniority")).toHaveAccessibleDescription(/Choose a seniority level/);
      await expect(page.getByLabel("Message")).toHaveAccessibleDescription(/about the project/);
      await expect(page.getByLabel(/I agree/)).toHaveAccessibleDescription(/privacy policy/);
      await expect(page.getByLabel("Name")).toHaveValue("Grace Hopper");
      await expect(page.getByLabel("Work email")).toHaveValue(email);
      await expect(page.getByLabel("Company")).toHaveValue("Compiler Works");
      expect(db.select().from(contactRequests).where(eq(contactRequests.email, email)).all()).toHaveLength(0);
    });
  });

  test("fixing the errors after a failed attempt sends the request", async ({ page, clientIp }) => {
    const email = `retry+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await page.getByLabel("Message").fill("short");
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByLabel("Message")).toHaveAccessibleDescription(/at least 10 characters/);
    await expect(page.getByLabel("Company")).toHaveValue("Compiler Works");
    await page.getByLabel("Message").fill("A longer message about our backend hiring needs.");
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    expect(storedFor(email)).toHaveLength(1);
  });

  test("a filled honeypot is held for review, not put in the inbox", async ({ page, clientIp }) => {
    const email = `bot+${clientIp}@spam.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await page.locator('input[name="website"]').fill("https://spam.example", { force: true });
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("will review it before replying");
    expect(storedFor(email)).toHaveLength(0);
    expect(heldFor(email)).toHaveLength(1);
  });

  test("a submission faster than a person could type is held for review, not put in the inbox", async ({ page, clientIp }) => {
    const email = `fast+${clientIp}@spam.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await backdateFormToken(page, 0);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("will review it before replying");
    expect(storedFor(email)).toHaveLength(0);
    expect(heldFor(email)).toHaveLength(1);
  });

  test("an expired form asks to send again and keeps the answers", async ({ page, clientIp }) => {
    const email = `slow+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await backdateFormToken(page, 7 * 60 * 60 * 1000);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Please send it again" })).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveValue(email);
    expect(storedFor(email)).toHaveLength(0);
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    expect(storedFor(email)).toHaveLength(1);
  });

  test("too many requests from one address get a polite refusal", async ({ page, clientIp }) => {
    test.setTimeout(120_000);
    for (let sent = 0; sent < 10; sent++) {
      await page.goto("/contact");
      await fillValidRequest(page, `burst${sent}+${clientIp}@compiler.example`);
      await backdateFormToken(page);
      await page.getByRole("button", { name: "Send request" }).click();
      await expect(page.getByRole("status")).toContainText("Your request has been sent");
    }
    const email = `burst-last+${clientIp}@compiler.example`;
    await page.goto("/contact");
    await fillValidRequest(page, email);
    await backdateFormToken(page);
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /several requests from your network in the last hour\. Please try again in (59|60) minutes/ })).toBeVisible();
    await expect(page.getByLabel("Work email")).toHaveValue(email);
    expect(storedFor(email)).toHaveLength(0);
  });
});
