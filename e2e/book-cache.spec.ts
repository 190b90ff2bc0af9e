import { expect, test } from "./fixtures";
import { bookingForm, dayTimes, fillBooking, openDay } from "./support/pages/booking";

/**
 * /book is served from Next's cache (app/(site)/book/in/…): these prove a cached copy never outlives
 * a change to the free times, that its internal addresses are not public, and that a visitor whose
 * zone is detected never sees the times in UTC first.
 */
test.describe("the cached /book", () => {
  test.use({ timezoneId: "UTC" });

  test("a time booked leaves every visitor's /book at once, and comes back when the call is cancelled", async ({
    page,
    browser,
    clientIp,
  }) => {
    // Another visitor has the same day open: their copy comes from the cache.
    const watcher = await browser.newPage({ timezoneId: "UTC" });
    await watcher.goto("/book?tz=UTC");
    await openDay(watcher, 2);
    const dayUrl = watcher.url();
    const time = ((await dayTimes(watcher).first().textContent()) ?? "").replace(/\s+/g, " ").trim();
    expect(time).toMatch(/^\d{1,2}:\d{2} [AP]M with /);
    // Served from the cache (a booking in a parallel test expires it: the next request renders it again).
    await expect
      .poll(async () => (await watcher.request.get(dayUrl)).headers()["x-nextjs-cache"], { timeout: 15_000 })
      .toMatch(/HIT|STALE/);
    const offered = () => dayTimes(watcher).and(watcher.getByRole("link", { name: time, exact: true }));
    await expect(offered()).toHaveCount(1);

    await page.goto(dayUrl);
    await page.getByTestId("day-times").getByRole("link", { name: time, exact: true }).click();
    await fillBooking(page, `cache+${clientIp}@kernel.example`);
    await bookingForm(page).confirm.click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");

    await watcher.reload();
    await expect(offered()).toHaveCount(0);

    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");

    await watcher.reload();
    await expect(offered()).toHaveCount(1);
    await watcher.close();
  });

  test("the addresses /book is served from are not public, so nobody can fill the cache with made-up ones", async ({
    request,
  }) => {
    for (const path of ["/book/in/UTC/first", "/book/in/Mars%2FBase/2026-12-01", "/book/live?tz=UTC"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["cache-control"], path).toContain("no-store");
    }
    // An unknown zone or a far day is answered, per request, not cached.
    const unknown = await request.get("/book?tz=Mars/Base");
    expect(unknown.status()).toBe(200);
    expect(await unknown.text()).toMatch(/We know no time zone called “(<!-- -->)?Mars\/Base(<!-- -->)?”/);
    expect(unknown.headers()["cache-control"]).toContain("no-store");
  });
});

test.describe("a visitor in Tokyo opening /book", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("never sees the times in UTC before their own zone's", async ({ page }) => {
    // Every frame from the first paint on: were times on screen, and in which zone?
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { zonesSeen: string[] }).zonesSeen = seen;
      const look = () => {
        const times = document.querySelector(".zone-times");
        if (times && getComputedStyle(times).visibility === "visible")
          seen.push(times.querySelector("strong")?.textContent ?? "");
        requestAnimationFrame(look);
      };
      requestAnimationFrame(look);
    });
    await page.goto("/book");
    await expect(page).toHaveURL(/tz=Asia%2FTokyo/);
    await expect(page.getByText("Times are shown in Asia/Tokyo")).toBeVisible();
    const seen = await page.evaluate(() => (window as unknown as { zonesSeen: string[] }).zonesSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(["Asia/Tokyo"]));
  });
});
