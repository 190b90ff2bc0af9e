import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { and, eq } from "drizzle-orm";
import { bookings, contactRequests } from "../db/schema";
import { formatDateTime } from "../lib/slots";
import { decodeQuotedPrintable, db, expect, fillRateLimit, insertBooking, mailTo, test } from "./fixtures";

const VISITOR_ZONE = "America/Los_Angeles";
const unfold = (ics: string) => ics.replace(/\r?\n[\t ]/g, "");
const icsTime = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Opens the n-th day of free times (each test books on its own day so parallel tests never collide) and picks a slot. */
async function pickSlot(page: Page, dayIndex: number, which: "first" | "last" = "first") {
  const day = page.getByRole("region", { name: "Free times" }).locator("details").nth(dayIndex);
  if ((await day.getAttribute("open")) === null) await day.locator("summary").click();
  const links = day.getByRole("link");
  const link = which === "first" ? links.first() : links.last();
  const href = (await link.getAttribute("href")) ?? "";
  const params = new URL(href, "http://x").searchParams;
  await link.click();
  return { expertId: Number(params.get("expert")), start: Number(params.get("start")) };
}

async function fillBooking(page: Page, email: string) {
  await page.getByLabel("Name").fill("Linus Backend");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill("Kernel Labs");
  await page.getByLabel("What are you hiring for?").fill("Two senior Go engineers for our storage API.");
}

