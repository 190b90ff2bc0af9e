import type { APIRequestContext, Page } from "@playwright/test";
import {
  auditRowsBy,
  createCandidateUser,
  createExpert,
  createStaffUser,
  expect,
  insertBooking,
  insertInterview,
  loginAs,
  test,
} from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

const DAY = 24 * 60 * 60 * 1000;

const feedSection = (page: Page) => page.getByRole("region", { name: "Calendar feed" });

/** Presses `button` in the feed section and returns the webcal:// link it shows this once. */
async function newFeedLink(page: Page, button: "Create a private feed link" | "Make a new link", previous = "") {
  const section = feedSection(page);
  await section.getByRole("button", { name: button }).click();
  const link = section.getByLabel("Your private feed link");
  await expect(link).toBeFocused();
  await expect(link).toHaveValue(/^webcal:\/\/.+\/api\/calendar\/[\w-]{43}\.ics$/);
  await expect(link).not.toHaveValue(previous);
  return link.inputValue();
}

/** What a calendar app subscribed to `webcal` gets: the same address over http (the test server's). */
const fetchFeed = (request: APIRequestContext, webcal: string) =>
  request.get(webcal.startsWith("/") ? webcal : webcal.replace(/^webcal:/, "http:"));

/** The feed's text with its folded lines joined again (RFC 5545 folds at 75 octets). */
async function feedText(request: APIRequestContext, webcal: string) {
  const response = await fetchFeed(request, webcal);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(response.headers()["cache-control"]).toBe("private, max-age=300");
  expect(response.headers()["x-robots-tag"]).toBe("noindex");
  return (await response.text()).replace(/\r\n[\t ]/g, "");
}

async function expectGone(request: APIRequestContext, webcal: string) {
  const response = await fetchFeed(request, webcal);
  expect(response.status()).toBe(404);
  expect(await response.text()).toBe("Not found");
}

test("a candidate subscribes to their interviews, makes a new link and turns the feed off", async ({ page }) => {
  const candidate = await createCandidateUser("feed");
  const { interview, company } = await insertInterview(candidate.id, new Date(Date.now() + 5 * DAY));
  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/account/availability");
  await expect(feedSection(page).getByText("Keep the link private")).toBeVisible();

  const first = await newFeedLink(page, "Create a private feed link");
  await expectNoAxeViolations(page);
  const feed = await feedText(page.request, first);
  expect(feed).toContain("X-WR-CALNAME:Interviews (Bedrock Talent)");
  expect(feed).toContain(`UID:${interview.reference}@bedrock-talent`);
  expect(feed).toContain(`SUMMARY:Interview: ${candidate.name} × ${company}`);
  expect(feed).toContain(`LOCATION:${interview.meetingLink}`);
  expect(feed).toContain("STATUS:CONFIRMED");

  // Shown once: after a reload the page only says a link exists, and that a calendar used it.
  await page.reload();
  await expect(feedSection(page).getByLabel("Your private feed link")).toHaveCount(0);
  await expect(feedSection(page).getByText(/A feed link exists: made .+, last used /)).toBeVisible();
  // "Download my data" says when it was made and used, never the link.
  const exported = await (await page.request.get("/api/account/export")).text();
  expect(JSON.parse(exported).calendarFeed).toEqual({ createdAt: expect.any(String), lastUsedAt: expect.any(String) });
  expect(exported).not.toContain(first.slice(-47, -4)); // the token

  const second = await newFeedLink(page, "Make a new link", first);
  await expectGone(page.request, first);
  expect(await feedText(page.request, second)).toContain(`UID:${interview.reference}@bedrock-talent`);

  await feedSection(page).getByRole("button", { name: "Turn the feed off" }).click();
  await expect(feedSection(page).getByRole("status")).toHaveText("The feed is off: its link no longer works.");
  await expect(feedSection(page).getByRole("button", { name: "Create a private feed link" })).toBeVisible();
  await expectGone(page.request, second);
  await expectNoAxeViolations(page);

  // Made-up or broken addresses get the same 404, never an error.
  await expectGone(page.request, `/api/calendar/${"A".repeat(43)}.ics`);
  for (const path of [
    "/api/calendar/short.ics",
    `/api/calendar/${"a".repeat(43)}`,
    `/api/calendar/${"a".repeat(5000)}.ics`,
  ])
    await expectGone(page.request, path);
  // Addresses no browser sends are refused before any route (server/preload.cjs): a 400, never an error.
  for (const path of ["/api/calendar/%00.ics", "/api/calendar/%E0%A4%A.ics"])
    expect((await page.request.get(path)).status(), path).toBe(400);
});

test("staff give an expert a feed of their calls, with the call's room and no manage link", async ({ page }) => {
  const staff = await createStaffUser("manager");
  const expert = await createExpert();
  const { booking, token } = await insertBooking(new Date(Date.now() + 3 * DAY), { expertSlug: expert.slug });
  await loginAs(page, staff.email, staff.password);
  await page.goto(`/admin/experts/${expert.slug}`);

  const first = await newFeedLink(page, "Create a private feed link");
  await expectNoAxeViolations(page);
  const feed = await feedText(page.request, first);
  expect(feed).toContain(`X-WR-CALNAME:Discovery calls: ${expert.name}`);
  expect(feed).toContain(`UID:${booking.reference}@bedrock-talent`);
  expect(feed).toContain(`LOCATION:${booking.meetingRoom}`);
  expect(feed).not.toContain("/book/manage/");
  expect(feed).not.toContain(token);
  expect(feed).not.toContain(booking.email);

  const second = await newFeedLink(page, "Make a new link", first);
  await expectGone(page.request, first);
  expect(await feedText(page.request, second)).toContain(`UID:${booking.reference}@bedrock-talent`);
  expect((await auditRowsBy(staff.id, "expert.calendar-feed")).map((row) => row.details)).toEqual([
    "new feed link",
    "new feed link; the old one revoked",
  ]);
});
