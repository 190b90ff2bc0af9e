import type { Locator, Page } from "@playwright/test";
import { hashManageToken } from "../domain/manage-token";
import {
  bookingById,
  bookingsFor,
  createExpert,
  decodeQuotedPrintable,
  expect,
  fillRateLimit,
  insertBooking,
  insertHiddenExpert,
  insertRequest,
  mailTo,
  requestsFrom,
  setCallTime,
  signedInAs,
  test,
} from "./fixtures";
import { bookingForm, fillBooking, openOwnSlot, openReschedule } from "./support/pages/booking";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Calls written directly lie beyond the bookable weeks, with an expert of the test's own (`insertBooking`). */
const CALL_DAYS = 30;
const subjects = (address: string) =>
  mailTo(address).map((raw) => decodeQuotedPrintable(raw).match(/^Subject: (.*)$/m)?.[1] ?? "");
const bodyOf = (address: string, subject: RegExp) =>
  decodeQuotedPrintable(mailTo(address).find((raw) => subject.test(decodeQuotedPrintable(raw))) ?? "").replace(
    /\r?\n/g,
    " ",
  );
const stored = bookingById;

/**
 * A free time of `expert` on the reschedule list (collapsed days are opened first): the first one on
 * or after the n-th listed day.
 */
async function timeWith(region: Locator, expert: string, { fromDay = 0 } = {}) {
  const days = region.locator("details");
  const count = await days.count();
  for (let index = fromDay; index < count; index++) {
    const day = days.nth(index);
    if ((await day.getAttribute("open")) === null) await day.locator("summary").click();
    const links = day.getByRole("link", { name: new RegExp(` with ${expert}$`) });
    if ((await links.count()) > 0) return links.first();
  }
  throw new Error(`no free time with ${expert}`);
}

