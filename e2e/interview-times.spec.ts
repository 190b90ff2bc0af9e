/**
 * #15 interviews, the other way round: the candidate shared no hours, so the company suggests times
 * and the candidate accepts one in their account.
 */

import { saveOwnHours } from "../db/queries/interviews";
import { formatTime } from "../domain/slots";
import {
  answerProposalAs,
  createCandidateUser,
  createStaffUser,
  expect,
  insertRequest,
  interviewAs,
  loginAs,
  mailsTo,
  mailWithSubject,
  proposeAs,
  submitProfile,
  test,
} from "./fixtures";

const DAY = 24 * 60 * 60 * 1000;
/** A datetime-local value for a day `days` from now at 15:00 (in whatever zone the form reads it). */
const localInput = (days: number) => `${new Date(Date.now() + days * DAY).toISOString().slice(0, 10)}T15:00`;

test("the company suggests times to a candidate without hours, who accepts one, and later moves it the same way", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = { ...(await createStaffUser()), role: "manager" as const };
  const candidate = await createCandidateUser("suggest", { name: `Tim Suggest${Date.now().toString(36)}` });
  await submitProfile(candidate.id, { headline: "Rust engineer", seniority: "Senior", timeZone: "Europe/London" });
  const request = await insertRequest(`Suggestco ${Date.now()}`);
  await proposeAs(manager, request.id, candidate.id);
  await answerProposalAs(candidate.id, request.id, "interested");
  const token = await interviewAs(manager, request.id, candidate.id);

  await page.goto(`/shortlist/${token}`);
  await page.getByRole("link", { name: `Book an interview with ${candidate.name}` }).click();
  await expect(page.getByText(`${candidate.name} has not shared interview hours yet.`)).toBeVisible();
  await page.getByLabel("Show times in").selectOption("Europe/London");
  await page.getByRole("button", { name: "Show times" }).click();
  const suggest = page.getByRole("region", { name: "Suggest times" });
  await suggest.getByLabel("Time 1").fill(localInput(-1));
  await suggest.getByLabel("Time 2").fill(localInput(3));
  await suggest.getByLabel("Meeting link").fill("https://meet.example/suggestco");
  await suggest.getByRole("button", { name: "Send these times to the candidate" }).click();
  await expect(suggest.getByLabel("Time 1")).toHaveAccessibleDescription(/at least a day ahead/);
  await expect(suggest.getByLabel("Time 2")).toHaveValue(localInput(3));
  await suggest.getByLabel("Time 1").fill(localInput(2));
  await suggest.getByRole("button", { name: "Send these times to the candidate" }).click();
  await expect(page.getByRole("status")).toContainText("Your times are sent");

  const offer = await mailWithSubject(candidate.email, /suggests interview times/);
  expect(offer.subject).toBe(`${request.company} suggests interview times`);
  const own = await (await browser.newContext()).newPage();
  await loginAs(own, candidate.email, candidate.password);
  await own.goto("/account#interviews");
  const card = own.getByRole("article", { name: `Times suggested by ${request.company}` });
  const buttons = card.getByRole("button", { name: /^Accept / });
  await expect(buttons).toHaveCount(2);
  // The role they were put forward for says what is going on, under Interviews and here (#27 W7).
  const forwarded = own.getByRole("region", { name: "Roles we put you forward for" }).getByTestId("proposal-answer");
  await expect(forwarded).toHaveText(
    "The company would like to interview you and suggested times: accept one under Interviews.",
  );
  await expect(card).not.toContainText("Your interview is booked");
  // Europe/London in either season: 15:00 London is shown as 3:00 PM to a London candidate.
  await expect(buttons.first()).toContainText("3:00 PM");
  await buttons.first().click();
  await expect(own.getByRole("status")).toContainText("Accepted");
  await expect(own.getByRole("article", { name: `Interview with ${request.company}` })).toContainText(
    "https://meet.example/suggestco",
  );
  const booked = await mailWithSubject(request.email, /^Interview booked/);
  expect(booked.attachments.some((file) => file.contentType === "text/calendar")).toBe(true);
  const interview = own.getByRole("article", { name: `Interview with ${request.company}` });
  const timeOf = async () => (await interview.getByTestId("interview-time").innerText()).replace(/ \(your time\)$/, "");
  const first = await timeOf();
  await expect(forwarded).toHaveText(`Interview booked for ${first} (your time).`);

  await page.goto(`/shortlist/${token}`);
  await expect(page.getByRole("article", { name: candidate.name })).toContainText("Interview: ");

  // The company suggests another time: next to its button the candidate reads that accepting moves the interview.
  await page.getByRole("article", { name: candidate.name }).getByRole("link", { name: "Move or cancel it" }).click();
  await page.getByLabel("Show times in").selectOption("Europe/London");
  await page.getByRole("button", { name: "Show times" }).click();
  const again = page.getByRole("region", { name: "Suggest times" });
  await again.getByLabel("Time 1").fill(localInput(4));
  await again.getByLabel("Meeting link").fill("https://meet.example/suggestco");
  await again.getByRole("button", { name: "Send these times to the candidate" }).click();
  await expect(page.getByRole("status")).toContainText("Your times are sent");
  await own.goto("/account#interviews");
  await expect(card).toContainText(
    `Your interview is booked for ${first} (your time). Accepting one of these times moves it there.`,
  );
  await expect(forwarded).toHaveText(`Interview booked for ${first} (your time).`);
  await card.getByRole("button", { name: /^Accept / }).click();
  await expect(own.getByRole("status")).toContainText("Accepted");
  // Moved, not doubled: one interview, at the new time, which the role names too.
  await expect(interview).toHaveCount(1);
  await expect(interview.getByTestId("interview-time")).not.toContainText(first);
  await expect(forwarded).toHaveText(`Interview booked for ${await timeOf()} (your time).`);
  await own.context().close();
});

