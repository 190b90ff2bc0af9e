import { expect, type Page } from "@playwright/test";
import { backdateFormToken } from "../tokens";

/** The contact form (/contact, or reached from a hire page), by its labels. */
export const contactForm = (page: Page) => ({
  name: page.getByLabel("Name"),
  email: page.getByLabel("Work email"),
  company: page.getByLabel("Company"),
  role: page.getByLabel("Role"),
  seniority: page.getByLabel("Seniority"),
  developers: page.getByLabel("Number of developers"),
  desiredStart: page.getByLabel("Desired start"),
  budget: page.getByLabel("Budget"),
  message: page.getByLabel("Message"),
  consent: page.getByLabel(/I agree/),
});

/** Fills every field with a request that passes validation. */
export async function fillValidRequest(page: Page, email: string) {
  const form = contactForm(page);
  await form.name.fill("Grace Hopper");
  await form.email.fill(email);
  await form.company.fill("Compiler Works");
  await form.seniority.selectOption("Senior");
  await form.developers.fill("3");
  await form.desiredStart.selectOption({ label: "Within a month" });
  await form.budget.fill("$95k a year each");
  await form.message.fill("Three backend engineers for a payments platform in Node.js and PostgreSQL.");
  await form.consent.check();
}

/** The form's token: empty in the prerendered page, filled when the form has fetched its own. */
export const formToken = (page: Page) => page.locator('input[name="formToken"]');

/**
 * Sends the form as a person would, some seconds after it was rendered (`ageMs` back-dates the
 * form's token; 0 sends it "instantly", as a bot would). With JavaScript it first waits for the
 * form's own token, which would otherwise replace the back-dated one when it arrives.
 */
export async function sendRequest(page: Page, ageMs?: number, { javaScript = true } = {}) {
  if (javaScript) await expect(formToken(page)).not.toHaveValue("");
  await backdateFormToken(page, ageMs);
  await page.getByRole("button", { name: "Send request" }).click();
}
