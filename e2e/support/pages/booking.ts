import type { Page } from "@playwright/test";

/** The booking form (/book/details), by its labels. */
export const bookingForm = (page: Page) => ({
  name: page.getByLabel("Name"),
  email: page.getByLabel("Work email"),
  company: page.getByLabel("Company"),
  hiringFor: page.getByLabel("What are you hiring for?"),
  confirm: page.getByRole("button", { name: "Confirm booking" }),
});

/**
 * Opens the n-th day of free times on /book and follows one of its times. Tests that book pick a day
 * of their own, so parallel tests never want the same time. Returns the chosen expert and start.
 */
export async function pickSlot(page: Page, dayIndex: number, which: "first" | "last" = "first") {
  const day = page.getByRole("region", { name: "Free times" }).locator("details").nth(dayIndex);
  if ((await day.getAttribute("open")) === null) await day.locator("summary").click();
  const links = day.getByRole("link");
  const link = which === "first" ? links.first() : links.last();
  const href = (await link.getAttribute("href")) ?? "";
  const params = new URL(href, "http://x").searchParams;
  await link.click();
  return { expertId: Number(params.get("expert")), start: Number(params.get("start")) };
}

/** Fills the booking form with a valid visitor (each field can be changed). */
export async function fillBooking(
  page: Page,
  email: string,
  { name = "Linus Backend", company = "Kernel Labs", hiringFor = "Two senior Go engineers for our storage API." } = {},
) {
  const form = bookingForm(page);
  await form.name.fill(name);
  await form.email.fill(email);
  await form.company.fill(company);
  await form.hiringFor.fill(hiringFor);
}
