import { expect, test } from "@playwright/test";
import { backendGuide, backendRole, talentExperts } from "../db/seed-data";
import { garbledFragments, publicPages } from "./public-pages";

test("home page puts forward the featured role with its key numbers", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hire backend developers you can build on");
  const featured = page.getByRole("region", { name: backendRole.name });
  for (const level of backendRole.seniorityLevels) {
    const card = featured.getByRole("listitem").filter({ hasText: level.name });
    await expect(card).toContainText(new Intl.NumberFormat("en-US").format(level.salary));
  }
  await expect(featured).toContainText(`indicative average per year, ${backendRole.salaryYear}`);
  for (const expert of talentExperts) await expect(page.getByRole("heading", { name: expert.name })).toBeVisible();
  await featured.getByRole("link", { name: /hire backend developers/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(backendRole.headline);
});

test("header navigation reaches every section of the site", async ({ page }) => {
  await page.goto("/");
  const nav = page.getByRole("navigation", { name: "Main" });
  await nav.getByRole("link", { name: "Backend guide" }).click();
  await expect(page).toHaveURL(`/guides/${backendGuide.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(backendGuide.title);
  await nav.getByRole("link", { name: "Hire backend developers" }).click();
  await expect(page).toHaveURL(`/hire/${backendRole.slug}`);
  await page.getByRole("link", { name: "Bedrock Talent" }).first().click();
  await expect(page).toHaveURL("/");
});

test("the phone menu opens and navigates", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 760 });
  await page.goto("/");
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Backend guide" }).click();
  await expect(page).toHaveURL(`/guides/${backendGuide.slug}`);
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

for (const { path } of publicPages) {
  test(`every link on ${path} leads to a page that exists`, async ({ page, request }) => {
    await page.goto(path);
    const hrefs = await page
      .locator("a[href^='/']")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    const targets = [...new Set(hrefs.map((href) => href.split("#")[0] || "/"))];
    expect(targets.length).toBeGreaterThan(2);
    for (const target of targets) {
      expect((await request.get(target)).status(), target).toBe(200);
    }
  });

  test(`${path} carries no garbled wording from the sources`, async ({ page }) => {
    await page.goto(path);
    const text = await page.locator("body").innerText();
    for (const fragment of garbledFragments) expect(text).not.toContain(fragment);
  });
}

test("health check answers with the database status", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toContain("no-store");
  const body = (await response.json()) as { status: string; database: { ok: boolean; roles: number } };
  expect(body.status).toBe("ok");
  expect(body.database.ok).toBe(true);
  // Other tests may add roles; the seeded one is always there.
  expect(body.database.roles).toBeGreaterThanOrEqual(1);
});
