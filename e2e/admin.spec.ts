import type { Page } from "@playwright/test";
import {
  bookingById,
  createCandidateUser,
  createStaffUser,
  expect,
  insertBooking,
  insertFailedJob,
  insertOutboxEmail,
  insertRequest,
  loginAs,
  mailTo,
  moveToStage,
  outboxEmail,
  pdfFile,
  proposeAs,
  requestById,
  setAccountInactive,
  submitProfile,
  test,
} from "./fixtures";
import { accountFields, signIn } from "./support/pages/sign-in";

test.describe("talent manager dashboard", () => {
  test("a manager signs in, finds a request, changes its status and adds a note", async ({ page }) => {
    const manager = await createStaffUser();
    const company = `Ledgerly ${Date.now()}`;
    const request = await insertRequest(company);

    await page.goto("/login");
    await signIn(page, manager.email, manager.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");

    await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Requests" }).click();
    await page.getByLabel("Search name, company or email").fill(company);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=Ledgerly/);
    await page.getByRole("link", { name: request.reference }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
    await expect(page.getByTestId("request-status")).toHaveText("Status: New");

    await page.getByLabel("Status", { exact: true }).selectOption("lost");
    await page.getByRole("button", { name: "Update status" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Say why the request was lost" })).toBeVisible();
    expect((await requestById(request.id))?.status).toBe("new");

    await page.getByLabel("Status", { exact: true }).selectOption("contacted");
    await page.getByRole("button", { name: "Update status" }).click();
    await expect(page.getByTestId("request-status")).toHaveText("Status: Contacted");
    await page.getByLabel("Note", { exact: true }).fill("Called Jordan; they want profiles by Friday.");
    await page.getByRole("button", { name: "Add note" }).click();
    const timeline = page.getByRole("region", { name: "Notes and activity" });
    await expect(timeline).toContainText("they want profiles by Friday");
    await expect(timeline).toContainText(`Change by ${manager.name}`);
    expect((await requestById(request.id))?.status).toBe("contacted");
  });

  test("a manager takes a candidate from submitted to vetted and the candidate sees it", async ({ page, browser }) => {
    const name = `Vetting Candidate ${Date.now().toString(36)}`;
    const candidate = await createCandidateUser("vetting", { name });
    await submitProfile(candidate.id, { headline: "Go engineer", skills: ["Go"] });

    const manager = await createStaffUser();
    await loginAs(page, manager.email, manager.password);
    await page.goto(`/admin/candidates?q=${encodeURIComponent(`${name}`)}`);
    await page.getByRole("link", { name: `${name}` }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/candidates/${candidate.id}$`));
    await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: Submitted");
    for (const [stage, label] of [
      ["screening", "Screening"],
      ["technical_interview", "Technical interview"],
      ["vetted", "Vetted"],
    ] as const) {
      await page.getByLabel("Stage", { exact: true }).selectOption(stage);
      await expect(page.getByLabel("Stage", { exact: true })).toHaveValue(stage);
      await page.getByRole("button", { name: "Update stage" }).click();
      await expect(page.getByTestId("candidate-stage")).toHaveText(`Stage: ${label}`);
    }
    await expect(page.getByRole("region", { name: "Stage history" })).toContainText(`by ${manager.name}`);

    const own = await browser.newPage();
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account");
    await expect(own.getByTestId("current-stage")).toHaveText("Vetted");
    await expect(own.getByRole("region", { name: "History" })).toContainText("Technical interview");
    await own.close();
  });

  test("staff can download a candidate's CV", async ({ page, browser }) => {
    const candidate = await createCandidateUser("cv-owner");
    const own = await browser.newPage();
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account/profile");
    await own.getByLabel("CV", { exact: true }).setInputFiles(pdfFile("Owner CV.pdf"));
    await own.getByRole("button", { name: "Save draft" }).click();
    await expect(own.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    await own.close();

    const manager = await createStaffUser();
    await loginAs(page, manager.email, manager.password);
    const response = await page.request.get(`/api/cv/${candidate.id}`);
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("staff pages admit staff only: anonymous → login, candidate → 404, deactivated → signed out", async ({
    page,
    browser,
  }) => {
    const anonymous = await browser.newPage();
    for (const path of ["/admin", "/admin/requests", "/admin/candidates"]) {
      await anonymous.goto(path);
      await expect(anonymous).toHaveURL(/\/login\?callbackUrl=/);
    }
    await anonymous.close();

    const candidate = await createCandidateUser("not-staff");
    await loginAs(page, candidate.email, candidate.password);
    for (const path of [
      "/admin",
      "/admin/requests",
      "/admin/candidates",
      `/admin/candidates/${candidate.id}`,
      "/admin/requests/1",
    ]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }

    const manager = await createStaffUser();
    const staffPage = await browser.newPage();
    await loginAs(staffPage, manager.email, manager.password);
    await staffPage.goto("/admin");
    await expect(staffPage.getByRole("heading", { level: 1 })).toHaveText("Overview");
    await setAccountInactive(manager.id);
    await staffPage.goto("/admin/requests");
    await expect(staffPage).toHaveURL(/\/login/);
    await staffPage.close();
  });
});

test.describe("calls and exports", () => {
  test("a manager sees upcoming calls in their time zone, opens the request and cancels a call (the visitor is emailed)", async ({
    page,
  }) => {
    const company = `Callco ${Date.now()}`;
    const request = await insertRequest(company);
    const start = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
    start.setUTCHours(15, 0, 0, 0);
    const { booking, expert } = await insertBooking(start, { email: request.email, company, requestId: request.id });

    const manager = await createStaffUser();
    await loginAs(page, manager.email, manager.password);
    await page.goto("/admin/calls?tz=Asia/Tokyo");
    const card = page.getByTestId(`call-${booking.reference}`);
    // 15:00 UTC is midnight in Tokyo: the call is listed at 12:00 AM on the next day.
    await expect(card).toContainText(`12:00 AM · ${company} with ${expert.name}`);
    // Filtered by expert: the test expert's call stays, and none of Anna's calls are listed.
    await page.getByLabel("Talent Expert").selectOption({ label: expert.name });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`expert=${expert.slug}`));
    await expect(card).toBeVisible();
    await expect(page.getByText(/ with Anna Kowalczyk$/)).toHaveCount(0);
    await card.getByRole("link", { name: `Cancel call… (${booking.reference})` }).click();
    await page.getByRole("button", { name: "Cancel the call" }).click();
    await expect(page.getByRole("status")).toContainText(`Call ${booking.reference} cancelled`);
    await expect(page.getByTestId(`call-${booking.reference}`)).toContainText("Status: Cancelled");
    expect((await bookingById(booking.id))?.status).toBe("cancelled");
    await expect
      .poll(() => mailTo(request.email).some((raw) => /Subject: Your discovery call is cancelled/.test(raw)))
      .toBe(true);

    await page.getByTestId(`call-${booking.reference}`).getByRole("link", { name: "Open the request" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(company);
    await expect(page.getByRole("region", { name: "Discovery calls" })).toContainText("Cancelled");
  });

  test("CSV export follows the filter and neutralises formulas", async ({ page }) => {
    const company = `=HYPERLINK("http://evil.example") ${Date.now()}`;
    await insertRequest(company);
    const manager = await createStaffUser();
    await loginAs(page, manager.email, manager.password);
    await page.goto(`/admin/requests?q=${encodeURIComponent(company)}`);
    const href = (await page.getByRole("link", { name: "Export these requests as CSV" }).getAttribute("href")) ?? "";
    const response = await page.request.get(href);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"")`);

    const candidate = await createCandidateUser("export");
    await loginAs(page, candidate.email, candidate.password);
    expect((await page.request.get("/admin/requests/export")).status()).toBe(404);
  });
});

test("matching ranks a fitting candidate with reasons and the manager proposes them", async ({ page }) => {
  const tag = `Zig${Date.now().toString(36)}`;
  const manager = await createStaffUser();
  const candidate = await createCandidateUser("match", { name: `Match Candidate ${tag}` });
  await submitProfile(candidate.id, {
    seniority: "Senior",
    skills: [tag, "Go"],
    availability: "full-time",
    expectedSalary: 90000,
    salaryCurrency: "USD",
  });
  await moveToStage(manager, candidate.id, "vetted");
  const request = await insertRequest(`Matchco ${Date.now()}`, {
    message: `We build our storage engine in ${tag}.`,
    budget: "$100k a year",
  });

  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/requests/${request.id}`);
  const match = page
    .getByRole("region", { name: "Matching candidates" })
    .getByRole("listitem", { name: `Match Candidate ${tag}` });
  await expect(match).toContainText("Seniority matches (Senior)");
  await expect(match).toContainText(`Skills mentioned in the request: ${tag}`);
  await expect(match).toContainText("Expected salary within budget ($90,000)");
  await match.getByRole("button", { name: `Propose Match Candidate ${tag}` }).click();
  await expect(page.getByTestId("proposed")).toContainText(`Match Candidate ${tag}`);
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText(
    `Proposed Match Candidate ${tag}`,
  );
});

test("an admin adds a talent manager, deactivates them, and finds both in the audit log", async ({ page, browser }) => {
  const admin = await createStaffUser("admin");
  await loginAs(page, admin.email, admin.password);
  await page.goto("/admin/staff");
  const email = `new-manager-${Date.now()}@staff.example`;
  const form = page.getByRole("region", { name: "Add a staff member" });
  const fields = accountFields(form);
  await fields.name.fill("Riley Recruiter");
  await fields.email.fill(email);
  await form.getByLabel("First password").fill("short");
  await form.getByRole("button", { name: "Add staff member" }).click();
  await expect(form.getByRole("alert")).toContainText("at least 10 characters");
  await expect(fields.email).toHaveValue(email);
  await form.getByLabel("First password").fill("copper-kettle-morning-7");
  await form.getByRole("button", { name: "Add staff member" }).click();
  await expect(form.getByRole("status")).toContainText("Riley Recruiter can now sign in");

  const newcomer = await browser.newPage();
  await loginAs(newcomer, email, "copper-kettle-morning-7");
  await newcomer.goto("/admin");
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveText("Overview");
  expect((await newcomer.goto("/admin/staff"))?.status()).toBe(404);

  const member = page.getByRole("listitem", { name: email });
  await member.getByLabel("Access").selectOption("no");
  await member.getByRole("button", { name: `Save ${email}` }).click();
  await expect(member).toContainText("deactivated");
  await newcomer.goto("/admin");
  await expect(newcomer).toHaveURL(/\/login/);
  await newcomer.close();

  await page.goto(`/admin/audit?action=staff.update&actor=${encodeURIComponent(admin.email)}`);
  await expect(page.getByRole("table")).toContainText("deactivated");
  await page.goto(`/admin/audit?action=staff.create&actor=${encodeURIComponent(admin.email)}`);
  await expect(page.getByRole("table")).toContainText(email);
});

test("the outbox lists sent emails and retries a failed one", async ({ page }) => {
  const subject = `Failed test email ${Date.now()}`;
  const failed = await insertOutboxEmail({
    kind: "test",
    to: "nobody@failed.example",
    subject,
    text: "Hello",
    status: "failed",
    attempts: 5,
    lastError: "550 mailbox unavailable",
    nextAttemptAt: new Date(),
  });
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto("/admin/outbox");
  const item = page.getByRole("listitem", { name: `${subject} to nobody@failed.example` });
  await expect(item).toContainText("550 mailbox unavailable");
  await item.getByRole("button", { name: "Retry" }).click();
  // Delivery runs right after the answer; the SMTP sink accepts it.
  await expect.poll(async () => (await outboxEmail(failed.id))?.status).toBe("sent");
  await expect.poll(() => mailTo("nobody@failed.example").some((raw) => raw.includes(subject))).toBe(true);
});

test("an admin sees a failed job on the Jobs page and retries it: the email it delivers goes out", async ({ page }) => {
  const subject = `Held by a busy mail server ${Date.now()}`;
  const email = await insertOutboxEmail({
    kind: "test",
    to: "jobs@retry.example",
    subject,
    text: "Hello",
    attempts: 3,
    lastError: "451 mailbox busy, try again later",
    nextAttemptAt: new Date(),
  });
  const job = await insertFailedJob(email.id);
  const admin = await createStaffUser("admin");
  await loginAs(page, admin.email, admin.password);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Jobs" }).click();
  await expect(page).toHaveURL(/\/admin\/jobs$/);
  const item = page.getByTestId(`job-${job.id}`);
  await expect(item).toContainText("Deliver an email");
  await expect(item).toContainText("Failed · attempt 3 of 3");
  await expect(item).toContainText("Last error: 451 mailbox busy");
  await expect(page.getByRole("list", { name: "Jobs by state" })).toContainText(/Failed: [1-9]/);
  await item.getByRole("button", { name: "Retry" }).click();
  // No longer failed: the list drawn again after the retry has no Retry for it (waiting, running or done).
  await expect(page.getByTestId(`job-${job.id}`).getByRole("button", { name: "Retry" })).toHaveCount(0);
  // The worker runs it at once: the email reaches the mail server, and the done job leaves the list.
  await expect.poll(() => mailTo("jobs@retry.example").some((raw) => raw.includes(subject))).toBe(true);
  await expect.poll(async () => (await outboxEmail(email.id))?.status).toBe("sent");
  await page.reload();
  await expect(page.getByTestId(`job-${job.id}`)).toHaveCount(0);
});

test.describe("signing in when the form token has gone stale", () => {
  /** Sends the sign-in POSTs with a token that no longer matches the cookie, the first `times` of them. */
  async function staleTokens(page: Page, times: number) {
    let sent = 0;
    await page.route("**/api/auth/callback/credentials", async (route) => {
      const body = route.request().postData() ?? "";
      if (sent++ >= times) return route.continue();
      await route.continue({ postData: body.replace(/csrfToken=[^&]*/, "csrfToken=stale") });
    });
  }

  test("a token replaced by a crossing response is sent again, once, and the person is signed in", async ({ page }) => {
    const manager = await createStaffUser();
    await page.goto("/login");
    await staleTokens(page, 1);
    await signIn(page, manager.email, manager.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Overview");
  });

  test("refused twice, the form says so instead of pretending to sign in", async ({ page }) => {
    const manager = await createStaffUser();
    await page.goto("/login");
    await staleTokens(page, 2);
    await signIn(page, manager.email, manager.password);
    await expect(
      page.getByRole("alert").filter({ hasText: "Your sign-in could not be checked. Please try again." }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expect(accountFields(page).email).toHaveValue(manager.email);
  });
});

test("a manager refines a booked call's request: a wrong number is said next to its field, the change is on the timeline", async ({
  page,
}) => {
  const manager = await createStaffUser();
  const request = await insertRequest(`Refineco ${Date.now()}`, { seniority: "Not specified", developers: 1 });
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/requests/${request.id}`);
  const details = page.getByRole("region", { name: "Details" });
  await details.getByText("Edit details…").click();
  await details.getByLabel("Seniority").selectOption("Senior");
  await details.getByLabel("Developers").fill("0");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByLabel("Developers")).toHaveAccessibleDescription("You need at least one developer.");
  await expect(details.getByLabel("Seniority")).toHaveValue("Senior");
  await details.getByLabel("Developers").fill("2");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Details saved.");
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText(
    "Details changed: seniority Not specified → Senior; developers 1 → 2",
  );
});

test("a manager merges a company's second request into its first: its candidate and timeline come over (#27 walkthrough 2)", async ({
  page,
}) => {
  const manager = await createStaffUser();
  const company = `Mergely ${Date.now()}`;
  const first = await insertRequest(company, { message: "We need two Go engineers." });
  const second = await insertRequest(company, { email: first.email, message: "Asked about a developer." });
  const candidate = await createCandidateUser("merge", { name: `Mia Merge${Date.now().toString(36)}` });
  await proposeAs({ ...manager, role: "manager" }, second.id, candidate.id);

  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/requests/${first.id}`);
  const related = page.getByRole("region", { name: "Related requests" });
  await related.getByText("Merge one into this request…").click();
  await expect(related.getByLabel("Request to merge")).toContainText(second.reference);
  await related.getByRole("button", { name: "Merge into this request" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Merged ${second.reference}` })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/admin/requests/${first.id}\\?merged=`));
  await expect(page.getByRole("region", { name: "Related requests" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText(
    `Merged ${second.reference} (Backend developer) into this request`,
  );
  await expect(page.getByRole("main")).toContainText(candidate.name);
  expect(await requestById(second.id)).toBeFalsy();
  expect((await page.goto(`/admin/requests/${second.id}`))?.status()).toBe(404);
});
