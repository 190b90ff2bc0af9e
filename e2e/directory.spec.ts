/**
 * #16, the public talent directory: a vetted candidate lists themselves, a company finds them from
 * the home page (without JavaScript), asks to interview them, and the talent manager finds the
 * request with the candidate already proposed. Then staff hide the listing, and the candidate leaves.
 */

import { addScorecard } from "../db/queries/scorecards";
import {
  backdateFormToken,
  createCandidateUser,
  createStaffUser,
  expect,
  insertBooking,
  loginAs,
  mailWithSubject,
  moveToStage,
  requestsFrom,
  setListed,
  settleEmailsTo,
  submitProfile,
  test,
  textPart,
} from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";

test("a listed developer is found, asked for and proposed; hiding and leaving remove the profile at once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const tag = `Dir${Date.now().toString(36)}`;
  const surname = `Franklin${tag}`;
  const manager = await createStaffUser();
  const candidate = await createCandidateUser("directory", { name: `Rosalind ${surname}` });
  await submitProfile(candidate.id, {
    headline: `${tag} and Kafka engineer, event pipelines`,
    seniority: "Senior",
    yearsExperience: 8,
    skills: [tag, "Kafka", "Go"],
    timeZone: "Europe/Lisbon",
    englishLevel: "fluent",
    availability: "full-time",
    earliestStart: "2027-02-01",
    githubUrl: `https://github.com/${tag.toLowerCase()}`,
    languages: ["Portuguese"],
    workplace: "remote",
    engagement: "either",
  });

  // Before vetting the account offers no listing.
  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "The developer directory" })).toHaveCount(0);
  await moveToStage(manager, candidate.id, "vetted");

  // The candidate adds their history: a wrong end month is said next to its field, the rest kept.
  await page.goto("/account/experience");
  const positions = page.getByRole("region", { name: "Work history" });
  await positions.getByLabel("Role").fill("Staff backend engineer");
  await positions.getByLabel("Kind of company").fill("Logistics scale-up, 300 people");
  await positions.getByLabel("Company name").fill(`Secret Freight ${tag}`);
  await positions.getByLabel("From").fill("2022-05");
  await positions.getByLabel("Until").fill("2021-01");
  await positions.getByLabel("What you built").fill("Moved 40 services onto Kafka with exactly-once delivery.");
  await positions.getByRole("button", { name: "Add this position" }).click();
  await expect(positions.getByLabel("Until")).toHaveAccessibleDescription(
    /The end month must be after the start month/,
  );
  await expect(positions.getByLabel("What you built")).toHaveValue(
    "Moved 40 services onto Kafka with exactly-once delivery.",
  );
  await positions.getByLabel("Until").fill("");
  await positions.getByRole("button", { name: "Add this position" }).click();
  await expect(positions.getByRole("status")).toHaveText("Added “Staff backend engineer”.");
  await expect(positions.getByText(`Secret Freight ${tag} (private)`)).toBeVisible();
  const projects = page.getByRole("region", { name: "Notable projects" });
  await projects.getByLabel("Project").fill("Parcel tracking firehose");
  await projects.getByLabel("What it does and your part").fill("Streams 2 million scans a day; I designed it.");
  await projects.getByRole("button", { name: "Add this project" }).click();
  await expect(projects.getByRole("status")).toHaveText("Added “Parcel tracking firehose”.");
  // Each entry is edited in place, its fields filled in; a refusal is said next to its field, the rest kept.
  const project = "Parcel tracking firehose";
  await projects.getByText(`Edit ${project}`).click();
  const projectEdit = projects.getByRole("form", { name: `Edit ${project}` });
  await expect(projectEdit.getByLabel("Project")).toHaveValue(project);
  await projectEdit.getByLabel("What it does and your part").fill("");
  await projectEdit.getByRole("button", { name: `Save changes to ${project}` }).click();
  await expect(projectEdit.getByLabel("What it does and your part")).toHaveAccessibleDescription(
    "Say what the project does and what your part was.",
  );
  await expect(projectEdit.getByLabel("Project")).toHaveValue(project);
  await projectEdit
    .getByLabel("What it does and your part")
    .fill("Streams 2 million scans a day; I designed and run it.");
  await projectEdit.getByRole("button", { name: `Save changes to ${project}` }).click();
  await expect(projects.getByRole("status").filter({ hasText: "Saved" })).toHaveText(`Saved “${project}”.`);
  // Without JavaScript too: the page comes back at the position, its form open on a refusal.
  const plain = await browser.newContext({ javaScriptEnabled: false });
  const noScript = await plain.newPage();
  await loginAs(noScript, candidate.email, candidate.password);
  await noScript.goto("/account/experience");
  const history = noScript.getByRole("region", { name: "Work history" });
  const position = "Staff backend engineer, May 2022–now";
  await history.getByText(`Edit ${position}`).click();
  const positionEdit = history.getByRole("form", { name: `Edit ${position}` });
  await expect(positionEdit.getByLabel("Company name")).toHaveValue(`Secret Freight ${tag}`);
  await positionEdit.getByLabel("What you built").fill("Moved 40 services onto Kafka; on call for the pipeline.");
  await positionEdit.getByLabel("Until").fill("2021-01");
  await positionEdit.getByRole("button", { name: `Save changes to ${position}` }).click();
  await expect(noScript).toHaveURL(/\/account\/experience#position-\d+$/);
  await expect(positionEdit.getByLabel("Until")).toHaveAccessibleDescription(
    /The end month must be after the start month/,
  );
  await expect(positionEdit.getByLabel("What you built")).toHaveValue(
    "Moved 40 services onto Kafka; on call for the pipeline.",
  );
  await positionEdit.getByLabel("Until").fill("");
  await positionEdit.getByRole("button", { name: `Save changes to ${position}` }).click();
  await expect(history.getByRole("status")).toHaveText("Saved “Staff backend engineer”.");
  await expect(history.getByRole("status")).toBeInViewport();
  await plain.close();
  // "Download my data" holds the history as edited, the employer's name included.
  const exported = (await (await page.request.get("/api/account/export")).json()) as {
    workHistory: { employer: string | null; summary: string }[];
    projects: { name: string; summary: string }[];
  };
  expect(exported.workHistory).toEqual([
    expect.objectContaining({
      employer: `Secret Freight ${tag}`,
      endMonth: null,
      summary: "Moved 40 services onto Kafka; on call for the pipeline.",
    }),
  ]);
  expect(exported.projects).toEqual([
    expect.objectContaining({ name: project, summary: "Streams 2 million scans a day; I designed and run it." }),
  ]);
  await expectNoAxeViolations(page);

  // The candidate lists themselves under their initials.
  await page.goto("/account");
  const listing = page.getByRole("region", { name: "The developer directory" });
  await expect(listing.getByTestId("listing-state")).toContainText("You are not listed");
  await listing.getByRole("button", { name: "List my profile" }).click();
  await expect(listing.getByRole("status")).toContainText("Your profile is in the directory");
  await expect(listing.getByTestId("listing-state")).toContainText("Your profile is listed since");
  const publicPath = (await listing.getByRole("link", { name: "see it as companies do" }).getAttribute("href")) ?? "";
  expect(publicPath).toMatch(/^\/developers\/[a-z0-9]{12}$/);
  await expectNoAxeViolations(page);

  // A company, without JavaScript, goes from the home page to the profile by filtering on the skill.
  const company = await browser.newContext({
    javaScriptEnabled: false,
    timezoneId: "Europe/Berlin",
    extraHTTPHeaders: { "x-forwarded-for": `198.18.${Date.now() % 250}.16` },
  });
  const visitor = await company.newPage();
  const statusOf = async (path: string) => (await visitor.goto(path))?.status();
  // The hire page lists them beside its seniority table at once (listing revalidates the content pages).
  await visitor.goto("/hire/backend");
  await expect(visitor.locator("#available").getByRole("link", { name: "R. F.", exact: true })).toBeVisible();
  await visitor.goto("/");
  await visitor.getByRole("link", { name: "Browse vetted developers" }).click();
  await expect(visitor).toHaveURL(/\/developers$/);
  await visitor.getByLabel("Skill", { exact: true }).fill(tag.toLowerCase());
  await visitor.getByLabel("Your time zone").selectOption("Europe/Berlin");
  await visitor.getByRole("button", { name: "Show developers" }).click();
  await expect(visitor).toHaveURL(new RegExp(`skill=${tag.toLowerCase()}`));
  await expect(visitor.getByTestId("directory-count")).toHaveText("1 developer match");
  const card = visitor.getByRole("article", { name: /R\. F\./ });
  await expect(card).toContainText(`${tag} and Kafka engineer`);
  await expect(card).toContainText("Europe/Lisbon");
  await expect(card).toContainText("hours in common with a 9:00–17:00 day in Europe/Berlin");
  // Filtered views stay out of search indexes.
  await expect(visitor.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await card.getByRole("link").click();
  // The profile's address carries the view it was opened from (#27 W11).
  const view = `skill=${tag.toLowerCase()}&tz=Europe%2FBerlin`;
  await expect(visitor).toHaveURL(new RegExp(`${publicPath}\\?${view}$`));
  const profile = visitor.getByRole("article", { name: "R. F." });
  await expect(profile).toContainText("Staff backend engineer");
  await expect(profile).toContainText("Logistics scale-up, 300 people");
  await expect(profile).toContainText("Parcel tracking firehose");
  await expect(profile).toContainText("Portuguese");
  await expect(profile).toContainText("in common with a 9:00–17:00 day in Europe/Berlin");
  const text = (await visitor.locator("body").innerText()).toLowerCase();
  for (const secret of [surname, candidate.email, `Secret Freight ${tag}`, "github.com", "Rosalind"])
    expect(text).not.toContain(secret.toLowerCase());
  // "← All developers" goes back to that view, filters kept; the profile again for the ask below.
  await visitor.getByRole("link", { name: "← All developers" }).click();
  await expect(visitor).toHaveURL(new RegExp(`/developers\\?${view}$`));
  await expect(visitor.getByTestId("directory-count")).toHaveText("1 developer match");
  await card.getByRole("link").click();
  await expect(visitor).toHaveURL(new RegExp(`${publicPath}\\?${view}$`));
  // axe needs JavaScript: it reads the same pages in the candidate's browser.
  for (const path of [`/developers?skill=${tag}&overlap=2&tz=Europe/Berlin`, publicPath]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }

  // Asking without JavaScript: the page has no token, so the first post asks to confirm; a field
  // left empty is said next to it, the rest kept; the request goes once both are put right.
  const companyEmail = `cto+${tag.toLowerCase()}@freightly.example`;
  // The company already booked a discovery call (its receipt will not offer another).
  await insertBooking(new Date(Date.now() + 30 * 24 * 60 * 60 * 1000), {
    email: companyEmail,
    company: `Freightly ${tag}`,
  });
  const ask = visitor.getByRole("complementary", { name: "Ask to interview R. F." });
  await ask.getByLabel("Name").fill("Jo Buyer");
  await ask.getByLabel("Work email").fill(companyEmail);
  await ask.getByLabel("Company").fill(`Freightly ${tag}`);
  await ask.getByLabel("What would you hire them for?").fill("Our event platform: Kafka, Go, 12 engineers.");
  await ask.getByLabel("When would they start?").selectOption("within-1-month");
  await ask.getByRole("checkbox").check();
  await ask.getByRole("button", { name: "Ask to interview" }).click();
  await expect(ask.getByRole("alert")).toContainText("press “Ask to interview” once more");
  expect(await requestsFrom(companyEmail)).toHaveLength(0);
  await ask.getByLabel("Company").fill("");
  await ask.getByRole("button", { name: "Ask to interview" }).click();
  await expect(ask.getByLabel("Company")).toHaveAccessibleDescription("Enter your company name.");
  await expect(ask.getByLabel("Work email")).toHaveValue(companyEmail);
  await ask.getByLabel("Company").fill(`Freightly ${tag}`);
  // A person reads the message before pressing again: the form's token is older than a bot's.
  await backdateFormToken(visitor);
  await ask.getByRole("button", { name: "Ask to interview" }).click();
  await expect(ask.getByRole("status")).toContainText(/your request BT-[A-Z2-9]{6} is with our talent managers/);
  // The receipt names the developer as the profile does, and points to the call already booked.
  const receipt = await mailWithSubject(companyEmail, /^Your request to interview/);
  expect(receipt.subject).toMatch(/^Your request to interview R\. F\. \(BT-[A-Z2-9]{6}\)$/);
  expect(textPart(receipt)).toContain("Thank you for asking to interview R. F. from our developer directory.");
  expect(textPart(receipt)).toContain("You already have a discovery call with us coming up");
  expect(textPart(receipt)).not.toContain("Book a 30-minute discovery call");

  // The candidate hears; the manager finds the request with the candidate already proposed.
  await mailWithSubject(candidate.email, /A company asked to interview you/);
  const [request] = await requestsFrom(companyEmail);
  if (!request) throw new Error("the ask made no request");
  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, manager.email, manager.password);
  await staff.goto(`/admin/requests/${request.id}`);
  const shortlist = staff.getByRole("region", { name: "Shortlist" });
  await expect(shortlist.getByRole("listitem", { name: `Shortlist: ${candidate.name}` })).toBeVisible();
  await expect(staff.getByText(`Asked to interview ${candidate.name} from the directory`)).toBeVisible();

  // Staff hide the listing: a reason is required, the profile is gone, the candidate reads why.
  await staff.goto(`/admin/candidates/${candidate.id}`);
  const visibility = staff.getByRole("region", { name: "Directory listing" });
  await visibility.getByLabel("The public directory").selectOption("yes");
  await visibility.getByRole("button", { name: "Save listing" }).click();
  await expect(visibility.getByRole("alert")).toBeVisible();
  await visibility.getByLabel(/Reason shown to the candidate/).fill("Your headline names a client under NDA");
  await visibility.getByRole("button", { name: "Save listing" }).click();
  await expect(visibility.getByRole("status")).toContainText("Hidden");
  expect(await statusOf(publicPath)).toBe(404);
  await page.goto("/account");
  await expect(listing.getByTestId("listing-state")).toContainText("Your headline names a client under NDA");
  await visibility.getByLabel("The public directory").selectOption("no");
  await visibility.getByRole("button", { name: "Save listing" }).click();
  await expect(visibility.getByRole("status")).toContainText("shows again");
  expect(await statusOf(publicPath)).toBe(200);

  // The candidate leaves: the profile is gone at once, and the list no longer holds them.
  await page.goto("/account");
  await listing.getByRole("button", { name: "Remove me from the directory" }).click();
  await expect(listing.getByRole("status")).toContainText("You are out of the directory");
  expect(await statusOf(publicPath)).toBe(404);
  await visitor.goto(`/developers?skill=${tag}`);
  await expect(visitor.getByTestId("directory-count")).toHaveText("0 developers match");
  // Nobody matches the filter: clearing it is offered, and only while there is one to clear.
  const results = visitor.getByRole("region", { name: "0 developers match" });
  await expect(results).toContainText("No listed developer matches these filters.");
  await results.getByRole("link", { name: "Clear the filters" }).click();
  await expect(visitor).toHaveURL(/\/developers$/);
  await expect(visitor.getByTestId("directory-count")).not.toContainText("match");
  await expect(visitor.getByRole("link", { name: "Clear the filters" })).toHaveCount(0);
  await company.close();
  await staff.context().close();
});

