import {
  candidateProfile,
  confirmEmailOf,
  countRequestsCreatedBetween,
  createCandidateUser,
  expect,
  insertRequest,
  requestById,
  signedInAs,
  signedInStaff,
  submitProfile,
  test,
  timelineOf,
  userByEmail,
} from "./fixtures";
import { fillRegistration } from "./support/pages/sign-in";

test.use(signedInAs("manager"));

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;

test("requests: filters by seniority and dates, sorts, assigns to me and exports the view", async ({ page }) => {
  const tag = `Filterco${unique()}`;
  await insertRequest(`${tag} Alpha`, { seniority: "Junior", createdAt: new Date("2026-01-10T12:00:00Z") });
  const march = await insertRequest(`${tag} Beta`, {
    seniority: "Senior",
    developers: 9,
    createdAt: new Date("2026-03-05T12:00:00Z"),
  });
  const recent = await insertRequest(`${tag} Gamma`, { seniority: "Senior", developers: 1 });
  const manager = signedInStaff("manager");

  await page.goto("/admin/requests");
  await page.getByLabel("Search name, company or email").fill(tag.toLowerCase());
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("3 results");

  await page.getByLabel("Seniority").selectOption("Senior");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("2 results");

  await page.getByLabel("Received from").fill("2026-03-01");
  await page.getByLabel("Received to").fill("2026-03-31");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/from=2026-03-01/);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("1 result");
  await expect(page.getByRole("link", { name: march.reference })).toBeVisible();

  // The view is in the URL: opening it afresh shows the same filter, and a sort applies on top.
  await page.goto(`/admin/requests?q=${tag}&sort=developers`);
  const firstRow = page
    .getByRole("region", { name: /Contact requests/ })
    .getByRole("row")
    .nth(1);
  await expect(firstRow).toContainText(march.reference);
  await page.goto(`/admin/requests?q=${tag}&sort=oldest`);
  await expect(firstRow).toContainText(`${tag} Alpha`);

  await page.getByRole("link", { name: recent.reference }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${tag} Gamma`);
  await page.getByLabel("Talent manager").selectOption({ label: manager.name });
  await page.getByRole("button", { name: "Save assignee" }).click();
  await expect(page.getByTestId("request-assignee")).toHaveText(`Assignee: ${manager.name}`);
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText(`Assigned to ${manager.name}`);
  expect((await requestById(recent.id))?.assigneeId).toBe(manager.id);

  await page.goto(`/admin/requests?q=${tag}&assignee=me`);
  await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("1 result");
  await expect(page.getByRole("link", { name: recent.reference })).toBeVisible();
  const href = (await page.getByRole("link", { name: "Export these requests as CSV" }).getAttribute("href")) ?? "";
  expect(href).toContain("assignee=me");
  const lines = (await (await page.request.get(href)).text())
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\n");
  expect(lines[0]).toContain("Assignee");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(manager.name);
});

test("candidates: full-text search, skill, years, salary and availability filters, rating and duplicates", async ({
  page,
  browser,
  clientIp,
}) => {
  const tag = `zq${unique()}`;
  const make = async (name: string, profile: Parameters<typeof submitProfile>[1]) => {
    const user = await createCandidateUser("search", { name });
    await submitProfile(user.id, profile);
    return user;
  };
  const gopher = await make(`Gopher ${tag}`, {
    headline: `Payments engineer ${tag}`,
    skills: ["Go", "PostgreSQL"],
    yearsExperience: 7,
    expectedSalary: 90000,
    availability: "full-time",
  });
  await make(`Cloudy ${tag}`, {
    headline: `Platform specialist ${tag}`,
    skills: ["Google Cloud", "Python"],
    yearsExperience: 3,
    expectedSalary: 60000,
    availability: "part-time",
  });

  const results = page.getByRole("navigation", { name: "Pages" });
  const search = async (params: string) => {
    await page.goto(`/admin/candidates?${params}`);
    return results;
  };
  // A prefix of a word in the headline finds both; the name finds one.
  await page.goto("/admin/candidates");
  await page.getByLabel("Search name, headline or skills").fill(tag.slice(0, -1));
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(results).toContainText("2 results");
  await expect(await search(`q=gopher+${tag}`)).toContainText("1 result");
  // "Go" is an exact skill: the Google Cloud specialist does not match.
  await expect(await search(`q=${tag}&skill=go`)).toContainText("1 result");
  await expect(page.getByRole("link", { name: `Gopher ${tag}` })).toBeVisible();
  await expect(await search(`q=${tag}&minYears=5`)).toContainText("1 result");
  await expect(await search(`q=${tag}&salaryMax=70000`)).toContainText("1 result");
  await expect(page.getByRole("link", { name: `Cloudy ${tag}` })).toBeVisible();
  await expect(await search(`q=${tag}&salaryMin=50000&salaryMax=100000&availability=full-time`)).toContainText(
    "1 result",
  );
  await expect(page.getByRole("link", { name: `Gopher ${tag}` })).toBeVisible();

  // Rating.
  await page.getByRole("link", { name: `Gopher ${tag}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Gopher ${tag}`);
  await page.getByLabel("Rating (1 = weak, 5 = excellent)").selectOption("4");
  await page.getByRole("button", { name: "Save rating" }).click();
  await expect(page.getByTestId("candidate-rating")).toHaveText("Rating: 4 / 5");
  expect((await candidateProfile(gopher.id))?.rating).toBe(4);

  // The same person registers again with a +tag on the same address: both accounts are flagged.
  const [local, domain] = gopher.email.split("@");
  const twinEmail = `${local}+again@${domain}`;
  const visitor = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": clientIp } });
  const twinPage = await visitor.newPage();
  await twinPage.goto("/register");
  await fillRegistration(twinPage, { name: `Twin ${tag}`, email: twinEmail });
  await twinPage.getByRole("button", { name: "Create account" }).click();
  await expect(twinPage.getByRole("status")).toContainText("Check your inbox");
  await visitor.close();
  const twin = await userByEmail(twinEmail);
  // Unconfirmed, the second account flags nobody (anyone can type someone else's address) …
  await page.reload();
  await expect(page.getByRole("region", { name: "Possible duplicate" })).toHaveCount(0);
  // … confirmed, both are flagged.
  await confirmEmailOf(twin!.id);
  await submitProfile(twin!.id);

  await page.reload();
  const duplicates = page.getByRole("region", { name: "Possible duplicate" });
  await expect(duplicates).toContainText(`Twin ${tag}`);
  await expect(duplicates).toContainText(twinEmail);
  await page.goto(`/admin/candidates?q=${tag}`);
  await expect(page.getByRole("row", { name: new RegExp(`Gopher ${tag}`) })).toContainText("Possible duplicate");
  await expect(page.getByRole("row", { name: new RegExp(`Cloudy ${tag}`) })).not.toContainText("Possible duplicate");
});

test("overview: weekly charts count the database, the funnel lists every stage, stale requests leave after a note", async ({
  page,
}) => {
  const tag = `Staleco${unique()}`;
  const stale = await insertRequest(tag, {
    status: "contacted",
    updatedAt: new Date(Date.now() - 400 * 24 * 3600_000),
  });
  // Two requests in the middle of the week five weeks ago (a week no other test writes to).
  const day = 24 * 3600_000;
  const monday = Math.floor((Date.now() - 4 * day) / (7 * day)) * 7 * day + 4 * day - 5 * 7 * day;
  await insertRequest(`${tag} Past`, { createdAt: new Date(monday + 2 * day) });
  await insertRequest(`${tag} Past 2`, { createdAt: new Date(monday + 3 * day) });
  const inThatWeek = await countRequestsCreatedBetween(new Date(monday), new Date(monday + 7 * day));
  const label = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" }).format(
    new Date(monday),
  );

  await page.goto("/admin?staleDays=14");
  const figures = page.getByRole("table", { name: "Contact requests per week (last 12 weeks) (figures)" });
  await expect(figures.getByRole("row")).toHaveCount(13);
  expect(inThatWeek).toBeGreaterThanOrEqual(2);
  await expect(figures.getByRole("row", { name: new RegExp(`^${label} `) }).getByRole("cell")).toHaveText(
    String(inThatWeek),
  );
  await expect(page.getByRole("img", { name: /Contact requests per week/ })).toBeVisible();
  const funnel = page.getByRole("table", { name: "Candidates by stage (figures)" });
  for (const stage of ["Submitted", "Screening", "Technical interview", "Vetted", "Placed", "Rejected"]) {
    await expect(funnel.getByRole("row", { name: stage })).toHaveText(new RegExp(`${stage}\\s*\\d+`));
  }

  const waiting = page.getByRole("region", { name: "Waiting for a next step" });
  await expect(waiting.getByRole("link", { name: `${tag} (${stale.reference})` })).toBeVisible();
  await waiting.getByRole("link", { name: `${tag} (${stale.reference})` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(tag);
  await page.getByLabel("Note", { exact: true }).fill("Chased them by phone.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("region", { name: "Notes and activity" })).toContainText("Chased them by phone.");
  expect(await timelineOf("request", stale.id)).toHaveLength(1);

  await page.goto("/admin?staleDays=14");
  await expect(page.getByRole("region", { name: "Waiting for a next step" })).not.toContainText(stale.reference);

  // On a phone the charts scroll inside their boxes; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  await page.reload();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});
