import { expect, test } from "@playwright/test";
import { backendGuide } from "../db/seed-data";

test.describe("backend development guide", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/guides/${backendGuide.slug}`);
  });

  test("renders every section with its items, in order", async ({ page }) => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(backendGuide.title);
    await expect(page.getByRole("heading", { level: 2 })).toContainText(
      backendGuide.sections.map((section) => section.heading),
    );
    for (const section of backendGuide.sections) {
      const region = page.getByRole("region", { name: section.heading, exact: true });
      if (section.body) await expect(region).toContainText(section.body);
      for (const item of section.items) {
        if (item.title) await expect(region).toContainText(item.title);
        await expect(region).toContainText(item.text);
      }
    }
    const skills = backendGuide.sections.find((section) => section.key === "skills");
    expect(skills?.items).toHaveLength(4);
  });

  test("states the US salary and the UK range", async ({ page }) => {
    const salary = page.getByRole("region", { name: /earn/i });
    await expect(salary).toContainText("$120,798");
    await expect(salary).toContainText("£40,000 – £70,000");
  });

  test("compares frontend and backend in a table with both columns", async ({ page }) => {
    const table = page.getByRole("table", { name: /frontend and backend/i });
    await expect(table.getByRole("columnheader")).toHaveText(["Aspect", "Frontend", "Backend"]);
    await expect(table.getByRole("row")).toHaveCount(backendGuide.comparisonRows.length + 1);
    for (const row of backendGuide.comparisonRows) {
      const line = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: row.aspect, exact: true }) });
      await expect(line.getByRole("cell")).toHaveText([row.frontend, row.backend]);
    }
  });

  test("says where its salary figures and popular tools come from, beside today's common tools", async ({ page }) => {
    // The hire page's salaries by level are another measure, and the guide says so.
    const salary = page.getByRole("region", { name: /earn/i });
    await expect(salary).toContainText("reported in the published article this guide draws on, which gives no year");
    await expect(salary).toContainText("for backend developers of every level of experience together");
    await expect(salary).toContainText(
      "our hire page for backend developers gives our indicative averages for each level",
    );
    await expect(salary).toContainText(
      "the reported average salary of a backend developer, all levels of experience together",
    );

    const comparison = page.getByRole("region", { name: "Frontend vs backend development", exact: true });
    await expect(comparison).toContainText(
      "The salaries and the most popular tools are those of the published article this guide draws on, which gives no year",
    );
    await expect(comparison).toContainText("the last row is our own summary of the tools teams commonly use today");
    const table = comparison.getByRole("table", { name: /frontend and backend/i });
    await expect(table.getByRole("rowheader")).toContainText([
      "Average US salary, all levels (reported)",
      "Most popular tools (as the article lists them)",
      "Common tools today (our summary)",
    ]);
  });

  test("the table of contents jumps to a section", async ({ page }) => {
    await page
      .getByRole("navigation", { name: "On this page" })
      .getByRole("link", { name: "Other pieces of the puzzle" })
      .click();
    await expect(page).toHaveURL(/#puzzle$/);
    await expect(page.getByRole("heading", { name: "Other pieces of the puzzle" })).toBeInViewport();
  });

  test("an unknown guide is a real 404", async ({ page }) => {
    expect((await page.goto("/guides/not-a-guide"))?.status()).toBe(404);
  });
});