test("a rejected or deleted developer leaves the hire page and the sitemap on the next request (#27 N6)", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const tag = `Gone${Date.now().toString(36)}`;
  const manager = await createStaffUser();
  // The hire page shows the three latest listed developers of a level: one no other spec lists anyone at.
  const listed = async (first: string) => {
    const candidate = await createCandidateUser("delisted", { name: `${first} Gone${tag}` });
    await submitProfile(candidate.id, {
      headline: `${tag} platform engineer`,
      seniority: "Expert / Team Lead",
      skills: [tag],
      timeZone: "Europe/Lisbon",
      availability: "full-time",
    });
    await moveToStage(manager, candidate.id, "vetted");
    // Listed as the candidate lists themselves, so the pages that show them are expired by the app.
    const own = await (await browser.newContext()).newPage();
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account");
    const listing = own.getByRole("region", { name: "The developer directory" });
    await listing.getByLabel("Name shown to companies").fill(`${first} ${tag}`);
    await listing.getByRole("button", { name: "List my profile" }).click();
    await expect(listing.getByTestId("listing-state")).toContainText("Your profile is listed since");
    const profile = (await listing.getByRole("link", { name: "see it as companies do" }).getAttribute("href")) ?? "";
    return { ...candidate, own, shown: `${first} ${tag}`, url: new URL(profile, baseURL).toString() };
  };
  const rejected = await listed("Rhea");
  const leaving = await listed("Lars");

  const onHirePage = async () => {
    await page.goto("/hire/backend");
    return page.locator("#available");
  };
  const sitemap = async () => (await page.request.get("/sitemap.xml")).text();
  let available = await onHirePage();
  for (const developer of [rejected, leaving]) {
    await expect(available.getByRole("link", { name: developer.shown, exact: true })).toBeVisible();
    expect(await sitemap()).toContain(`<loc>${developer.url}</loc>`);
  }

  // Staff reject one: the next request of either page no longer shows them.
  const staff = await (await browser.newContext()).newPage();
  await loginAs(staff, manager.email, manager.password);
  await staff.goto(`/admin/candidates/${rejected.id}`);
  await staff.getByLabel("Stage", { exact: true }).selectOption("rejected");
  await staff.getByLabel("Reason shown to the candidate (required when rejected)").fill("We place no leads this year.");
  await staff.getByRole("button", { name: "Update stage" }).click();
  await expect(staff.getByTestId("candidate-stage")).toHaveText("Stage: Rejected");
  available = await onHirePage();
  await expect(available.getByRole("link", { name: rejected.shown, exact: true })).toHaveCount(0);
  await expect(available.getByRole("link", { name: leaving.shown, exact: true })).toBeVisible();
  expect(await sitemap()).not.toContain(rejected.url);
  expect(await sitemap()).toContain(leaving.url);

  // The other deletes their account: the same.
  await leaving.own.goto("/account/delete");
  await leaving.own.getByLabel(/I understand/).check();
  await leaving.own.getByLabel("Your password").fill(leaving.password);
  await leaving.own.getByRole("button", { name: "Delete my account" }).click();
  await expect(leaving.own.getByRole("status")).toContainText("Your account and your data have been deleted");
  available = await onHirePage();
  await expect(available.getByRole("link", { name: leaving.shown, exact: true })).toHaveCount(0);
  expect(await sitemap()).not.toContain(leaving.url);

  for (const context of [rejected.own.context(), leaving.own.context(), staff.context()]) await context.close();
});