test("one shortlist link changes an interview at most three times a day, as a call's link does (#27 N1)", async ({
  page,
}) => {
  test.setTimeout(90_000);
  const manager = { ...(await createStaffUser()), role: "manager" as const };
  const candidate = await createCandidateUser("flood", { name: `Tia Flood${Date.now().toString(36)}` });
  await submitProfile(candidate.id, { headline: "Go engineer", seniority: "Senior", timeZone: "Europe/London" });
  const request = await insertRequest(`Floodco ${Date.now()}`);
  await proposeAs(manager, request.id, candidate.id);
  await answerProposalAs(candidate.id, request.id, "interested");
  const token = await interviewAs(manager, request.id, candidate.id);
  // Each client its own address, so the per-address ceiling of other specs never decides here.
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `100.65.${test.info().workerIndex}.${Date.now() % 250}` });

  const suggestAt = async (days: number) => {
    await page.goto(`/shortlist/${token}`);
    await page.getByRole("link", { name: `Book an interview with ${candidate.name}` }).click();
    const suggest = page.getByRole("region", { name: "Suggest times" });
    await suggest.getByLabel("Time 1").fill(localInput(days));
    await suggest.getByLabel("Meeting link").fill("https://meet.example/floodco");
    await suggest.getByRole("button", { name: "Send these times to the candidate" }).click();
  };
  const suggestionEmails = async () =>
    (await mailsTo(candidate.email)).filter((mail) => /suggests interview times/.test(mail.subject ?? "")).length;
  for (const days of [2, 3, 4]) {
    await suggestAt(days);
    await expect(page.getByRole("status")).toContainText("Your times are sent");
  }
  await expect.poll(suggestionEmails).toBe(3);

  await suggestAt(5);
  await expect(
    page.getByRole("alert").filter({ hasText: /changed several times recently, and each change emails the candidate/ }),
  ).toBeVisible();
  await expect(page.getByRole("region", { name: "Suggest times" }).getByLabel("Time 1")).toHaveValue(localInput(5));
  expect(await suggestionEmails()).toBe(3);
});

test("a company in Asia/Kolkata reads its shortlist and books the interview in its own zone, as its browser says (#27 walkthrough 1, 3)", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const manager = { ...(await createStaffUser()), role: "manager" as const };
  const candidate = await createCandidateUser("kolkata", { name: `Uma Zone${Date.now().toString(36)}` });
  await submitProfile(candidate.id, { headline: "Go engineer", seniority: "Senior", timeZone: "Europe/Warsaw" });
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 }));
  await saveOwnHours({ ...candidate, role: "candidate" }, "Europe/Warsaw", weekdays);
  // A request from the contact form: no call, so no zone of the company's is known before its browser says one.
  const request = await insertRequest(`Zoneco ${Date.now()}`);
  await proposeAs(manager, request.id, candidate.id);
  await answerProposalAs(candidate.id, request.id, "interested");
  const token = await interviewAs(manager, request.id, candidate.id);

  const context = await browser.newContext({ timezoneId: "Asia/Kolkata" });
  const company = await context.newPage();
  await company.goto(`/shortlist/${token}`);
  const card = company.getByRole("article", { name: candidate.name });
  // Chromium reports "Asia/Calcutta": the page names the zone by its current name.
  await expect(card).toContainText("in common with a 9:00–17:00 day in Asia/Kolkata");
  await card.getByRole("link", { name: `Book an interview with ${candidate.name}` }).click();
  await expect(company.getByLabel("Show times in")).toHaveValue("Asia/Kolkata");
  // Each time is on India's clock (UTC+5:30): the label of the first one is its start there.
  const first = company.getByRole("form", { name: "Choose a time" }).getByRole("radio").first();
  const start = Number(await first.getAttribute("value"));
  await expect(first.locator("xpath=..")).toContainText(formatTime(start, "Asia/Kolkata"));
  expect(formatTime(start, "Asia/Kolkata")).not.toBe(formatTime(start, "UTC"));
  await context.close();
});
