import { expect, test } from "@playwright/test";
import { backendGuide, backendRole } from "../db/seed-data";
import { publicPages } from "./public-pages";

for (const { path } of publicPages) {
  test(`${path} has a title, description, canonical URL and Open Graph tags`, async ({ page, baseURL }) => {
    await page.goto(path);
    await expect(page).toHaveTitle(/Bedrock Talent/);
    const meta = (selector: string) => page.locator(selector).first().getAttribute("content");
    expect((await meta('meta[name="description"]'))?.length).toBeGreaterThan(50);
    // Next writes the root URL without its trailing slash; both spellings name the same page.
    const withoutSlash = (url: string | null | undefined) => url?.replace(/\/$/, "");
    const expected = withoutSlash(new URL(path, baseURL).toString());
    expect(withoutSlash(await page.locator('link[rel="canonical"]').getAttribute("href"))).toBe(expected);
    expect(await meta('meta[property="og:title"]')).toBeTruthy();
    expect(withoutSlash(await meta('meta[property="og:url"]'))).toBe(expected);
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute("href", /icon/);
  });
}

test("structured data describes the organisation and the guide article", async ({ page }) => {
  const jsonLd = async () =>
    (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );

  await page.goto("/");
  expect(await jsonLd()).toContainEqual(expect.objectContaining({ "@type": "Organization", name: "Bedrock Talent" }));

  await page.goto(`/guides/${backendGuide.slug}`);
  expect(await jsonLd()).toContainEqual(expect.objectContaining({ "@type": "Article", headline: backendGuide.title }));

  await page.goto(`/hire/${backendRole.slug}`);
  expect(await jsonLd()).toContainEqual(expect.objectContaining({ "@type": "Occupation", name: backendRole.name }));
});

test("sitemap lists every public page and robots.txt points to it", async ({ request, baseURL }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const { path } of publicPages.filter((page) => page.inSitemap !== false))
    expect(sitemap).toContain(`<loc>${new URL(path, baseURL).toString()}</loc>`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${new URL("/sitemap.xml", baseURL).toString()}`);
  expect(robots).toContain("Disallow: /api/");
});