test("every page of the directory keeps the time zone the visitor chose", async ({ browser }) => {
  test.setTimeout(120_000);
  const tag = `Page${Date.now().toString(36)}`;
  const manager = await createStaffUser();
  // One more than a page (domain/directory.ts: 20), Juniors so no other spec's level list moves.
  const candidates = [];
  for (let index = 0; index < 21; index++) {
    const candidate = await createCandidateUser("paged");
    await submitProfile(candidate.id, {
      headline: `${tag} engineer ${index}`,
      seniority: "Junior",
      skills: [tag],
      timeZone: "Europe/Lisbon",
    });
    await moveToStage(manager, candidate.id, "vetted");
    await setListed(candidate.id, true);
    candidates.push(candidate);
  }
  await settleEmailsTo(candidates.map((candidate) => candidate.email));

  // Without JavaScript and without a zone cookie: the zone comes from the form alone.
  const company = await browser.newContext({ javaScriptEnabled: false });
  const visitor = await company.newPage();
  await visitor.goto("/developers");
  await visitor.getByLabel("Skill", { exact: true }).fill(tag.toLowerCase());
  await visitor.getByLabel("Your time zone").selectOption("Asia/Tokyo");
  await visitor.getByRole("button", { name: "Show developers" }).click();
  await expect(visitor.getByTestId("directory-count")).toHaveText("21 developers match");
  const pages = visitor.getByRole("navigation", { name: "Pages" });
  await expect(pages).toContainText("Page 1 of 2");
  const inTokyo = "in common with a 9:00–17:00 day in Asia/Tokyo";
  await expect(visitor.getByRole("article")).toHaveCount(20);
  await expect(visitor.getByRole("article").first()).toContainText(inTokyo);

  await pages.getByRole("link", { name: "Next" }).click();
  await expect(visitor).toHaveURL(/[?&]tz=Asia%2FTokyo(&|$)/);
  await expect(pages).toContainText("Page 2 of 2");
  await expect(visitor.getByRole("article")).toHaveCount(1);
  await expect(visitor.getByRole("article")).toContainText(inTokyo);
  await expect(visitor.getByLabel("Your time zone")).toHaveValue("Asia/Tokyo");
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(pages).toContainText("Page 1 of 2");
  await expect(visitor.getByRole("article").first()).toContainText(inTokyo);
  // A page past the end says so, rather than that the filters match nobody.
  await visitor.goto(`/developers?skill=${tag.toLowerCase()}&tz=Asia%2FTokyo&page=3`);
  await expect(visitor.getByTestId("directory-count")).toHaveText("21 developers match");
  await expect(visitor.getByText("This page is past the end of the list.")).toBeVisible();
  await expect(visitor.getByRole("link", { name: "Clear the filters" })).toHaveCount(0);
  await visitor.getByRole("link", { name: "Back to the first page" }).click();
  await expect(pages).toContainText("Page 1 of 2");
  await company.close();

  for (const candidate of candidates) await setListed(candidate.id, false);
});