test.describe("discovery call booking", () => {
  test.use({ timezoneId: VISITOR_ZONE });

  test("a visitor books in their own time zone and gets a correct confirmation and calendar file", async ({ page, clientIp }) => {
    const email = `linus+${clientIp}@kernel.example`;
    await page.goto("/hire/backend");
    await page.getByRole("link", { name: "Book a discovery call" }).first().click();
    // The browser's zone is detected after hydration, which can take a moment on a busy machine.
    await expect(page.getByText("Times are shown in America/Los Angeles")).toBeVisible({ timeout: 20_000 });
    const slot = await pickSlot(page, 0);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm your discovery call");
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
    await fillBooking(page, email);
    await page.getByRole("button", { name: "Confirm booking" }).click();

    await expect(page.getByRole("status")).toContainText("Your call is booked");
    const stored = db.select().from(bookings).where(eq(bookings.email, email)).get();
    expect(stored).toMatchObject({ status: "confirmed", expertId: slot.expertId, visitorTimeZone: VISITOR_ZONE, company: "Kernel Labs" });
    expect(stored?.startsAt.getTime()).toBe(slot.start);
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
    const expertZone = slot.expertId === 1 ? "Europe/Warsaw" : "America/New_York";
    await expect(page.getByTestId("expert-time")).toHaveText(formatDateTime(slot.start, expertZone));
    // The stored token is a hash: the link in the page is the only copy of the secret.
    expect(page.url()).not.toContain(stored?.manageTokenHash ?? "-");

    const google = await page.getByRole("link", { name: /Add to Google Calendar/ }).getAttribute("href");
    expect(new URL(google ?? "").searchParams.get("dates")).toBe(`${icsTime(slot.start)}/${icsTime(slot.start + 30 * 60_000)}`);

    const ics = await page.request.get((await page.getByRole("link", { name: /Apple Calendar/ }).getAttribute("href")) ?? "");
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(ics.headers()["content-disposition"]).toContain("attachment");
    const body = unfold(await ics.text());
    expect(body).toContain(`DTSTART:${icsTime(slot.start)}`);
    expect(body).toContain(`DTEND:${icsTime(slot.start + 30 * 60_000)}`);
    expect(body).toMatch(/ORGANIZER;CN="?Bedrock Talent"?:MAILTO:/i);
    expect(body).toMatch(/ATTENDEE;.*CN="?(Anna Kowalczyk|Daniel Reyes)"?:mailto:/i);
    expect(body).toMatch(new RegExp(`ATTENDEE;.*mailto:${email.replace(/[+.]/g, "\\$&")}`, "i"));
  });

  test("the confirmation email arrives over SMTP with the invitation and a working manage link", async ({ page, clientIp }) => {
    const email = `mail+${clientIp}@kernel.example`;
    await page.goto(`/book?tz=${encodeURIComponent(VISITOR_ZONE)}`);
    const slot = await pickSlot(page, 1);
    await fillBooking(page, email);
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");

    await expect.poll(() => mailTo(email).length, { timeout: 15_000 }).toBe(1);
    const raw = mailTo(email)[0] ?? "";
    expect(raw).toMatch(/Subject: Your discovery call with .* is booked/);
    const calendarPart = raw.split(/--[^\r\n]+\r?\n/).find((part) => /Content-Type: text\/calendar/i.test(part)) ?? "";
    expect(calendarPart).toMatch(/filename="?discovery-call.ics"?/);
    const encoded = calendarPart.split(/\r?\n\r?\n/).slice(1).join("").trim();
    const ics = unfold(/base64/i.test(calendarPart) ? Buffer.from(encoded.replace(/\s/g, ""), "base64").toString("utf8") : decodeQuotedPrintable(encoded));
    expect(ics).toContain(`DTSTART:${icsTime(slot.start)}`);

    const manageLink = decodeQuotedPrintable(raw).match(/https?:\/\/[^\s]+\/book\/manage\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(manageLink).toBeTruthy();
    await page.goto(manageLink ?? "");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your discovery call");
    await expect(page.getByTestId("visitor-time")).toHaveText(formatDateTime(slot.start, VISITOR_ZONE));
  });

  test("a booking from an email that sent a contact request is linked to it", async ({ page, clientIp }) => {
    const email = `linked+${clientIp}@kernel.example`;
    const request = db
      .insert(contactRequests)
      .values({
        reference: `BT-L${clientIp.replace(/\D/g, "").slice(-5)}`,
        name: "Linus Backend",
        email,
        emailNormalized: email,
        company: "Kernel Labs",
        role: "Backend developer",
        seniority: "Senior",
        developers: 2,
        desiredStart: "asap",
        message: "We need help with our storage API.",
        sourcePage: "/contact",
        consentAt: new Date(),
      })
      .returning()
      .get();
    await page.goto(`/book?tz=${encodeURIComponent(VISITOR_ZONE)}`);
    await pickSlot(page, 3);
    await fillBooking(page, email.toUpperCase());
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is booked");
    expect(db.select().from(bookings).where(eq(bookings.emailNormalized, email)).get()?.contactRequestId).toBe(request.id);
  });

  test("bad input is explained next to each field and kept", async ({ page, clientIp }) => {
    await page.goto(`/book?tz=${encodeURIComponent(VISITOR_ZONE)}`);
    const slot = await pickSlot(page, 4);
    await page.getByLabel("Name").fill("Linus");
    await page.getByLabel("Work email").fill("linus-at-kernel");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByLabel("Work email")).toHaveAccessibleDescription(/valid email/);
    await expect(page.getByLabel("Company")).toHaveAccessibleDescription(/company name/);
    await expect(page.getByLabel("What are you hiring for?")).toHaveAccessibleDescription(/hiring for/);
    await expect(page.getByLabel("Name")).toHaveValue("Linus");
    expect(db.select().from(bookings).where(and(eq(bookings.expertId, slot.expertId), eq(bookings.startsAt, new Date(slot.start)))).all()).toHaveLength(0);
    expect(clientIp).toBeTruthy();
  });

  test("an address that booked four calls this hour is asked to wait, its input kept and nothing stored", async ({ page, clientIp }) => {
    fillRateLimit(`booking-ip-hour:${clientIp}`, 4);
    await page.goto(`/book?tz=${encodeURIComponent(VISITOR_ZONE)}`);
    const slot = await pickSlot(page, 5);
    await page.getByLabel("Name").fill("Grace Hopper");
    await page.getByLabel("Work email").fill("grace@navy.example");
    await page.getByLabel("Company").fill("Navy Labs");
    await page.getByLabel("What are you hiring for?").fill("A compiler team");
    await page.getByRole("button", { name: "Confirm booking" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "several bookings from your network" })).toBeVisible();
    await expect(page.getByLabel("Company")).toHaveValue("Navy Labs");
    expect(db.select().from(bookings).where(and(eq(bookings.expertId, slot.expertId), eq(bookings.startsAt, new Date(slot.start)))).all()).toHaveLength(0);
  });

  test("a visitor reschedules and then cancels through the private manage link", async ({ page }) => {
    const { booking, token } = insertBooking(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000), { expertSlug: "daniel-reyes" });
    await page.goto(`/book/manage/${token}`);
    await expect(page.getByText(booking.reference)).toBeVisible();

    const reschedule = page.getByRole("region", { name: "Reschedule" });
    const day = reschedule.locator("details").nth(2);
    await day.locator("summary").click();
    const target = day.getByRole("link").first();
    const start = Number(new URL((await target.getAttribute("href")) ?? "", "http://x").searchParams.get("start"));
    await target.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Move your discovery call");
    await page.getByRole("button", { name: "Move my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call has moved");
    expect(db.select().from(bookings).where(eq(bookings.id, booking.id)).get()?.startsAt.getTime()).toBe(start);
    await expect.poll(() => mailTo(booking.email).some((raw) => /Subject: Your discovery call moved/.test(raw))).toBe(true);

    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(page.getByRole("status")).toContainText("Your call is cancelled");
    expect(db.select().from(bookings).where(eq(bookings.id, booking.id)).get()?.status).toBe("cancelled");
    await expect(page.getByRole("link", { name: "Cancel this call" })).toHaveCount(0);
  });

  test("changes inside the 2-hour cut-off are refused with a clear message", async ({ page }) => {
    const { token } = insertBooking(new Date(Date.now() + 60 * 60 * 1000));
    await page.goto(`/book/manage/${token}`);
    await expect(page.getByText("can no longer be changed online less than 2 hours before")).toBeVisible();
    await expect(page.getByRole("link", { name: "Cancel this call" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "Reschedule" })).toHaveCount(0);
  });

  test("a manage link that does not exist is a 404", async ({ page }) => {
    expect((await page.goto(`/book/manage/${"x".repeat(43)}`))?.status()).toBe(404);
    expect((await page.goto("/book/manage/short"))?.status()).toBe(404);
  });
});

test("npm run jobs sends each 24-hour reminder once, however often it runs", async () => {
  const email = `reminder-${Date.now()}@company.example`;
  insertBooking(new Date(Date.now() + 3 * 60 * 60 * 1000), { email, expertSlug: "daniel-reyes" });
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
