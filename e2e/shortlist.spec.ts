/**
 * #15, the shortlist loop as its three people live it: the manager proposes, each candidate answers
 * from the email and their account, the company opens its shortlist from its own email (without
 * JavaScript here, as a plain form), answers each candidate, and meets the one both sides chose.
 */

import { formatDateTime } from "../domain/slots";
import {
  addHistory,
  answerProposalAs,
  createCandidateUser,
  createStaffUser,
  expect,
  insertRequest,
  linkInMail,
  loginAs,
  mailsTo,
  mailWithSubject,
  moveToStage,
  proposeAs,
  requestsFrom,
  sendShortlistAs,
  setListed,
  submitProfile,
  test,
  textPart,
} from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { bookingForm, fillBooking, openOwnSlot } from "./support/pages/booking";

test("a manager proposes three candidates, the company interviews one and passes on another, and both sides hear", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000); // the whole loop, both sides, with and without JavaScript: it ran past 120 s on a loaded machine
  const tag = `Zig${Date.now().toString(36)}`;
  const manager = await createStaffUser();
  const people = [
    { first: "Ada", surname: `Lovelace${tag}` },
    { first: "Brian", surname: `Kernighan${tag}` },
    { first: "Carol", surname: `Shaw${tag}` },
  ];
  const candidates = [];
  for (const person of people) {
    const candidate = await createCandidateUser("shortlist", { name: `${person.first} ${person.surname}` });
    await submitProfile(candidate.id, {
      headline: `${tag} and PostgreSQL engineer`,
      seniority: "Senior",
      yearsExperience: 9,
      skills: [tag, "PostgreSQL"],
      timeZone: "Europe/Warsaw",
      availability: "full-time",
      expectedSalary: 87_500,
      salaryCurrency: "USD",
    });
    await moveToStage(manager, candidate.id, "vetted");
    candidates.push(candidate);
  }
  const [ada, brian, carol] = candidates as [(typeof candidates)[0], (typeof candidates)[0], (typeof candidates)[0]];
  // The company books a discovery call from Berlin: the booking starts its request.
  const companyEmail = `jordan+${tag.toLowerCase()}@ledgerly.example`;
  const visitor = await (await browser.newContext({ timezoneId: "Europe/Berlin" })).newPage();
  await openOwnSlot(visitor, "Europe/Berlin");
  await fillBooking(visitor, companyEmail, {
    name: "Jordan Buyer",
    company: `Ledgerly ${tag}`,
    hiringFor: `Backend developer for our ${tag} ledger`,
  });
  await bookingForm(visitor).confirm.click();
  await expect(visitor.getByRole("status")).toContainText("Your call is booked");
  await visitor.context().close();
  const [booked] = await requestsFrom(companyEmail);
  if (!booked) throw new Error("the booking made no request");
  const request = { id: booked.id, email: companyEmail };
  const role = `Backend developer for our ${tag} ledger`;

  // The manager proposes all three, telling only Ada the company's name.
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/requests/${request.id}`);
  const matching = page.getByRole("region", { name: "Matching candidates" });
  for (const candidate of candidates) {
    const match = matching.getByRole("listitem", { name: candidate.name });
    if (candidate === ada) await match.getByLabel(`Tell ${candidate.name} the company's name`).check();
    await match.getByRole("button", { name: `Propose ${candidate.name}` }).click();
    await expect(match.getByText("Proposed", { exact: true })).toBeVisible();
  }
  const shortlist = page.getByRole("region", { name: "Shortlist" });
  await shortlist.getByRole("button", { name: `Send the shortlist to ${request.email}` }).click();
  await expect(shortlist.getByRole("alert")).toContainText("No candidate has said they are interested yet");

  // The manager scores Ada's vetting; the concerns stay internal.
  await page.goto(`/admin/candidates/${ada.id}`);
  // The recommendation starts unchosen: the form proposes no answer of its own.
  const scorecards = page.getByRole("region", { name: "Scorecards" });
  await expect(scorecards.getByLabel("Recommendation")).toHaveValue("");
  await scorecards.getByLabel("Recommendation").selectOption({ label: "Strong yes" });
  await scorecards.getByRole("button", { name: "Save scorecard" }).click();
  await expect(scorecards.getByRole("alert")).toHaveText("Rate at least one competence.");
  await expect(scorecards.getByLabel("Recommendation")).toHaveValue("strong_yes");
  await scorecards.getByLabel("PostgreSQL", { exact: true }).selectOption("5");
  await scorecards.getByLabel("Communication", { exact: true }).selectOption("4");
  await scorecards.getByLabel("Strengths").fill("Designed a double-entry ledger that survived Black Friday.");
  await scorecards.getByLabel("Concerns").fill("Internal: prefers async written communication.");
  await scorecards.getByRole("button", { name: "Save scorecard" }).click();
  await expect(scorecards.getByTestId("scorecard")).toContainText("Vetting · Strong yes");
  await expect(scorecards.getByTestId("scorecard")).toContainText("PostgreSQL 5/5 · Communication 4/5");
  await page.goto(`/admin/requests/${request.id}`);

  // Each candidate hears by email and answers in their account.
  const invitation = await mailWithSubject(ada.email, /A role for you/);
  expect(invitation.subject).toBe(`A role for you: ${role} at Ledgerly ${tag}`);
  expect(textPart(invitation)).toMatch(/Answer in your account https?:\/\/\S+\/account#proposals/);
  expect((await mailWithSubject(brian.email, /A role for you/)).subject).toContain("at a company we work with");
  for (const [candidate, answer] of [
    [ada, "I’m interested"],
    [brian, "I’m interested"],
    [carol, "Not now"],
  ] as const) {
    const own = await (await browser.newContext()).newPage();
    await loginAs(own, candidate.email, candidate.password);
    await own.goto("/account#proposals");
    const card = own.getByRole("article", { name: role });
    await expect(card).toContainText(
      candidate === ada ? `Company: Ledgerly ${tag}` : "Company: its name is shared once you both say yes",
    );
    if (candidate === ada) {
      await expectNoAxeViolations(own);
      await own.getByRole("button", { name: "Share it on shortlists" }).click();
      await expect(own.getByTestId("scorecard-sharing-shortlists")).toContainText("Shown.");
    }
    await card.getByRole("button", { name: answer }).click();
    await expect(card.getByRole("status")).toContainText(
      answer === "Not now" ? "nothing about you is shared" : "Thank you",
    );
    await own.context().close();
  }

  // The manager who proposed them hears of each "I'm interested", with the request's page in the dashboard.
  for (const candidate of [ada, brian]) {
    const heard = await mailWithSubject(manager.email, new RegExp(`^${candidate.name} is interested`));
    expect(heard.subject).toBe(`${candidate.name} is interested: Ledgerly ${tag}`);
    expect(textPart(heard)).toMatch(new RegExp(`Open the request https?://\\S+/admin/requests/${request.id}(\\s|$)`));
  }

  // The manager explains the choice and sends the two interested candidates.
  await page.reload();
  const adaRow = shortlist.getByRole("listitem", { name: `Shortlist: ${ada.name}` });
  await expect(adaRow.getByTestId("proposal-status")).toHaveText("Interested");
  await expect(shortlist.getByRole("listitem", { name: `Shortlist: ${carol.name}` })).toContainText("Not now");
  await adaRow.getByLabel("Why this person").fill("Ran the ledger migration at a payments company; calm under load.");
  await adaRow.getByRole("button", { name: `Save note for ${ada.name}` }).click();
  await expect(adaRow.getByRole("status")).toHaveText("Note saved.");
  await expectNoAxeViolations(page);
  await shortlist.getByRole("button", { name: `Send the shortlist to ${request.email}` }).click();
  await expect(shortlist.getByRole("status").filter({ hasText: "Sent to" })).toContainText(
    `Sent to ${request.email} with 2 candidates`,
  );

  // The company opens its link from the email, in a browser without JavaScript.
  const companyMail = await mailWithSubject(request.email, /Your shortlist from Bedrock Talent/);
  expect(companyMail.subject).toBe("Your shortlist from Bedrock Talent: 2 developers");
  const link = await linkInMail(request.email, "/shortlist/");
  const companyContext = await browser.newContext({ javaScriptEnabled: false });
  const company = await companyContext.newPage();
  await company.goto(link);
  await expect(company.getByRole("heading", { level: 1 })).toHaveText(`${role}: 2 candidates`);
  const body = (await company.locator("main").textContent()) ?? "";
  for (const person of people) expect(body).not.toContain(person.surname);
  expect(body).not.toContain("@candidates.example");
  const before = await (await browser.newContext()).newPage();
  await before.goto(link);
  await before.getByText("Not a fit…").first().click();
  await expectNoAxeViolations(before);
  await before.context().close();
  const adaCard = company.getByRole("article", { name: `A. L.` });
  const brianCard = company.getByRole("article", { name: `B. K.` });
  await expect(adaCard).toContainText("Ran the ledger migration at a payments company");
  await expect(adaCard).toContainText("$80,000–$90,000 a year");
  await expect(adaCard).toContainText("Europe/Warsaw");
  await expect(adaCard).toContainText("8 hours in common with a 9:00–17:00 day in Europe/Berlin");
  await expect(adaCard).toContainText("Our vetting scorecard · recommendation: Strong yes");
  await expect(adaCard.getByRole("list", { name: "Ratings" })).toContainText("PostgreSQL: 5/5");
  await expect(adaCard).toContainText("Designed a double-entry ledger");
  expect(body).not.toContain("prefers async written communication");
  await expect(brianCard).not.toContainText("Our vetting scorecard");
  await expect(company.getByRole("article")).toHaveCount(2);

  // "Not a fit" asks for a reason first, and keeps what was typed.
  await brianCard.getByText("Not a fit…").click();
  // A direction override (which reorders what the talent manager reads) is refused like in every other form.
  await brianCard.getByLabel("Anything to add").fill("We need someone in the \u202Eacirema");
  await brianCard.getByRole("button", { name: "Send “Not a fit” for B. K." }).click();
  const brianAgain = company.getByRole("article", { name: "B. K." });
  await expect(brianAgain.getByLabel("Anything to add")).toHaveAccessibleDescription(
    /Remove the invisible or control characters from the comment\./,
  );
  // The plain post comes back at the card it answered (the second, below Ada's), not at the top of the page.
  const brianHeading = brianAgain.getByRole("heading", { level: 2 });
  await expect(company).toHaveURL(new RegExp(`#${await brianHeading.getAttribute("id")}$`));
  await expect(brianHeading).toBeInViewport();
  await brianAgain.getByLabel("Anything to add").fill("We need someone in the Americas.");
  await brianAgain.getByRole("button", { name: "Send “Not a fit” for B. K." }).click();
  await expect(brianAgain.getByRole("alert")).toHaveText("Please correct the highlighted field.");
  await expect(brianAgain.getByLabel("Main reason")).toHaveAccessibleDescription(/Choose the main reason/);
  await expect(brianAgain.getByLabel("Anything to add")).toHaveValue("We need someone in the Americas.");
  await brianAgain.getByLabel("Main reason").selectOption({ label: "Time zone too far apart" });
  await brianAgain.getByRole("button", { name: "Send “Not a fit” for B. K." }).click();
  await expect(company.getByRole("article", { name: "B. K." })).toContainText(
    "You answered “Not a fit”: Time zone too far apart.",
  );
  await expect(brianHeading).toBeInViewport();

  await company.getByRole("article", { name: "A. L." }).getByRole("button", { name: "Interview A. L." }).click();
  const revealed = company.getByRole("article", { name: ada.name });
  await expect(revealed).toContainText(`You asked to interview ${ada.name}`);
  await expect(revealed.getByRole("link", { name: ada.email })).toHaveAttribute("href", `mailto:${ada.email}`);
  await expect(company.getByRole("article", { name: "B. K." })).not.toContainText(brian.name);
  // axe needs JavaScript: the same link in a browser with it, on a phone.
  const checker = await (await browser.newContext({ viewport: { width: 360, height: 800 } })).newPage();
  await checker.goto(link);
  await expectNoAxeViolations(checker);
  const overflow = await checker.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
  await checker.context().close();

  // The manager hears, and the request's story moved on without retyping.
  expect((await mailWithSubject(manager.email, /wants to interview/)).subject).toBe(
    `Ledgerly ${tag} wants to interview ${ada.name}`,
  );
  await page.reload();
  await expect(page.getByTestId("request-status")).toHaveText("Status: Interviewing");
  const activity = page.getByRole("region", { name: "Notes and activity" });
  await expect(activity).toContainText(`Ledgerly ${tag} asked to interview ${ada.name}`);
  await expect(activity).toContainText(`Ledgerly ${tag} passed on ${brian.name}: Time zone too far apart`);
  // The company's words stay on the proposal, not copied into the timeline (erasing Brian takes them).
  await expect(shortlist.getByRole("listitem", { name: `Shortlist: ${brian.name}` })).toContainText(
    "We need someone in the Americas.",
  );
  await expect(activity).not.toContainText("We need someone in the Americas.");

  // Ada hears, with the company's name; Brian is told nothing about himself was shared beyond the profile.
  expect((await mailWithSubject(ada.email, /would like to interview you/)).subject).toBe(
    `Ledgerly ${tag} would like to interview you`,
  );
  // Brian hears kindly, without the company's name (he was not told it), its reason or its words.
  const passed = await mailWithSubject(brian.email, /^An update on the role/);
  expect(passed.subject).toBe(`An update on the role “${role}”`);
  expect(textPart(passed)).toContain("The company read your profile and has decided to go another way this time.");
  for (const unsaid of ["Ledgerly", "Time zone too far apart", "We need someone in the Americas."])
    expect(`${passed.subject} ${textPart(passed)}`).not.toContain(unsaid);
  // Carol said "Not now": the manager heard of the two who were interested only.
  expect((await mailsTo(manager.email)).filter((mail) => /is interested/.test(mail.subject ?? ""))).toHaveLength(2);
  const adaPage = await (await browser.newContext()).newPage();
  await loginAs(adaPage, ada.email, ada.password);
  await adaPage.goto("/account");
  await expect(adaPage.getByTestId("proposal-answer")).toHaveText(
    "The company would like to interview you: it books a time in your interview hours.",
  );

  // Ada shares her interview hours; the company books an hour in them (still without JavaScript).
  await adaPage.getByRole("link", { name: "Share your interview hours" }).click();
  await expect(adaPage.getByRole("heading", { level: 1 })).toHaveText("Interview hours");
  await adaPage.getByLabel("Your time zone").selectOption("Europe/Warsaw");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"])
    await adaPage.getByLabel(day, { exact: true }).fill(day === "Wednesday" ? "9 to 5" : "09:00–17:00");
  await adaPage.getByRole("button", { name: "Save my hours" }).click();
  await expect(adaPage.getByLabel("Wednesday", { exact: true })).toHaveAccessibleDescription(
    /Write “9 to 5” as two times/,
  );
  await expect(adaPage.getByLabel("Monday", { exact: true })).toHaveValue("09:00–17:00");
  await adaPage.getByLabel("Wednesday", { exact: true }).fill("09:00–17:00");
  await adaPage.getByRole("button", { name: "Save my hours" }).click();
  await expect(adaPage.getByRole("status")).toContainText("Companies that want to meet you can book an hour");
  await expectNoAxeViolations(adaPage);

  await company.goto(link);
  await company.getByRole("link", { name: `Book an interview with ${ada.name}` }).click();
  await expect(company.getByRole("heading", { level: 1 })).toHaveText(`Book an interview with ${ada.name}`);
  const booking = company.getByRole("form", { name: "Choose a time" });
  await booking.getByRole("button", { name: "Book the interview" }).click();
  await expect(company.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(company.getByText("Choose a time.", { exact: true })).toBeVisible();
  const firstTime = booking.getByRole("radio").first();
  const chosen = (await firstTime.locator("xpath=..").textContent())?.trim() ?? "";
  const start = Number(await firstTime.getAttribute("value"));
  await firstTime.check();
  // No link of the company's: the interview gets its own video room (MEETING_BASE_URL, the public Jitsi).
  await expect(booking.getByLabel("Meeting link (optional)")).toHaveValue("");
  await booking.getByRole("button", { name: "Book the interview" }).click();
  await expect(company.getByRole("status")).toContainText("Your interview is booked");
  await expect(company.getByRole("article", { name: ada.name })).toContainText(`Interview: `);
  await expect(company.getByRole("article", { name: ada.name })).toContainText(chosen);

  const companyInvite = await mailWithSubject(request.email, /^Interview booked/);
  expect(companyInvite.attachments.map((file) => file.contentType)).toContain("text/calendar");
  const adaInvite = await mailWithSubject(ada.email, new RegExp(`^Interview with Ledgerly ${tag}`));
  const ics = adaInvite.attachments.find((file) => file.contentType === "text/calendar")?.content.toString() ?? "";
  expect(ics).toContain("METHOD:REQUEST");
  const jitsiRoom = /https:\/\/meet\.jit\.si\/bedrock-talent-[0-9a-f]{32}/;
  const room = ics.replace(/\r?\n[\t ]/g, "").match(jitsiRoom)?.[0] ?? "";
  expect(room).toMatch(jitsiRoom);
  expect(textPart(companyInvite)).toContain(room);
  expect(textPart(adaInvite)).toContain(room);
  await company.getByRole("article", { name: ada.name }).getByRole("link", { name: "Move or cancel it" }).click();
  await expect(company.getByRole("link", { name: room })).toHaveAttribute("href", room);
  await company.goBack();
  await page.reload();
  await expect(page.getByRole("region", { name: "Interviews" })).toContainText(`with ${ada.name} · Confirmed`);

  // The timeline says who did what, and gives the interview's time on its reader's clock: a manager in India (#27 W6).
  const reader = await (await browser.newContext({ timezoneId: "Asia/Kolkata" })).newPage();
  await loginAs(reader, manager.email, manager.password);
  await reader.goto(`/admin/requests/${request.id}`);
  const lines = reader.getByRole("region", { name: "Notes and activity" }).getByRole("listitem");
  const bookedAt = `Interview booked: Ledgerly ${tag} with ${ada.name}, ${formatDateTime(start, "Asia/Kolkata")}`;
  await expect(lines.filter({ hasText: bookedAt })).toContainText("Change by the company");
  await expect(lines.filter({ hasText: `Ledgerly ${tag} asked to interview ${ada.name}` })).toContainText(
    "Change by the company",
  );
  await expect(lines.filter({ hasText: `${ada.name} is interested` })).toContainText("Change by the candidate");
  await expect(lines.filter({ hasText: `Proposed ${ada.name}` })).toContainText(`Change by ${manager.name}`);
  await expect(lines.filter({ hasText: "a former user" })).toHaveCount(0);
  await reader.context().close();

  // Before the interview has taken place, the manager can record neither the hire nor a scorecard of it.
  const interviewEnd = /^You can record this once the interview has taken place, after \w+day, .+\.$/;
  const beforeInterview = shortlist.getByRole("listitem", { name: `Shortlist: ${ada.name}` });
  await expect(beforeInterview.getByLabel("After the interviews")).toHaveValue("");
  await beforeInterview.getByLabel("After the interviews").selectOption({ label: "Hired" });
  await beforeInterview.getByRole("button", { name: `Save the outcome for ${ada.name}` }).click();
  await expect(beforeInterview.getByLabel("After the interviews")).toHaveAccessibleDescription(interviewEnd);
  await expect(beforeInterview.getByTestId("proposal-status")).not.toContainText("Hired");
  await expect(page.getByTestId("request-status")).toHaveText("Status: Interviewing");
  await page.goto(`/admin/candidates/${ada.id}`);
  await scorecards.getByLabel("About").selectOption({ label: `Interview with Ledgerly ${tag}` });
  await scorecards.getByLabel("PostgreSQL", { exact: true }).selectOption("4");
  await scorecards.getByLabel("Recommendation").selectOption({ label: "Yes" });
  await scorecards.getByRole("button", { name: "Save scorecard" }).click();
  await expect(scorecards.getByLabel("About")).toHaveAccessibleDescription(interviewEnd);
  await expect(scorecards.getByTestId("scorecard")).toHaveCount(1);
  await adaPage.goto("/account");
  await expect(
    adaPage.getByRole("article", { name: `Interview with Ledgerly ${tag}` }).getByRole("link", { name: room }),
  ).toHaveAttribute("href", room);

  // Ada cancels with a reason; the company's calendar gets the cancellation.
  const interviewCard = adaPage.getByRole("article", { name: `Interview with Ledgerly ${tag}` });
  await interviewCard.getByText("Cancel this interview…").click();
  await interviewCard.getByLabel("Reason for the company").fill("A family matter that day, sorry.");
  await interviewCard.getByRole("button", { name: "Cancel the interview" }).click();
  await expect(adaPage.getByTestId("interview-time")).toContainText("Cancelled: ");
  const cancellation = await mailWithSubject(request.email, /^Interview cancelled/);
  expect(textPart(cancellation)).toContain("A family matter that day, sorry.");
  expect(cancellation.attachments.find((file) => file.contentType === "text/calendar")?.content.toString()).toContain(
    "METHOD:CANCEL",
  );

  // The manager records the hire: Ada is placed, the request won, and the funnel counts it.
  const hiredRow = async () => {
    await page.goto("/admin");
    const row = page.getByRole("region", { name: /Hiring funnel/ }).getByRole("row", { name: /^Hired/ });
    return Number((await row.getByRole("cell").first().textContent()) ?? "0");
  };
  const hiredBefore = await hiredRow();
  await page.goto(`/admin/requests/${request.id}`);
  const adaOutcome = shortlist.getByRole("listitem", { name: `Shortlist: ${ada.name}` });
  await adaOutcome.getByLabel("After the interviews").selectOption({ label: "Not hired" });
  await adaOutcome.getByRole("button", { name: `Save the outcome for ${ada.name}` }).click();
  // Required only for "Not hired": said once, under the label.
  await expect(adaOutcome.getByLabel("Reason", { exact: true })).toHaveAccessibleDescription(
    /^Required when not hired\. Say why/,
  );
  await adaOutcome.getByLabel("After the interviews").selectOption({ label: "Hired" });
  await adaOutcome.getByRole("button", { name: `Save the outcome for ${ada.name}` }).click();
  await expect(page.getByTestId("request-status")).toHaveText("Status: Won");
  await expect(adaOutcome.getByTestId("proposal-status")).toContainText("Hired");
  await expect(activity).toContainText(`Ledgerly ${tag} hired ${ada.name}; status changed from interviewing to won`);
  expect((await mailWithSubject(ada.email, /Your Bedrock Talent application: Placed/)).subject).toBe(
    "Your Bedrock Talent application: Placed",
  );
  expect(await hiredRow()).toBe(hiredBefore + 1);
  await page.goto(`/admin/requests/${request.id}`);

  // Ada's data export holds the thread too.
  const exported = (await (await adaPage.request.get("/api/account/export")).json()) as {
    proposals: { company: string | null; companyAnswer: string }[];
    interviews: { meetingLink: string; status: string }[];
  };
  expect(exported.proposals).toEqual([
    expect.objectContaining({ company: `Ledgerly ${tag}`, companyAnswer: "interview" }),
  ]);
  expect(exported.interviews).toEqual([expect.objectContaining({ meetingLink: room, status: "cancelled" })]);

  // Revoking the link closes the page at once: a clear page, not an error.
  await shortlist.getByText("Revoke the company's link…").click();
  await shortlist.getByRole("button", { name: "Revoke the link" }).click();
  await expect(shortlist.getByTestId("shortlist-link")).toHaveText("The company has no working shortlist link.");
  await expect(activity).toContainText("Shortlist link revoked");
  await company.goto(link);
  await expect(company.getByRole("heading", { level: 1 })).toHaveText("This shortlist link no longer works");
  await companyContext.close();
});

