import { createStaffUser, expect, loginAs, test } from "./fixtures";

test("a manager adds a role with a tool and edits it: the public hire page shows each change at once", async ({
  page,
  browser,
}) => {
  const manager = await createStaffUser();
  const slug = `go-${Date.now().toString(36)}`;
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/content");
  await page.getByLabel("Address (/hire/…)").fill(slug);
  await page.getByLabel("Name, e.g. Go developer").fill("Go developer");
  await page.getByLabel("Headline").fill("Hire Go developers for fast, simple services");
  await page.getByLabel("Summary").fill("Go engineers who build concurrent services and CLIs.");
  await page.getByLabel("Salary year").fill("2026");
  await page.getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Go developer");
  await expect(page.getByRole("navigation", { name: "Sections of this page" })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto(`/hire/${slug}`);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Hire Go developers for fast, simple services");

  const sectionsNav = page.getByRole("navigation", { name: "Sections of this page" });
  await sectionsNav.getByRole("link", { name: "Tools" }).click();
  const tools = page.getByRole("region", { name: "Tools" });
  await tools.getByLabel("Name").last().fill("Gin");
  await tools.getByLabel("Description").last().fill("HTTP web framework");
  await tools.getByRole("button", { name: "Add to tools" }).click();
  await expect(tools.getByRole("status")).toContainText("Added");
  await visitor.reload();
  await expect(visitor.getByRole("region", { name: /tools and frameworks/i })).toContainText("HTTP web framework");

  await tools.getByRole("listitem", { name: "Gin" }).getByLabel("Description").fill("Fast HTTP web framework for Go");
  await tools.getByRole("button", { name: "Save Gin" }).click();
  await expect(tools.getByRole("listitem", { name: "Gin" }).getByRole("status")).toContainText("Saved");
  await visitor.reload();
  await expect(visitor.getByRole("region", { name: /tools and frameworks/i })).toContainText(
    "Fast HTTP web framework for Go",
  );

  // Saved edits are not "unsaved": the next section opens without a question.
  await sectionsNav.getByRole("link", { name: "Seniority levels" }).click();
  const levels = page.getByRole("region", { name: "Seniority levels" });
  await levels.getByLabel("Level").last().fill("Senior");
  await levels.getByLabel("From (years)").last().fill("5");
  await levels.getByLabel("To (years, empty for open-ended)").last().fill("3");
  await levels.getByLabel("Average salary per year").last().fill("95000");
  await levels.getByLabel("Responsibilities (one per line)").last().fill("Designs services\nMentors others");
  await levels.getByRole("button", { name: "Add to seniority levels" }).click();
  await expect(levels.getByRole("alert").filter({ hasText: "“To” must be more than “From”" })).toBeVisible();
  await levels.getByLabel("To (years, empty for open-ended)").last().fill("8");
  await levels.getByRole("button", { name: "Add to seniority levels" }).click();
  await expect(levels.getByRole("status")).toContainText("Added");
  await visitor.reload();
  await expect(
    visitor.getByRole("table", { name: /by seniority/i }).getByRole("row", { name: /^Senior/ }),
  ).toContainText("$95,000");
  await visitor.close();
});

test("content pages are staff only", async ({ page }) => {
  expect((await page.request.get("/admin/content", { maxRedirects: 0 })).status()).toBe(307);
});
