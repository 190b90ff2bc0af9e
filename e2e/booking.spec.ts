import { execFileSync } from "node:child_process";
import { formatDateTime } from "../domain/slots";
import {
  bookingById,
  bookingsAt,
  bookingsFor,
  decodeQuotedPrintable,
  expect,
  fillRateLimit,
  insertBooking,
  insertRequest,
  mailTo,
  test,
} from "./fixtures";
import { bookingForm, fillBooking, openOwnSlot, openReschedule, pickSlot } from "./support/pages/booking";

const VISITOR_ZONE = "America/Los_Angeles";
const unfold = (ics: string) => ics.replace(/\r?\n[\t ]/g, "");
const icsTime = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

test.describe("discovery call booking", () => {
  test.use({ timezoneId: VISITOR_ZONE });

  test("a visitor books in their own time zone and gets a correct confirmation and calendar file", async ({
    page,
    clientIp,
  }) => {
    const email = `linus+${clientIp}@kernel.example`;
    await page.goto("/hire/backend");
    await page.getByRole("link", { name: "Book a discovery call" }).first().click();
    // The browser's zone is detected after hydration, which can take a moment on a busy machine.
    await expect(page.getByText("Times are shown in America/Los Angeles")).toBeVisible({ timeout: 20_000 });
    const slot = await pickSlot(page, 0);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your discovery call");
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
    await fillBooking(page, email);
    await bookingForm(page).confirm.click();

    await expect(page.getByRole("status")).toContainText("Your call is booked");
    const [stored] = await bookingsFor(email);
    expect(stored).toMatchObject({
      status: "confirmed",
      expertId: slot.expertId,
      visitorTimeZone: VISITOR_ZONE,
      company: "Kernel Labs",
    });
    expect(stored?.startsAt.getTime()).toBe(slot.start);
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
    const expertZone = slot.expertId === 1 ? "Europe/Warsaw" : "America/New_York";
    await expect(page.getByTestId("expert-time")).toHaveText(formatDateTime(slot.start, expertZone));
    // The stored token is a hash: the link in the page is the only copy of the secret.
    expect(page.url()).not.toContain(stored?.manageTokenHash ?? "-");

    const google = await page.getByRole("link", { name: /Add to Google Calendar/ }).getAttribute("href");
    expect(new URL(google ?? "").searchParams.get("dates")).toBe(
      `${icsTime(slot.start)}/${icsTime(slot.start + 30 * 60_000)}`,
    );

    const ics = await page.request.get(
      (await page.getByRole("link", { name: /Apple Calendar/ }).getAttribute("href")) ?? "",
    );
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(ics.headers()["content-disposition"]).toContain("attachment");
    const body = unfold(await ics.text());
    expect(body).toContain(`DTSTART:${icsTime(slot.start)}`);
    expect(body).toContain(`DTEND:${icsTime(slot.start + 30 * 60_000)}`);
    expect(body).toMatch(/ORGANIZER;CN="?Bedrock Talent"?:MAILTO:/i);
    expect(body).toMatch(/ATTENDEE;.*CN="?(Anna Kowalczyk|Daniel Reyes)"?:mailto:/i);
    expect(body).toMatch(new RegExp(`ATTENDEE;.*mailto:${email.replace(/[+.]/g, "\\$&")}`, "i"));
  });

  test("the confirmation email arrives over SMTP with the invitation, the call's own video room and a working manage link", async ({
    page,
    clientIp,
  }) => {
    const email = `mail+${clientIp}@kernel.example`;
    const slot = await openOwnSlot(page, VISITOR_ZONE);
    await fillBooking(page, email);
    await bookingForm(page).confirm.click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");

    await expect.poll(() => mailTo(email).length, { timeout: 15_000 }).toBe(1);
    const raw = mailTo(email)[0] ?? "";
    expect(raw).toMatch(/Subject: Your discovery call with .* is booked/);
    const calendarPart = raw.split(/--[^\r\n]+\r?\n/).find((part) => /Content-Type: text\/calendar/i.test(part)) ?? "";
    expect(calendarPart).toMatch(/filename="?discovery-call.ics"?/);
    const encoded = calendarPart
      .split(/\r?\n\r?\n/)
      .slice(1)
      .join("")
      .trim();
    const ics = unfold(
      /base64/i.test(calendarPart)
        ? Buffer.from(encoded.replace(/\s/g, ""), "base64").toString("utf8")
        : decodeQuotedPrintable(encoded),
    );
    expect(ics).toContain(`DTSTART:${icsTime(slot.start)}`);
    // The test's expert has no meeting link: the call has a Jitsi room of its own, the same everywhere.
    const [stored] = await bookingsFor(email);
    const room = stored?.meetingRoom ?? "";
    expect(room).toMatch(/^https:\/\/meet\.jit\.si\/bedrock-talent-[0-9a-f]{32}$/);
    expect(ics).toContain(`LOCATION:${room}`);
    expect(ics).toContain(`URL:${room}`);
    expect(decodeQuotedPrintable(raw)).toContain(`Where: ${room}`);

    const manageLink = decodeQuotedPrintable(raw).match(/https?:\/\/[^\s]+\/book\/manage\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(manageLink).toBeTruthy();
    await page.goto(manageLink ?? "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your discovery call");
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
    await expect(page.getByRole("link", { name: room })).toHaveAttribute("href", room);
  });

  test("a booking from an email that sent a contact request is linked to it", async ({ page, clientIp }) => {
    const email = `linked+${clientIp}@kernel.example`;
    const request = await insertRequest("Kernel Labs", {
      name: "Linus Backend",
      email,
      message: "We need help with our storage API.",
      sourcePage: "/contact",
    });
    await openOwnSlot(page, VISITOR_ZONE);
    await fillBooking(page, email.toUpperCase());
    await bookingForm(page).confirm.click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");
    expect((await bookingsFor(email))[0]?.contactRequestId).toBe(request.id);
  });

  test("the same booking sent again, as Back then Confirm does, is recognised as the visitor's own and books nothing more", async ({
    page,
    clientIp,
  }) => {
    const email = `again+${clientIp}@kernel.example`;
    const slot = await openOwnSlot(page, VISITOR_ZONE);
    // The form as Back shows it after booking: rendered while the time was still free.
    const back = await page.context().newPage();
    await back.goto(page.url());
    await fillBooking(page, email);
    await bookingForm(page).confirm.click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");

    await fillBooking(back, email);
    await bookingForm(back).confirm.click();
    await expect(back.getByRole("alert").filter({ hasText: "already booked" })).toHaveText(
      `You have already booked this time: see the confirmation email we sent to ${email}.`,
    );
    await expect(back.getByText("taken by someone else")).toHaveCount(0);
    expect(await bookingsAt(slot.expertId, slot.start)).toHaveLength(1);
    expect(await bookingsFor(email)).toHaveLength(1);
    await back.close();
  });

  test("bad input is explained next to each field and kept", async ({ page, clientIp }) => {
    const slot = await openOwnSlot(page, VISITOR_ZONE);
    const form = bookingForm(page);
    await form.name.fill("Linus");
    await form.email.fill("linus-at-kernel");
    await form.confirm.click();
    await expect(form.email).toHaveAccessibleDescription(/valid email/);
    await expect(form.company).toHaveAccessibleDescription(/company name/);
    await expect(form.hiringFor).toHaveAccessibleDescription(/hiring for/);
    await expect(form.name).toHaveValue("Linus");
    expect(await bookingsAt(slot.expertId, slot.start)).toHaveLength(0);
    expect(clientIp).toBeTruthy();
  });

  test("an address that booked four calls this hour is asked to wait, its input kept and nothing stored", async ({
    page,
    clientIp,
  }) => {
    await fillRateLimit(`booking-ip-hour:${clientIp}`, 4);
    const slot = await openOwnSlot(page, VISITOR_ZONE);
    await fillBooking(page, "grace@navy.example", {
      name: "Grace Hopper",
      company: "Navy Labs",
      hiringFor: "A compiler team",
    });
    await bookingForm(page).confirm.click();
    await expect(page.getByRole("alert").filter({ hasText: "several bookings from your network" })).toBeVisible();
    await expect(bookingForm(page).company).toHaveValue("Navy Labs");
    expect(await bookingsAt(slot.expertId, slot.start)).toHaveLength(0);
  });

  test("a visitor reschedules and then cancels through the private manage link", async ({ page }) => {
    const { booking, token } = await insertBooking(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
    await page.goto(`/book/manage/${token}`);
    await expect(page.getByText(booking.reference)).toBeVisible();

    // The expert's own first free time (the test's own expert: nobody else books it).
    const target = (await openReschedule(page)).getByRole("link").first();
    const start = Number(new URL((await target.getAttribute("href")) ?? "", "http://x").searchParams.get("start"));
    await target.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Move your discovery call");
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    expect((await bookingById(booking.id))?.startsAt.getTime()).toBe(start);
    await expect
      .poll(() => mailTo(booking.email).some((raw) => /Subject: Your discovery call moved/.test(raw)))
      .toBe(true);

    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");
    expect((await bookingById(booking.id))?.status).toBe("cancelled");
    await expect(page.getByRole("link", { name: "Cancel this call" })).toHaveCount(0);
  });

  test("changes inside the 2-hour cut-off are refused with a clear message", async ({ page }) => {
    const { token } = await insertBooking(new Date(Date.now() + 60 * 60 * 1000));
    await page.goto(`/book/manage/${token}`);
    await expect(page.getByText("can no longer be changed online less than 2 hours before")).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel this call" })).toHaveCount(0);
    await expect(page.getByText("Move to another time")).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Reschedule" })).toHaveCount(0);
  });

  test("a manage link that does not exist is a 404", async ({ page }) => {
    expect((await page.goto(`/book/manage/${"x".repeat(43)}`))?.status()).toBe(404);
    expect((await page.goto("/book/manage/short"))?.status()).toBe(404);
  });
});

test("npm run jobs sends each 24-hour reminder once, however often it runs", async () => {
  const email = `reminder-${Date.now()}@company.example`;
  await insertBooking(new Date(Date.now() + 3 * 60 * 60 * 1000), { email });
  const smtpPort = Number(process.env.E2E_SMTP_PORT);
  const runJobs = () =>
    execFileSync("npx", ["tsx", "--tsconfig", "tsconfig.scripts.json", "scripts/jobs.ts"], {
      env: { ...process.env, DATABASE_URL: process.env.E2E_DATABASE_URL, SMTP_URL: `smtp://127.0.0.1:${smtpPort}` },
      encoding: "utf8",
    });
  expect(runJobs()).toMatch(/jobs: \d+ reminder\(s\) queued/);
  runJobs();
  await expect.poll(() => mailTo(email).filter((raw) => /Subject: Reminder: discovery call/.test(raw)).length).toBe(1);
  runJobs();
  expect(mailTo(email).filter((raw) => /Subject: Reminder: discovery call/.test(raw))).toHaveLength(1);
});
