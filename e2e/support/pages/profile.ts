import type { Page } from "@playwright/test";
import { pdfFile } from "../factories";

/** The candidate's profile form (/account/profile), by its labels. */
export const profileForm = (page: Page) => ({
  headline: page.getByLabel("Headline"),
  seniority: page.getByLabel("Seniority level"),
  github: page.getByLabel("GitHub"),
  linkedin: page.getByLabel("LinkedIn"),
  // Once a CV is on file its label reads "CV (optional)".
  cv: page.getByLabel(/^CV( \(optional\))?$/),
  saveDraft: page.getByRole("button", { name: "Save draft" }),
  submit: page.getByRole("button", { name: "Submit profile" }),
});

/** Every field of the profile form, filled so the profile can be submitted. */
export async function fillCompleteProfile(page: Page) {
  const form = profileForm(page);
  await form.headline.fill("Senior Node.js engineer, payments");
  await form.seniority.selectOption("Senior");
  await page.getByLabel("Years of experience").fill("7");
  await page.getByRole("checkbox", { name: "Node.js" }).check();
  await page.getByRole("checkbox", { name: "Django" }).check();
  await page.getByLabel("Other skills").fill("Kafka, gRPC");
  await page.getByLabel("Location").fill("Lisbon, Portugal");
  await page.getByLabel("Time zone").selectOption("Europe/Lisbon");
  await page.getByLabel("English level").selectOption("fluent");
  await page.getByLabel(/^Expected salary( \(optional\))?$/).fill("85000");
  await page.getByLabel("Per", { exact: true }).selectOption("year");
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByLabel("Availability").selectOption("full-time");
  await page.getByLabel("Earliest start").fill("2027-02-01");
  await form.github.fill("https://github.com/ada-backend");
  await form.linkedin.fill("https://www.linkedin.com/in/ada-backend");
  await form.cv.setInputFiles(pdfFile("Ada CV.pdf"));
  await page.getByLabel(/I agree that Bedrock Talent processes/).check();
}
