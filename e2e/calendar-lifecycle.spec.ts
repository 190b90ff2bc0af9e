import {
  bookingById,
  createExpert,
  decodeQuotedPrintable,
  expect,
  expertBySlug,
  insertBooking,
  mailTo,
  mailWithSubject,
  queuedIcs,
  signedInAs,
  test,
  textPart,
} from "./fixtures";
import { openReschedule } from "./support/pages/booking";

const DAY_MS = 24 * 60 * 60 * 1000;
const unfold = (ics: string) => ics.replace(/\r?\n[\t ]/g, "");
const line = (ics: string, name: string) =>
  unfold(ics)
    .match(new RegExp(`^${name}(?:;[^:]*)?:(.*)$`, "m"))?.[1]
    ?.trim();

test.describe("calendar invitations across a call's life", () => {
  test("a move and a cancellation keep the UID and raise the sequence; the cancelled call's .ics is the cancellation", async ({
    page,
  }) => {
    const { booking, token, expert } = await insertBooking(new Date(Date.now() + 30 * DAY_MS));
    const before = await page.request.get(`/api/bookings/${token}/ics`);
    expect(before.status()).toBe(200);
    const booked = await before.text();
    expect(line(booked, "SEQUENCE")).toBe("0");
    expect(line(booked, "METHOD")).toBe("REQUEST");
    expect(line(booked, "ORGANIZER")).toMatch(/^MAILTO:talent@/i);

    await page.goto(`/book/manage/${token}`);
    await (await openReschedule(page)).getByRole("link").first().click();
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    await expect.poll(async () => line(await queuedIcs(booking.email, "booking-rescheduled"), "SEQUENCE")).toBe("1");
    const moved = await queuedIcs(booking.email, "booking-rescheduled");
    expect(line(moved, "METHOD")).toBe("REQUEST");
    expect(line(moved, "UID")).toBe(line(booked, "UID"));
    expect(line(moved, "DTSTART")).not.toBe(line(booked, "DTSTART"));

    await page.getByRole("link", { name: "Cancel this call" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cancel your discovery call?");
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");
    expect((await bookingById(booking.id))?.icsSequence).toBe(2);
    // The first offered time is the expert's own, so they are still the expert.
    for (const [to, kind] of [
      [booking.email, "booking-cancelled"],
      [expert.email, "booking-expert-notice"],
    ] as const) {
      await expect.poll(async () => line(await queuedIcs(to, kind), "METHOD")).toBe("CANCEL");
      expect(line(await queuedIcs(to, kind), "SEQUENCE")).toBe("2");
      expect(line(await queuedIcs(to, kind), "UID")).toBe(line(booked, "UID"));
    }

    const link = page.getByRole("link", { name: "Download the cancellation (.ics)" });
    const response = await page.request.get((await link.getAttribute("href")) ?? "");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/calendar");
    const cancelled = await response.text();
    expect(line(cancelled, "METHOD")).toBe("CANCEL");
    expect(line(cancelled, "STATUS")).toBe("CANCELLED");
    expect(line(cancelled, "SEQUENCE")).toBe("2");
    expect(line(cancelled, "UID")).toBe(line(booked, "UID"));
  });

  test("a call booked before rooms, its expert without a meeting link: the expert is asked to send one, and a cancelled call asks for none", async ({
    page,
  }) => {
    const company = `Linkless ${Date.now().toString(36)}`;
    // The test's own expert, who has no meeting link, and a call from before calls had their own rooms.
    const { booking, token, expert } = await insertBooking(new Date(Date.now() + 30 * DAY_MS), {
      company,
      meetingRoom: null,
    });
    await page.goto(`/book/manage/${token}`);
    // The first offered time is the expert's own: they stay the expert.
    await (await openReschedule(page)).getByRole("link").first().click();
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    expect((await bookingById(booking.id))?.expertId).toBe(expert.id);
    // The visitor reads that the Talent Expert sends the link; the expert, that Talent Expert, reads to send it.
    expect(textPart(await mailWithSubject(booking.email, /^Your discovery call moved/))).toContain(
      "Where: The Talent Expert will send the link before the call",
    );
    const moved = textPart(await mailWithSubject(expert.email, new RegExp(`^Discovery call moved: ${company}$`)));
    expect(moved).toContain(
      `Where: No meeting link is set for you, so please send one to ${booking.name} (${booking.email}) before the call`,
    );
    expect(moved).not.toContain("The Talent Expert will send the link");

    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");
    const cancelled = textPart(
      await mailWithSubject(expert.email, new RegExp(`^Discovery call cancelled: ${company}$`)),
    );
    expect(cancelled).toContain("The visitor cancelled this discovery call.");
    expect(cancelled).not.toContain("Where:");
  });

  test("the manage page offers Apple Calendar / Outlook desktop, Google Calendar and Outlook.com", async ({ page }) => {
    const start = new Date(Date.now() + 30 * DAY_MS);
    start.setUTCHours(9, 0, 0, 0);
    const { token, booking } = await insertBooking(start);
    await page.goto(`/book/manage/${token}`);
    // The test's expert has no link of their own: the call's room is where it happens.
    const room = booking.meetingRoom ?? "";
    await expect(page.getByRole("link", { name: room })).toHaveAttribute("href", room);
    await expect(page.getByRole("link", { name: "Apple Calendar or Outlook desktop (.ics file)" })).toHaveAttribute(
      "href",
      `/api/bookings/${token}/ics`,
    );
    await expect(page.getByRole("link", { name: /Add to Google Calendar/ })).toHaveAttribute(
      "href",
      /^https:\/\/calendar\.google\.com\/calendar\/render\?/,
    );
    const outlook = new URL((await page.getByRole("link", { name: /Add to Outlook\.com/ }).getAttribute("href")) ?? "");
    expect(outlook.origin + outlook.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(outlook.searchParams.get("rru")).toBe("addevent");
    expect(outlook.searchParams.get("startdt")).toBe(start.toISOString());
    expect(outlook.searchParams.get("enddt")).toBe(new Date(start.getTime() + 30 * 60_000).toISOString());
  });
});

test.describe("an expert's meeting link", () => {
  test.use(signedInAs("manager"));
  test("is validated next to its field, then shown on the manage page, in the .ics and in the move email", async ({
    page,
  }) => {
    const { slug } = await createExpert();
    await page.goto(`/admin/experts/${slug}`);
    const rules = page.getByRole("region", { name: "Profile and booking rules" });
    const field = rules.getByLabel("Meeting link");
    await field.fill("http://meet.example/daniel");
    await rules.getByRole("button", { name: "Save expert" }).click();
    await expect(field).toHaveAccessibleDescription(/Enter an https:\/\/ link/);
    await expect(field).toHaveValue("http://meet.example/daniel");
    expect((await expertBySlug(slug))?.meetingLink).toBeNull();

    const link = "https://meet.example/daniel-reyes";
    await field.fill(link);
    await rules.getByRole("button", { name: "Save expert" }).click();
    await expect(rules.getByRole("status")).toContainText("Saved");
    expect((await expertBySlug(slug))?.meetingLink).toBe(link);

    const { booking, token } = await insertBooking(new Date(Date.now() + 30 * DAY_MS), { expertSlug: slug });
    await page.goto(`/book/manage/${token}`);
    await expect(page.getByRole("link", { name: link })).toHaveAttribute("href", link);
    const ics = await (await page.request.get(`/api/bookings/${token}/ics`)).text();
    expect(line(ics, "LOCATION")).toBe(link);
    expect(line(ics, "URL")).toBe(link);

    // The first offered time is the expert's own, so the call keeps their link.
    await (await openReschedule(page)).getByRole("link").first().click();
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    await expect
      .poll(
        () =>
          decodeQuotedPrintable(
            mailTo(booking.email).find((raw) => /Subject: Your discovery call moved/.test(raw)) ?? "",
          ),
        { timeout: 15_000 },
      )
      .toContain(`Where: ${link}`);
  });
});
