/**
 * #11 item 7: the emails a person expects, each with a text and an HTML part from the one layout,
 * read here as the recipient's mail app would (the SMTP sink's messages, parsed).
 */
import {
  backdateFormToken,
  createCandidateUser,
  createStaffUser,
  expect,
  linkInMail,
  loginAs,
  mailWithSubject,
  outboxTo,
  STRONG_PASSWORD,
  submitProfile,
  test,
  textPart,
} from "./fixtures";
import { formToken } from "./support/pages/contact";
import { fillCompleteProfile } from "./support/pages/profile";

test("a contact request is confirmed by email with its reference, in both parts, without echoing what was typed", async ({
  page,
  clientIp,
}) => {
  const email = `receipt+${clientIp}@compiler.example`;
  await page.goto("/contact");
  await page.getByLabel("Name").fill("Grace Hopper");
  await page.getByLabel("Work email").fill(email);
  await page.getByLabel("Company").fill("Compiler Works");
  await page.getByLabel("Role").fill("Backend developer");
  await page.getByLabel("Seniority").selectOption("Senior");
  await page.getByLabel("Number of developers").fill("3");
  await page.getByLabel("Desired start").selectOption({ label: "Within a month" });
  await page.getByLabel("Message").fill("Three engineers; visit https://spam.example for cheap watches.");
  await page.getByLabel(/I agree/).check();
  await expect(formToken(page)).not.toHaveValue(""); // the form's own, before backdating it
  await backdateFormToken(page);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByRole("status")).toContainText("Your request has been sent");
  const reference = (await page.locator("strong.font-mono").textContent()) ?? "";
  expect(reference).toMatch(/^BT-[A-Z2-9]{6}$/);

  const mail = await mailWithSubject(email, new RegExp(`We received your request \\(${reference}\\)`));
  expect(textPart(mail)).toContain("Hello Grace Hopper,");
  expect(textPart(mail)).toContain(`Reference: ${reference}`);
  expect(textPart(mail)).toContain("Developers: 3 × Senior");
  expect(textPart(mail)).toContain("Start: Within a month");
  expect(textPart(mail)).toMatch(/Book a 30-minute discovery call https?:\/\/\S+\/book/);
  expect(mail.html).toContain(reference);
  expect(mail.html).toContain("Bedrock Talent");
  // Anyone can type any address into the form: the free text never travels to it.
  expect(`${mail.text}${mail.html}`).not.toContain("spam.example");
});

test("a new candidate is welcomed with the confirmation link; submitting the profile is acknowledged", async ({
  page,
  clientIp,
}) => {
  const email = `welcome.${clientIp}@backend.example`;
  await page.goto("/register");
  await page.getByLabel("Name").fill("Ada Welcome");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("Check your inbox");

  const welcome = await mailWithSubject(email, /^Welcome to Bedrock Talent: please confirm your email address$/);
  expect(textPart(welcome)).toContain("Hello Ada Welcome,");
  expect(textPart(welcome)).toMatch(/Confirm my email address https?:\/\/\S+\/verify-email\/[A-Za-z0-9_-]{43}/);
  expect(welcome.html).toMatch(/href="https?:\/\/[^"]+\/verify-email\/[A-Za-z0-9_-]{43}"/);

  await page.goto(await linkInMail(email, "/verify-email/"));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByRole("status")).toContainText("Your email address is confirmed");
  // The sign-in that follows starts with the address just confirmed, which the URL does not carry.
  await expect(page.getByLabel("Email")).toHaveValue(email);
  expect(decodeURIComponent(page.url())).not.toContain(email);
  await page.getByLabel("Password").fill(STRONG_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  await fillCompleteProfile(page);
  await page.getByRole("button", { name: "Submit profile" }).click();
  await expect(page.getByTestId("current-stage")).toHaveText("Submitted");

  const received = await mailWithSubject(email, /^We received your Bedrock Talent profile$/);
  expect(textPart(received)).toContain("Thank you: your profile has been submitted to our talent managers.");
  expect(textPart(received)).toContain("usually within three business days");
  expect(textPart(received)).toMatch(/See your application https?:\/\/\S+\/account/);
  expect(received.html).toContain("See your application");
});

test("every stage change a candidate can see reaches them by email, with the reason they are shown", async ({
  page,
  browser,
}) => {
  const candidate = await createCandidateUser("stage-mail");
  await submitProfile(candidate.id, { headline: "Go engineer", skills: ["Go"] });
  const manager = await createStaffUser();
  await loginAs(page, manager.email, manager.password);
  await page.goto(`/admin/candidates/${candidate.id}`);
  await page.getByLabel("Stage", { exact: true }).selectOption("screening");
  await page.getByLabel("Reason shown to the candidate (required when rejected)").fill("Strong Go background");
  await page.getByRole("button", { name: "Update stage" }).click();
  await expect(page.getByTestId("candidate-stage")).toHaveText("Stage: Screening");

  const mail = await mailWithSubject(candidate.email, /^Your Bedrock Talent application: Screening$/);
  expect(textPart(mail)).toContain("Your application has moved to a new stage: Screening.");
  expect(textPart(mail)).toContain("A talent manager is reviewing your experience");
  expect(textPart(mail)).toContain("Note from your talent manager: Strong Go background");
  expect(mail.html).toContain("Strong Go background");

  // Staff read the same email in the outbox: the HTML part in a locked-down frame, and the text part.
  const stored = await outboxTo(candidate.email);
  await page.goto(`/admin/outbox/${stored!.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your Bedrock Talent application: Screening");
  await expect(page.getByTestId("email-text")).toContainText("Note from your talent manager: Strong Go background");
  const frame = page.frameLocator(`iframe[title^="HTML version"]`);
  await expect(frame.getByText("Your application has moved to a new stage: Screening.")).toBeVisible();

  const html = await page.request.get(`/admin/outbox/${stored!.id}/html`);
  expect(html.status()).toBe(200);
  expect(html.headers()["content-security-policy"]).toContain("sandbox");
  expect(html.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(html.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  const other = await browser.newPage();
  await loginAs(other, candidate.email, candidate.password);
  expect((await other.request.get(`/admin/outbox/${stored!.id}/html`)).status()).toBe(404);
  await other.close();
});
