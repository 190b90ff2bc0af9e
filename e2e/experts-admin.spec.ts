import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DateTime } from "luxon";
import { backendGuide } from "../db/seed-data";
import { formatTime, groupSlotsByDay } from "../domain/slots";
import {
  auditRowsBy,
  bookingById,
  createStaffUser,
  expect,
  expertById,
  expertNamed,
  insertBooking,
  loginAs,
  test,
  timeOffOf,
  workingHoursOn,
} from "./fixtures";
import { dayTimes } from "./support/pages/booking";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** Nine hours ahead of the visitor and no daylight saving, so expected times are plain arithmetic. */
const EXPERT_ZONE = "Asia/Tokyo";
const VISITOR_ZONE = "UTC";
// The test expert works weekends only, from 9 to 17 days ahead: the seeded experts work on
// weekdays up to 21 days ahead, so the test's times never share a slot with theirs, never become
// the first days other booking tests pick from, nor the last day the race test picks.
const NOTICE_DAYS = 9;
const HORIZON_DAYS = 17;

/** The first start at `time` (expert's wall clock) on `weekday`, well inside the bookable window. */
function weekendStart(weekday: 6 | 7, time: string, now = Date.now()) {
  const [hour = 0, minute = 0] = time.split(":").map(Number);
  let day = DateTime.fromMillis(now + NOTICE_DAYS * DAY, { zone: EXPERT_ZONE }).startOf("day");
  for (;;) {
    const start = day.set({ hour, minute }).toMillis();
    if (day.weekday === weekday && start >= now + NOTICE_DAYS * DAY + 60 * MINUTE)
      return { start, date: day.toISODate() ?? "" };
    day = day.plus({ days: 1 });
  }
}

/** The free time a visitor in UTC sees for this expert at `start`, on its day of /book (opened afresh). */
async function freeTime(page: Page, expertName: string, start: number) {
  const day = groupSlotsByDay([{ expertId: 0, start, end: start }], VISITOR_ZONE)[0]?.day ?? "";
  await page.goto(`/book?${new URLSearchParams({ tz: VISITOR_ZONE, day })}`);
  return dayTimes(page).and(
    page.getByRole("link", { name: `${formatTime(start, VISITOR_ZONE)} with ${expertName}`, exact: true }),
  );
}

