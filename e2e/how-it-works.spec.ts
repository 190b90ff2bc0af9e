import type { Page } from "@playwright/test";
import { backendRole, siteContentSeeds } from "../db/seed-data";
import { auditRowsBy, createStaffUser, expect, loginAs, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

type FaqPage = { "@type": string; mainEntity: { name: string; acceptedAnswer: { text: string } }[] };

/** The page's FAQPage structured data, parsed as a search engine reads it. */
async function faqMarkup(page: Page) {
  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  const faqPage = scripts.map((text) => JSON.parse(text) as FaqPage).find((data) => data["@type"] === "FAQPage");
  if (!faqPage) throw new Error("no FAQPage JSON-LD on the page");
  return faqPage.mainEntity.map((entry) => ({ question: entry.name, answer: entry.acceptedAnswer.text }));
}

const regions = (page: Page) => ({
  steps: page.getByRole("region", { name: "From your request to a hire" }),
  models: page.getByRole("region", { name: "Full-time, contract or a whole team" }),
  faq: page.getByRole("region", { name: "Questions companies ask us" }),
  start: page.getByRole("region", { name: "Tell us who you need" }),
});

test("a company finds how hiring works from the home page: the steps with their times, the hiring models, the FAQ and its markup", async ({
  page,
}) => {
  await page.goto("/");
  await page.getByRole("link", { name: "See how it works" }).click();
  await expect(page).toHaveURL("/how-it-works");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("How hiring backend developers with us works");
  const { steps, models, faq } = regions(page);

  const stepItems = steps.getByRole("listitem");
  await expect(stepItems).toHaveCount(siteContentSeeds.steps.length);
  for (const [index, step] of siteContentSeeds.steps.entries()) {
    await expect(stepItems.nth(index).getByRole("heading", { level: 3 })).toHaveText(step.title);
    await expect(stepItems.nth(index).getByRole("definition")).toHaveText(step.duration);
  }
  for (const model of siteContentSeeds.hiringModels) {
    const card = models.getByRole("listitem").filter({ has: page.getByRole("heading", { name: model.name }) });
    await expect(card).toContainText(model.description);
    await expect(card).toContainText(model.bestFor);
  }

  // Each answer opens under its question.
  const [first] = siteContentSeeds.faqs;
  if (!first) throw new Error("no seeded questions");
  await expect(faq.getByText(first.answer)).toBeHidden();
  await faq.getByText(first.question).click();
  await expect(faq.getByText(first.answer)).toBeVisible();
  expect(await faqMarkup(page)).toEqual(expect.arrayContaining(siteContentSeeds.faqs));

  await page.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: "Hiring models" }).click();
  await expect(page).toHaveURL(/#hiring-models$/);
  await expect(models.getByRole("heading", { level: 2 })).toBeInViewport();
  await expectNoAxeViolations(page);

  // The end of the page asks for the next step; the hire page leads here too.
  await regions(page).start.getByRole("link", { name: "Send a request" }).click();
  await expect(page).toHaveURL("/contact?from=/how-it-works");
  await page.goto(`/hire/${backendRole.slug}`);
  await page.getByRole("link", { name: "How hiring works" }).click();
  await expect(page).toHaveURL("/how-it-works");
});

test("a talent manager adds a question, fixes a refused save and edits the answer: the public page and its FAQ markup follow", async ({
  page,
  browser,
}) => {
  const manager = await createStaffUser();
  const question = `Do you vet developers for ${Date.now().toString(36)} projects?`;
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/content");
  await page.getByRole("link", { name: "Questions and answers" }).click();
  await expect(page).toHaveURL(/\/admin\/content\/how-it-works\?section=faq$/);
  const editor = page.getByRole("region", { name: "Questions and answers" });
  await expect(editor.getByRole("listitem", { name: siteContentSeeds.faqs[0]?.question })).toBeVisible();

  // Refused: the message next to the order, and what was typed stays.
  await editor.getByLabel("Question").last().fill(question);
  await editor.getByLabel("Answer").last().fill("Yes, with the same technical interview.");
  await editor.getByLabel("Order").last().fill("5000");
  await editor.getByRole("button", { name: "Add to questions and answers" }).click();
  await expect(editor.getByLabel("Order").last()).toHaveAccessibleDescription(/Order must be 1000 or less\./);
  await expect(editor.getByLabel("Order").last()).toHaveAttribute("aria-invalid", "true");
  await expect(editor.getByLabel("Question").last()).toHaveValue(question);
  await expect(editor.getByLabel("Answer").last()).toHaveValue("Yes, with the same technical interview.");

  await editor.getByLabel("Order").last().fill("");
  await editor.getByRole("button", { name: "Add to questions and answers" }).click();
  await expect(editor.getByRole("status")).toContainText("Added");
  const visitor = await browser.newPage();
  await visitor.goto("/how-it-works");
  await expect(regions(visitor).faq.getByText(question)).toBeVisible();

  const row = editor.getByRole("listitem", { name: question });
  await row.getByLabel("Answer").fill("Yes: the same technical interview, on the stack of your project.");
  await row.getByRole("button", { name: `Save ${question}` }).click();
  await expect(row.getByRole("status")).toContainText("Saved");
  await visitor.reload();
  await regions(visitor).faq.getByText(question).click();
  await expect(regions(visitor).faq).toContainText("Yes: the same technical interview, on the stack of your project.");
  expect(await faqMarkup(visitor)).toContainEqual({
    question,
    answer: "Yes: the same technical interview, on the stack of your project.",
  });

  // Put the site back as other tests expect it: deleting is the editor's own action too.
  await row.locator("summary", { hasText: `Delete ${question}…` }).click();
  await row.getByRole("button", { name: `Delete ${question}` }).click();
  await expect(editor.getByRole("status").filter({ hasText: `Deleted ${question}.` })).toBeVisible();
  await expect(row).toHaveCount(0);
  await visitor.reload();
  await expect(regions(visitor).faq).not.toContainText(question);
  expect((await auditRowsBy(manager.id, "content.edit")).map((entry) => entry.details)).toEqual([
    "added",
    "saved",
    "deleted",
  ]);
  await visitor.close();
});

test("how it works reads and leads on without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/how-it-works");
  const { steps, faq, start } = regions(page);
  await expect(steps.getByRole("listitem")).toHaveCount(siteContentSeeds.steps.length);
  const last = siteContentSeeds.faqs.at(-1);
  if (!last) throw new Error("no seeded questions");
  await faq.getByText(last.question).click();
  await expect(faq.getByText(last.answer)).toBeVisible();
  await start.getByRole("link", { name: "Book a call" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Book a 30-minute discovery call");
  await context.close();
});