test("the scorecard's summary reaches a public profile only by its own consent, apart from the shortlists' (#27 walkthrough 5)", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const tag = `Card${Date.now().toString(36)}`;
  const manager = await createStaffUser();
  const candidate = await createCandidateUser("consent", { name: `Carla ${tag}` });
  await submitProfile(candidate.id, { headline: `${tag} engineer`, seniority: "Senior", skills: [tag, "Go"] });
  await moveToStage(manager, candidate.id, "vetted");
  const strengths = `Calm under load ${tag}`;
  const scored = await addScorecard(manager, candidate.id, {
    proposalId: null,
    ratings: [{ competence: "Go", rating: 5 }],
    strengths,
    concerns: "Internal only.",
    recommendation: "strong_yes",
  });
  expect(scored.ok).toBe(true);
  await setListed(candidate.id, true);

  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/account");
  await expect(page.getByTestId("scorecard-sharing-shortlists")).toContainText("Not shown.");
  await expect(page.getByTestId("scorecard-sharing-directory")).toContainText("Anyone on the web");
  await page.getByRole("button", { name: "Share it on shortlists" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Companies see it on the shortlists" })).toBeVisible();
  await expect(page.getByTestId("scorecard-sharing-shortlists")).toContainText("Shown.");
  await expect(page.getByTestId("scorecard-sharing-directory")).toContainText("Not shown.");
  const profile = await page.getByRole("link", { name: "see it as companies do" }).getAttribute("href");

  // Agreeing to shortlists is not agreeing to the open web.
  const visitor = await page.context().browser()?.newContext();
  const publicPage = await visitor?.newPage();
  if (!publicPage || !profile) throw new Error("no public profile");
  await publicPage.goto(profile);
  await expect(publicPage.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(publicPage.locator("main")).not.toContainText(strengths);

  await page.getByRole("button", { name: "Show it on my public profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Anyone who opens your directory profile" })).toBeVisible();
  await publicPage.goto(profile);
  await expect(publicPage.locator("main")).toContainText(strengths);
  await expect(publicPage.locator("main")).not.toContainText("Internal only.");
  await expectNoAxeViolations(page);
  await visitor?.close();
});