test.describe("moving a call", () => {
  test("a move to another expert cancels it for the old one, is new to the new one and names the new expert to the visitor", async ({
    page,
  }) => {
    const { booking, token, expert: before } = await insertBooking(new Date(Date.now() + CALL_DAYS * DAY_MS));
    const after = await createExpert({ offered: true });
    await page.goto(`/book/manage/${token}`);
    const target = await timeWith(await openReschedule(page), after.name);
    const start = Number(new URL((await target.getAttribute("href")) ?? "", "http://x").searchParams.get("start"));
    await target.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Move your discovery call");
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    expect(await stored(booking.id)).toMatchObject({ expertId: after.id });
    expect((await stored(booking.id))?.startsAt.getTime()).toBe(start);

    await expect
      .poll(() => subjects(booking.email).filter((subject) => /moved/.test(subject)).length, { timeout: 15_000 })
      .toBe(1);
    expect(bodyOf(booking.email, /Subject: Your discovery call moved/)).toContain(after.name);
    await expect
      .poll(() => subjects(before.email).some((subject) => subject === "Discovery call cancelled: Fixture Co"), {
        timeout: 15_000,
      })
      .toBe(true);
    await expect
      .poll(() => subjects(after.email).some((subject) => subject === "New discovery call: Fixture Co"), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(bodyOf(after.email, /Subject: New discovery call: Fixture Co/)).toContain(booking.reference);
  });

  test("the move page offers the current expert's times first and shows whose every time is", async ({ page }) => {
    const { token, expert } = await insertBooking(new Date(Date.now() + CALL_DAYS * DAY_MS));
    await page.goto(`/book/manage/${token}`);
    const reschedule = await openReschedule(page);
    const times = reschedule.getByRole("link");
    await expect(times.first()).toHaveAccessibleName(new RegExp(` with ${expert.name}$`));
    // Visible, not only in the accessible name.
    await expect(times.first()).toContainText(expert.name);
    const other = await timeWith(reschedule, "Anna Kowalczyk");
    await expect(other).toContainText("Anna Kowalczyk");
  });

  test("the call's own time is not offered again, and a page that still offers it moves nothing (#27 W4)", async ({
    page,
  }) => {
    const { booking, token, expert } = await insertBooking(new Date(Date.now() + CALL_DAYS * DAY_MS));
    // One change made today already: the refusal below must leave the other two.
    await fillRateLimit(`meeting-change:call:${hashManageToken(token)}`, 1);
    const movedEmails = () =>
      mailTo(booking.email).filter((raw) => /Subject: Your discovery call moved/.test(raw)).length;
    const startOf = (href: string) => Number(new URL(href, "http://x").searchParams.get("start"));
    const timeOnDay = async (fromDay: number) => {
      await page.goto(`/book/manage/${token}`);
      const time = await timeWith(await openReschedule(page), expert.name, { fromDay });
      return (await time.getAttribute("href")) ?? "";
    };

    // A second tab opens the move to a time; the first moves the call there.
    const moveTo = await timeOnDay(0);
    const older = await page.context().newPage();
    await older.goto(moveTo);
    await page.goto(moveTo);
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    expect((await stored(booking.id))?.startsAt.getTime()).toBe(startOf(moveTo));
    await expect.poll(movedEmails, { timeout: 15_000 }).toBe(1);
    // The new times (collapsed days included) no longer hold the time the call has.
    const offered = await (await openReschedule(page))
      .locator('a[href*="/move?"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.map(startOf)).not.toContain(startOf(moveTo));

    // The second tab still offers it: moving there is refused, emails nobody and uses up no change.
    await older.getByRole("button", { name: "Move my call" }).click();
    await expect(older.getByRole("alert").filter({ hasText: "That is the time your call already has." })).toBeVisible();
    expect((await stored(booking.id))?.icsSequence).toBe(1);
    await older.close();
    await page.goto(await timeOnDay(1));
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    await expect.poll(movedEmails, { timeout: 15_000 }).toBe(2);
  });
});

test.describe("outcomes and staff cancellation", () => {
  test.use(signedInAs("manager"));

  test("an outcome is offered only once the call has started, with no default, can be corrected, and the server refuses it early", async ({
    page,
  }) => {
    // An expert of its own: a seeded expert's call around now may be another test's (PostgreSQL refuses
    // an overlap), and a retry would meet this attempt's own calls.
    const expert = await insertHiddenExpert("outcomes");
    const { booking: ahead } = await insertBooking(new Date(Date.now() + 2 * DAY_MS + 7 * 60_000), {
      expertSlug: expert.slug,
    });
    const { booking: started } = await insertBooking(new Date(Date.now() - 10 * 60_000), {
      expertSlug: expert.slug,
    });
    await page.goto("/admin/calls?tz=UTC");
    await expect(page.getByTestId(`call-${ahead.reference}`)).toBeVisible();
    await expect(page.getByTestId(`call-${ahead.reference}`).getByLabel(/Outcome of/)).toHaveCount(0);

    const card = page.getByTestId(`call-${started.reference}`);
    const outcome = card.getByLabel(`Outcome of ${started.reference}`);
    await expect(outcome).toHaveValue("");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByRole("alert")).toContainText("Choose what happened");
    expect((await stored(started.id))?.status).toBe("confirmed");

    await outcome.selectOption("no_show");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card).toContainText("Status: No-show");
    expect((await stored(started.id))?.status).toBe("no_show");

    // Corrected: to the other outcome, then back to not recorded while the call is still on.
    await card.getByLabel(`Correct the outcome of ${started.reference}`).selectOption("completed");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card).toContainText("Status: Completed");
    await card.getByLabel(`Correct the outcome of ${started.reference}`).selectOption("confirmed");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card).toContainText("Status: Confirmed");
    expect((await stored(started.id))?.status).toBe("confirmed");

    // The form was rendered for a started call; if the call now lies ahead, the server says no.
    await setCallTime(started.id, new Date(Date.now() + DAY_MS));
    await outcome.selectOption("no_show");
    await card.getByRole("button", { name: "Save" }).click();
    await expect(card.getByRole("alert")).toContainText("has not started");
    expect((await stored(started.id))?.status).toBe("confirmed");
  });

  test("staff cancel after confirming, with a validated reason that reaches the visitor and stays on the calls page", async ({
    page,
  }) => {
    const { booking } = await insertBooking(new Date(Date.now() + CALL_DAYS * DAY_MS));
    await page.goto("/admin/calls?tz=UTC");
    await page
      .getByTestId(`call-${booking.reference}`)
      .getByRole("link", { name: `Cancel call… (${booking.reference})` })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel this call?");
    expect((await stored(booking.id))?.status).toBe("confirmed");

    const reason = page.getByLabel("Reason (optional)");
    await reason.fill("x".repeat(501));
    await page.getByRole("button", { name: "Cancel the call" }).click();
    await expect(reason).toHaveAccessibleDescription(/under 500 characters/);
    await expect(reason).toHaveValue("x".repeat(501));
    expect((await stored(booking.id))?.status).toBe("confirmed");

    await reason.fill("Daniel is ill that week; we will suggest a new time.");
    const button = page.getByRole("button", { name: "Cancel the call" });
    await expect(button).toHaveCSS("background-color", /rgb\((1[5-9]\d|2\d\d), \d{1,2}, \d{1,2}\)/);
    await button.click();
    await expect(page.getByTestId(`call-${booking.reference}`)).toContainText("Status: Cancelled");
    await expect(page.getByTestId(`call-${booking.reference}`)).toContainText("Daniel is ill that week");
    expect(await stored(booking.id)).toMatchObject({
      status: "cancelled",
      cancelReason: "Daniel is ill that week; we will suggest a new time.",
    });
    await expect
      .poll(() => bodyOf(booking.email, /Subject: Your discovery call is cancelled/), { timeout: 15_000 })
      .toContain("Daniel is ill that week");
  });

  test("a visitor cancels after confirming; their reason reaches the expert and the calls page", async ({ page }) => {
    const { booking, token, expert } = await insertBooking(new Date(Date.now() + CALL_DAYS * DAY_MS));
    await page.goto(`/book/manage/${token}`);
    await page.getByRole("link", { name: "Cancel this call" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your discovery call?");
    expect((await stored(booking.id))?.status).toBe("confirmed");
    await page.getByLabel("Reason (optional)").fill("We filled the role internally.");
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");
    expect(await stored(booking.id)).toMatchObject({
      status: "cancelled",
      cancelReason: "We filled the role internally.",
    });
    await expect
      .poll(
        async () => bodyOf(expert.email, new RegExp(`Subject: Discovery call cancelled[\\s\\S]*${booking.reference}`)),
        { timeout: 15_000 },
      )
      .toContain("We filled the role internally.");
    await page.goto("/admin/calls?tz=UTC");
    await expect(page.getByTestId(`call-${booking.reference}`)).toContainText("We filled the role internally.");
  });
});