test("a manager's changes to an expert's hours, time off, notice and status change the free times on /book at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000); // 12 s alone, 35 s beside another worker on this 2-core machine
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  const name = `Priya Test ${Date.now().toString(36)}`;

  await page.goto("/admin/experts");
  const add = page.getByRole("region", { name: "Add an expert" });
  await add.getByLabel("Name").fill(name);
  await add.getByLabel("Email").fill(`priya-${Date.now()}@bedrock.example`);
  await add.getByLabel("Time zone").selectOption(EXPERT_ZONE);
  await add.getByLabel("Bio").fill("Priya runs discovery calls for teams in Asia.");
  await add.getByRole("button", { name: "Add expert" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByTestId("expert-status")).toContainText("Hidden from /book");
  const expert = await expertNamed(name);
  expect(expert).toMatchObject({ timeZone: EXPERT_ZONE, active: false });
  const expertId = expert?.id ?? 0;

  // Hours: Saturday and Sunday, 10:00–11:00 in Tokyo.
  const hours = page.getByRole("region", { name: "Weekly hours" });
  await hours.getByLabel("Saturday", { exact: true }).fill("10:00–11:00");
  await hours.getByLabel("Sunday", { exact: true }).fill("10:00-11:00");
  await hours.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(hours.getByRole("status")).toContainText("Weekly hours saved");

  const rules = page.getByRole("region", { name: "Profile and booking rules" });
  await rules.getByLabel("On the site").selectOption("yes");
  await rules.getByLabel("Buffer between calls (minutes)").fill("0");
  await rules.getByLabel("Minimum notice (minutes)").fill(String(NOTICE_DAYS * 24 * 60));
  await rules.getByLabel("Bookable days ahead").fill(String(HORIZON_DAYS));
  // First in the team's order, so a shared time would be offered with this expert (none of the seeded experts works weekends).
  await rules.getByLabel("Order").fill("0");
  await rules.getByRole("button", { name: "Save expert" }).click();
  await expect(rules.getByRole("status")).toContainText("Saved. /book shows the change now.");

  const saturday = weekendStart(6, "10:00");
  const sunday = weekendStart(7, "10:00");
  const visitor = await browser.newPage();
  await visitor.goto(`/book?tz=${VISITOR_ZONE}`);
  await expect(
    visitor.getByRole("complementary", { name: "Your Talent Experts" }).getByRole("heading", { name }),
  ).toBeVisible();
  // 10:00 in Tokyo is 01:00 UTC.
  expect(formatTime(saturday.start, VISITOR_ZONE)).toBe("1:00 AM");
  await expect(await freeTime(visitor, name, saturday.start)).toHaveCount(1);
  await expect(await freeTime(visitor, name, saturday.start + 30 * MINUTE)).toHaveCount(1);
  await expect(await freeTime(visitor, name, saturday.start + 60 * MINUTE)).toHaveCount(0);
  await expect(await freeTime(visitor, name, sunday.start)).toHaveCount(1);

  // Overlapping ranges are refused next to the day, the input stays, nothing is stored.
  await hours.getByLabel("Saturday", { exact: true }).fill("10:00–11:30, 11:00–12:00");
  await hours.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(hours.getByLabel("Saturday", { exact: true })).toHaveAccessibleDescription(
    "Saturday: 10:00–11:30 and 11:00–12:00 overlap.",
  );
  await expect(hours.getByLabel("Saturday", { exact: true })).toHaveValue("10:00–11:30, 11:00–12:00");
  await expect(hours.getByLabel("Sunday", { exact: true })).toHaveValue("10:00-11:00");
  expect(await workingHoursOn(expertId, 6)).toMatchObject([{ startMinute: 600, endMinute: 660 }]);

  // A longer Saturday adds the 11:00 call.
  await hours.getByLabel("Saturday", { exact: true }).fill("10:00–11:30");
  await hours.getByRole("button", { name: "Save weekly hours" }).click();
  await expect(hours.getByRole("status")).toContainText("Weekly hours saved");
  await expect(hours.getByLabel("Saturday", { exact: true })).not.toHaveAccessibleDescription(/overlap/);
  expect(await workingHoursOn(expertId, 6)).toMatchObject([{ startMinute: 600, endMinute: 690 }]);
  await visitor.reload();
  await expect(await freeTime(visitor, name, saturday.start + 60 * MINUTE)).toHaveCount(1);

  // Time off over the whole Saturday, typed on the expert's clock; an end before the start is refused first.
  const timeOff = page.getByRole("region", { name: "Time off" });
  await timeOff.getByLabel("From").last().fill(`${saturday.date}T00:00`);
  await timeOff.getByLabel("Until").last().fill(`${saturday.date}T00:00`);
  await timeOff.getByLabel("Reason").last().fill("Family wedding");
  await timeOff.getByRole("button", { name: "Add to time off" }).click();
  await expect(timeOff.getByLabel("Until").last()).toHaveAccessibleDescription(/The end must be after the start/);
  await expect(timeOff.getByLabel("Reason").last()).toHaveValue("Family wedding");
  const nextDay = DateTime.fromISO(saturday.date, { zone: EXPERT_ZONE }).plus({ days: 1 }).toISODate();
  await timeOff.getByLabel("Until").last().fill(`${nextDay}T00:00`);
  await timeOff.getByRole("button", { name: "Add to time off" }).click();
  await expect(timeOff.getByRole("status")).toContainText("Time off added");
  const stored = await timeOffOf(expertId);
  expect(stored.map((row) => [row.startsAt.getTime(), row.endsAt.getTime(), row.reason])).toEqual([
    [
      DateTime.fromISO(`${saturday.date}T00:00`, { zone: EXPERT_ZONE }).toMillis(),
      DateTime.fromISO(`${nextDay}T00:00`, { zone: EXPERT_ZONE }).toMillis(),
      "Family wedding",
    ],
  ]);
  await visitor.reload();
  await expect(await freeTime(visitor, name, sunday.start)).toHaveCount(1);
  for (const offset of [0, 30, 60])
    await expect(await freeTime(visitor, name, saturday.start + offset * MINUTE)).toHaveCount(0);

  // A notice that ends a quarter of an hour into Sunday's first call removes that call only.
  const notice = Math.ceil((sunday.start + 15 * MINUTE - Date.now()) / MINUTE);
  await rules.getByLabel("Minimum notice (minutes)").fill(String(notice));
  await rules.getByRole("button", { name: "Save expert" }).click();
  // The answer reads as before, so wait for the stored value.
  await expect.poll(async () => (await expertById(expertId))?.minNoticeMinutes).toBe(notice);
  await expect(rules.getByRole("button", { name: "Save expert" })).toBeEnabled();
  await visitor.reload();
  await expect(await freeTime(visitor, name, sunday.start + 30 * MINUTE)).toHaveCount(1);
  await expect(await freeTime(visitor, name, sunday.start)).toHaveCount(0);

  // Hiding the expert removes their times and card from /book; their past calls stay.
  const { booking } = await insertBooking(new Date(Date.now() - 3 * DAY), { expertSlug: expert?.slug });
  await rules.getByLabel("On the site").selectOption("no");
  await rules.getByRole("button", { name: "Save expert" }).click();
  await expect(rules.getByRole("status")).toContainText(`${name} is hidden from /book`);
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText("Book a 30-minute discovery call");
  await expect(await freeTime(visitor, name, sunday.start + 30 * MINUTE)).toHaveCount(0);
  await expect(
    visitor.getByRole("complementary", { name: "Your Talent Experts" }).getByRole("heading", { name }),
  ).toHaveCount(0);
  await visitor.close();
  await page.goto("/admin/calls?when=past&tz=UTC");
  await expect(page.getByTestId(`call-${booking.reference}`)).toContainText(`with ${name}`);
  expect((await bookingById(booking.id))?.expertId).toBe(expertId);

  const audited = await auditRowsBy(manager.id, "expert.%");
  expect(audited.map((event) => event.action).sort()).toEqual([
    "expert.create",
    "expert.hours",
    "expert.hours",
    "expert.time-off",
    "expert.update",
    "expert.update",
    "expert.update",
  ]);
});

