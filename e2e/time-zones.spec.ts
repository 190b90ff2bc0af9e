import { expect, test } from "./fixtures";

test.describe("a visitor in India", () => {
  test.use({ timezoneId: "Asia/Kolkata" });

  test("the detected zone is the one selected, and 'Update times' keeps it (it used to switch everything to UTC)", async ({
    page,
  }) => {
    await page.goto("/book");
    // Chromium names the zone by its old name, Asia/Calcutta, Firefox Asia/Kolkata: the current name is shown.
    await expect(page.getByText("Times are shown in Asia/Kolkata")).toBeVisible({ timeout: 20_000 });
    const picker = page.getByLabel("Show times in");
    await expect(picker).toHaveValue("Asia/Kolkata");
    const detected = await picker.inputValue();
    // The field suggests every zone with its offset, made in the browser when it is first focused
    // (the page does not carry them, nor spends its first seconds on them).
    await expect(page.locator("#time-zones option")).toHaveCount(0);
    await picker.focus();
    await expect(page.locator(`#time-zones option[value="${detected}"]`)).toHaveAttribute("label", /\(UTC\+05:30\)$/);
    await expect(page.locator('#time-zones option[value="Europe/Berlin"]')).toHaveAttribute(
      "label",
      /^Berlin \(UTC\+0[12]:00\)$/,
    );
    await page.getByRole("button", { name: "Update times" }).click();
    await expect(page).toHaveURL(new RegExp(`tz=${encodeURIComponent(detected)}`));
    await expect(page.getByText(`Times are shown in ${detected}`)).toBeVisible();
    await expect(picker).toHaveValue(detected);
  });
});

test("every IANA name and alias in the address is honoured, a renamed zone by its current name, without JavaScript too", async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const shown = { "Asia/Kolkata": "Asia/Kolkata", "Europe/Kyiv": "Europe/Kyiv", "Asia/Calcutta": "Asia/Kolkata" };
  for (const [typed, zone] of Object.entries(shown)) {
    await page.goto(`/book?tz=${typed}`);
    await expect(page.getByText(`Times are shown in ${zone}`)).toBeVisible();
    await expect(page.getByLabel("Show times in")).toHaveValue(zone);
  }
  // Without JavaScript there are no suggestions: a city typed into the field finds its zone.
  await page.getByLabel("Show times in").fill("berlin");
  await page.getByRole("button", { name: "Update times" }).click();
  await expect(page.getByText("Times are shown in Europe/Berlin")).toBeVisible();
  await expect(page.getByLabel("Show times in")).toHaveValue("Europe/Berlin");
  // A renamed zone's city, current or old, finds it by its current name.
  for (const [city, zone] of Object.entries({ Kolkata: "Asia/Kolkata", kiev: "Europe/Kyiv" })) {
    await page.getByLabel("Show times in").fill(city);
    await page.getByRole("button", { name: "Update times" }).click();
    await expect(page.getByText(`Times are shown in ${zone}`)).toBeVisible();
  }
  // A name that is no zone is said so next to the field, and the times are in UTC.
  await page.goto("/book?tz=Mars/Olympus_Mons");
  await expect(page.getByText("Times are shown in UTC")).toBeVisible();
  await expect(page.getByLabel("Show times in")).toHaveAccessibleDescription(
    /We know no time zone called “Mars\/Olympus_Mons”: the times below are in UTC\./,
  );
  await context.close();
});