test("the company reads a developer under the name they chose for the directory, with their history as it shows it (#27 W11)", async ({
  page,
}) => {
  const tag = `Named${Date.now().toString(36)}`;
  const manager = { ...(await createStaffUser()), role: "manager" as const };
  const candidate = await createCandidateUser("named", { name: `Grace Hopper${tag}` });
  // A Junior, so that no other spec's list of a level on the hire page moves.
  await submitProfile(candidate.id, {
    headline: `${tag} compiler engineer`,
    seniority: "Junior",
    skills: [tag, "COBOL"],
    timeZone: "America/New_York",
  });
  await moveToStage(manager, candidate.id, "vetted");
  await addHistory(candidate.id, {
    positions: [
      {
        role: "Compiler engineer",
        companyKind: "Defence contractor, 2,000 people",
        employer: `Secret Navy ${tag}`,
        startMonth: "2020-01",
        endMonth: null,
        summary: "Wrote the first compiler for business data.",
      },
    ],
    projects: [{ name: "FLOW-MATIC", summary: "A data processing language in plain English words." }],
  });
  await setListed(candidate.id, true, "Grace H.");
  const request = await insertRequest(`Namedco ${tag}`);
  await proposeAs(manager, request.id, candidate.id);
  await answerProposalAs(candidate.id, request.id, "interested");
  const token = await sendShortlistAs(manager, request.id);

  // The directory and the shortlist name her alike, and tell the same history without the employer's name.
  await page.goto(`/developers?skill=${tag.toLowerCase()}`);
  await expect(page.getByRole("article", { name: /^Grace H\./ })).toBeVisible();
  await page.goto(`/shortlist/${token}`);
  const card = page.getByRole("article", { name: "Grace H." });
  const history = card.getByRole("region", { name: "Work history" });
  await expect(history.getByRole("heading", { level: 4 })).toHaveText("Compiler engineer");
  await expect(history).toContainText("Defence contractor, 2,000 people");
  await expect(history).toContainText("Wrote the first compiler for business data.");
  await expect(card.getByRole("region", { name: "Notable projects" })).toContainText("FLOW-MATIC");
  await expect(card.getByRole("button", { name: "Interview Grace H." })).toBeVisible();
  const text = await page.locator("main").innerText();
  for (const secret of [`Secret Navy ${tag}`, `Hopper${tag}`, "G. H.", candidate.email])
    expect(text).not.toContain(secret);
  await expectNoAxeViolations(page);
});

test("a made-up shortlist link is a clear page, and a candidate cannot answer someone else's proposal", async ({
  page,
}) => {
  const response = await page.goto(`/shortlist/${"x".repeat(43)}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not open a shortlist");
  await expectNoAxeViolations(page);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  const manager = await createStaffUser();
  const owner = await createCandidateUser("owner");
  const intruder = await createCandidateUser("intruder");
  const request = await insertRequest(`Privateco ${Date.now()}`);
  await proposeAs({ ...manager, role: "manager" }, request.id, owner.id);
  await loginAs(page, owner.email, owner.password);
  await page.goto("/account");
  await expect(page.getByRole("region", { name: "Roles we put you forward for" })).toHaveCount(1);
  await loginAs(page, intruder.email, intruder.password);
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hello, ${intruder.name}`);
  await expect(page.getByRole("region", { name: "Roles we put you forward for" })).toHaveCount(0);
});