test("guide sections are added, edited, ordered and deleted, and the public guide shows each change at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  const heading = `Hiring checklist ${Date.now().toString(36)}`;
  await page.goto(`/admin/content/guides/${backendGuide.slug}`);
  const sections = page.getByRole("region", { name: "Sections" });
  await expect(sections.getByRole("button", { name: "Add to sections" })).toBeVisible();
  await sections.getByLabel("Heading", { exact: true }).last().fill(heading);
  await sections.getByLabel(/^Text/).last().fill("Agree on the stack first.");
  await sections.getByRole("button", { name: "Add to sections" }).click();
  await expect(sections.getByRole("status")).toContainText("Added");

  const visitor = await browser.newPage();
  await visitor.goto(`/guides/${backendGuide.slug}`);
  // Each edit shows on the very next request, even when another spec's render of the guide began
  // before the edit and was stored after it (server/cache-handler.cjs): one reload, no retries.
  const afterEachEdit = async (check: () => Promise<void>) => {
    await visitor.reload();
    await check();
  };
  await afterEachEdit(() =>
    expect(visitor.getByRole("region", { name: heading })).toContainText("Agree on the stack first.", {
      timeout: 1_000,
    }),
  );
  await expect(
    visitor.getByRole("navigation", { name: "On this page" }).getByRole("link", { name: heading }),
  ).toBeVisible();

  const section = sections.getByRole("listitem", { name: heading });
  await section.getByLabel("Heading", { exact: true }).fill(`${heading} v2`);
  await section.getByLabel(/^Text/).fill("Agree on the stack and the time zones first.");
  await section.getByLabel(/^Order/).fill("2");
  await section.getByRole("button", { name: `Save ${heading}` }).click();
  await expect(section.getByRole("status")).toContainText("Saved");
  await afterEachEdit(() =>
    expect(visitor.getByRole("region", { name: `${heading} v2` })).toContainText(
      "Agree on the stack and the time zones first.",
      { timeout: 1_000 },
    ),
  );
  // Order 2 ties with the third seeded section; the older one stays first.
  const headings = await visitor.locator("article section h2").allTextContents();
  expect(headings.indexOf(`${heading} v2`)).toBe(headings.indexOf(backendGuide.sections[2]?.heading ?? "") + 1);

  await page.reload();
  await expect(sections.getByRole("listitem", { name: `${heading} v2` })).toBeVisible();
  await sections.locator("summary", { hasText: "Delete Frontend vs backend development…" }).click();
  await sections.getByRole("button", { name: `Delete Frontend vs backend development` }).click();
  await expect(
    sections.getByRole("listitem", { name: "Frontend vs backend development" }).getByRole("alert"),
  ).toContainText("holds the frontend-vs-backend table");
  await sections.locator("summary", { hasText: `Delete ${heading} v2…` }).click();
  await sections.getByRole("button", { name: `Delete ${heading} v2` }).click();
  await expect(sections.getByRole("status")).toHaveText(`Deleted ${heading} v2. The public page no longer shows it.`);
  await expect(sections.getByRole("listitem", { name: `${heading} v2` })).toHaveCount(0);
  await afterEachEdit(async () => {
    await expect(visitor.getByRole("heading", { name: backendGuide.title, level: 1 })).toBeVisible();
    await expect(visitor.getByRole("region", { name: `${heading} v2` })).toHaveCount(0, { timeout: 1_000 });
  });
  await expect(visitor.getByRole("table", { name: /frontend and backend/i })).toBeVisible();
  await visitor.close();
});

test("the calls CSV downloads in the manager's time zone, names the zone and neutralises formulas", async ({
  page,
}) => {
  const start = new Date(Date.now() + 30 * DAY);
  start.setUTCHours(15, 0, 0, 0); // midnight in Tokyo
  const company = `=HYPERLINK("http://evil.example") ${Date.now().toString(36)}`;
  const { booking, expert } = await insertBooking(start, { company });

  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/calls?when=upcoming&tz=Asia/Tokyo");
  await expect(page.getByTestId(`call-${booking.reference}`)).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export these calls as CSV" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^calls-upcoming-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(await download.path(), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/);
  expect(lines[0]).toBe("Reference,Starts (Asia/Tokyo),Ends (Asia/Tokyo),Status,Expert,Company,Name,Email,Hiring for");
  const tokyoDay = DateTime.fromJSDate(start, { zone: "Asia/Tokyo" }).toISODate();
  const row = lines.find((line) => line.startsWith(`${booking.reference},`));
  expect(row).toContain(
    `${booking.reference},${tokyoDay} 00:00,${tokyoDay} 00:30,confirmed,${expert.name},"'=HYPERLINK(""http://evil.example"")`,
  );
  expect((await auditRowsBy(manager.id, "export"))[0]).toMatchObject({ subject: "calls" });
});
