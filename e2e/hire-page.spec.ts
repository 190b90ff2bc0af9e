import { expect, test } from "@playwright/test";
import { backendRole, talentExperts } from "../db/seed-data";
import { createRoleWithTools, createStaffUser } from "./fixtures";

const money = (amount: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(amount);

test.describe("hire page", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/hire/${backendRole.slug}`);
  });

  test("shows the ten use cases with their explanations", async ({ page }) => {
    const section = page.getByRole("region", { name: /what companies hire/i });
    const items = section.getByRole("listitem");
    await expect(items).toHaveCount(10);
    for (const [index, useCase] of backendRole.useCases.entries()) {
      await expect(items.nth(index)).toContainText(useCase.title);
      await expect(items.nth(index)).toContainText(useCase.description);
    }
  });

  test("compares every seniority level in an accessible table with years, duties and salary", async ({ page }) => {
    const table = page.getByRole("table", { name: /by seniority/i });
    await expect(table).toContainText(
      `indicative average salary for each level, in USD per year, for ${backendRole.salaryYear}`,
    );
    await expect(table.getByRole("columnheader")).toHaveText([
      "Level",
      "Experience",
      "Responsibilities and activities",
      /Average salary/,
    ]);
    const rows = table.getByRole("row");
    await expect(rows).toHaveCount(backendRole.seniorityLevels.length + 1);
    for (const level of backendRole.seniorityLevels) {
      const row = table.getByRole("row", { name: new RegExp(`^${level.name.replace("/", "\\/")}`) });
      await expect(row.getByRole("rowheader")).toHaveText(level.name);
      await expect(row).toContainText(
        level.yearsMax === null ? `${level.yearsMin}+ years` : `${level.yearsMin}–${level.yearsMax} years`,
      );
      await expect(row).toContainText(money(level.salary));
      await expect(row.getByRole("listitem")).toHaveText(level.responsibilities);
      expect(level.responsibilities.length).toBeGreaterThanOrEqual(3);
      expect(level.responsibilities.length).toBeLessThanOrEqual(5);
    }
  });

  test("says the salaries by level are our indicative averages for budgeting, not a national average", async ({
    page,
  }) => {
    // The guide quotes a US average across all levels ($120,798), above the senior's here: each says what it is.
    const section = page.getByRole("region", { name: /compared$/ });
    await expect(section).toContainText(
      `The salaries are our indicative averages for each level, in USD per year for ${backendRole.salaryYear}`,
    );
    await expect(section).toContainText("published to help you plan a budget");
    await expect(section).toContainText(
      "They are not a national average, which puts every level of one country’s market together.",
    );
    await expect(page.getByRole("table", { name: /by seniority/i })).toContainText(
      "a guide for budgeting, not a national average",
    );
    await expect(page.getByText(`Indicative salary by level (${backendRole.salaryYear})`)).toBeVisible();
  });

  test("lists quick facts, related technologies and all ten tools", async ({ page }) => {
    const facts = page.getByRole("region", { name: /at a glance/i });
    for (const fact of backendRole.quickFacts) await expect(facts).toContainText(fact.text);
    await expect(facts).toContainText("1969");
    await expect(facts).toContainText("6,800 pounds");

    const technologies = page.getByRole("region", { name: /related technologies/i });
    await expect(technologies.getByRole("listitem")).toHaveCount(backendRole.technologies.length);
    for (const tech of backendRole.technologies) {
      const item = technologies
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: tech.name, exact: true }) });
      await expect(item).toContainText(tech.creator);
      await expect(item).toContainText(String(tech.year));
    }

    const tools = page.getByRole("region", { name: /tools and frameworks/i });
    await expect(tools.getByRole("listitem")).toHaveCount(10);
    for (const tool of backendRole.tools) {
      const item = tools
        .getByRole("listitem")
        .filter({ has: page.getByRole("heading", { name: tool.name, exact: true }) });
      await expect(item).toContainText(tool.description);
    }
  });

  test("introduces the Talent Experts and the 30-minute discovery call", async ({ page }) => {
    const block = page.getByRole("region", { name: /30-minute discovery call/i });
    for (const expert of talentExperts) {
      await expect(block.getByRole("heading", { name: expert.name })).toBeVisible();
      await expect(block).toContainText(expert.title);
    }
    await expect(block).toContainText(/project challenges, technical needs and team diversity/);
    await block.getByRole("link", { name: "Book a 30-minute discovery call" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Book a 30-minute discovery call");
  });

  test("an unknown role is a real 404", async ({ page }) => {
    const response = await page.goto("/hire/cobol-wizard");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
    await page.getByRole("link", { name: "Go to the home page" }).click();
    await expect(page).toHaveURL("/");
  });
});

test("a role nobody is listed for heads no empty list of developers: they are introduced on request", async ({
  page,
}) => {
  // A role of the test's own: the seeded ones list developers other specs add.
  const role = await createRoleWithTools(await createStaffUser(), "unlisted");
  await page.goto(`/hire/${role.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hire editors");
  await expect(page.getByText(/available now/i)).toHaveCount(0);
  const section = page.getByRole("region", { name: /introduced on request$/ });
  await expect(section).toContainText("No developer is listed in our directory right now.");
  await section.getByRole("link", { name: "Tell us who you need" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tell us who you need");
});
