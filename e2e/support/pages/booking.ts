import { expect, type Page } from "@playwright/test";
import { bookingHref } from "../../../services/slot-links";
import { createExpert, freeTimesOf } from "../factories";

/** The booking form (/book/details), by its labels. */
export const bookingForm = (page: Page) => ({
  name: page.getByLabel("Name"),
  email: page.getByLabel("Work email"),
  company: page.getByLabel("Company"),
  hiringFor: page.getByLabel("What are you hiring for?"),
  confirm: page.getByRole("button", { name: "Confirm booking" }),
});

/** /book's calendar: the days that have free times are links named "Tuesday, December 1, 8 free times". */
export const bookableDays = (page: Page) =>
  page.getByRole("region", { name: "Free times" }).getByRole("link", { name: /, \d+ free times?$/ });

/** The times /book shows for its selected day (each a link named "9:00 AM with Anna Kowalczyk"). */
export const dayTimes = (page: Page) => page.getByTestId("day-times").getByRole("link");

/**
 * Opens the n-th day with free times on /book (a negative n counts from the last) and waits until
 * its times are shown.
 */
export async function openDay(page: Page, dayIndex: number) {
  const days = bookableDays(page);
  const day = days.nth(dayIndex < 0 ? (await days.count()) + dayIndex : dayIndex);
  const label = ((await day.getAttribute("aria-label")) ?? "").replace(/, \d+ free times?$/, "");
  await day.click();
  await expect(page.getByRole("region", { name: label, exact: true })).toBeVisible();
}

/**
 * Opens the n-th day with free times on /book and follows one of its times. Returns the chosen expert
 * and start. Only a test whose subject is /book's own list books this way (the others book a time of
 * their own expert: `openOwnSlot`), and each such test its own day.
 */
export async function pickSlot(page: Page, dayIndex: number, which: "first" | "last" = "first") {
  await openDay(page, dayIndex);
  const links = dayTimes(page);
  const link = which === "first" ? links.first() : links.last();
  const href = (await link.getAttribute("href")) ?? "";
  const params = new URL(href, "http://x").searchParams;
  await link.click();
  return { expertId: Number(params.get("expert")), start: Number(params.get("start")) };
}

/**
 * Opens the booking form for a free time of a Talent Expert of the test's own (`createExpert`), as a
 * link to a time shared by /book or an email does: nobody else books that expert, so no test picks a
 * day to keep off another's. Returns the expert and the start.
 */
export async function openOwnSlot(page: Page, timeZone = "UTC", which: "first" | "last" = "first") {
  const expert = await createExpert();
  const times = await freeTimesOf(expert);
  const slot = which === "first" ? times[0] : times.at(-1);
  if (!slot) throw new Error(`${expert.name} has no free time`);
  await page.goto(bookingHref(slot, timeZone));
  await expect(bookingForm(page).confirm).toBeVisible();
  return { expert, expertId: expert.id, start: slot.start };
}

/**
 * Opens the free times a call's manage page (/book/manage/…) offers to move it to, folded under
 * "Move to another time", and returns them (the region "Reschedule", one disclosure per day).
 */
export async function openReschedule(page: Page) {
  const summary = page.locator("summary", { hasText: "Move to another time" });
  if ((await page.locator("details", { has: summary }).getAttribute("open")) === null) await summary.click();
  const times = page.getByRole("region", { name: "Reschedule" });
  await expect(times).toBeVisible();
  return times;
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