test.describe("every call is a lead", () => {
  test.use(signedInAs("manager"));

  async function book(page: Page, email: string, company: string) {
    await openOwnSlot(page);
    await fillBooking(page, email, { name: "Call Only", company, hiringFor: "A senior Rust engineer" });
    await bookingForm(page).confirm.click();
  }

  test("a call-only company enters the pipeline; the same person joins the same request; related requests link", async ({
    page,
    clientIp,
  }) => {
    const company = `Callonly ${clientIp.replace(/\D/g, "")}${Date.now().toString(36)}`;
    const email = `call.only+${Date.now().toString(36)}@callonly.example`;
    await book(page, email, company);
    await expect(page.getByRole("status")).toContainText("Your call is booked");
    const requests = () => requestsFrom(email);
    expect(await requests()).toHaveLength(1);
    expect((await requests())[0]).toMatchObject({
      sourcePage: "/book",
      company,
      name: "Call Only",
      role: "A senior Rust engineer",
      status: "new",
    });

    await book(page, email.toUpperCase(), company);
    await expect(page.getByRole("status")).toContainText("Your call is booked");
    expect(await requests()).toHaveLength(1);
    const calls = await bookingsFor(email);
    expect(calls.map((call) => call.contactRequestId)).toEqual([(await requests())[0]?.id, (await requests())[0]?.id]);

    await page.goto(`/admin/requests?q=${encodeURIComponent(company)}`);
    const row = page.getByRole("row").filter({ hasText: company });
    await expect(row).toHaveCount(1);
    await row.getByRole("link", { name: (await requests())[0]?.reference ?? "-" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
    const listed = page.getByRole("region", { name: "Discovery calls" });
    for (const call of calls) await expect(listed).toContainText(call.reference);

    const older = await insertRequest(company, {
      email,
      createdAt: new Date(Date.now() - 40 * DAY_MS),
      status: "lost",
      lostReason: "No budget",
    });
    const related = page.getByRole("region", { name: "Related requests" });
    await page.reload();
    await expect(related.getByRole("link", { name: new RegExp(older.reference) })).toBeVisible();
    await related.getByRole("link", { name: new RegExp(older.reference) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(older.reference);
    await expect(
      page
        .getByRole("region", { name: "Related requests" })
        .getByRole("link", { name: new RegExp((await requests())[0]?.reference ?? "-") }),
    ).toBeVisible();
  });

  test("a booking refused by the rate limit leaves no request behind", async ({ page, clientIp }) => {
    const email = `limited+${Date.now().toString(36)}@callonly.example`;
    await fillRateLimit(`booking-ip-hour:${clientIp}`, 4);
    await book(page, email, "Limited Co");
    await expect(page.getByRole("alert").filter({ hasText: "several bookings from your network" })).toBeVisible();
    expect(await requestsFrom(email)).toHaveLength(0);
    expect(await bookingsFor(email)).toHaveLength(0);
  });
});
