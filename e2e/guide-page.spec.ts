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
      await expect(table.getByRole("row", { name: new RegExp(`^${row.aspect}`) }).getByRole("cell")).toHaveText([
        row.frontend,
        row.backend,
      ]);
    }
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
