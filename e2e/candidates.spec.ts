import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  createCandidateUser,
  expect,
  latestEmailTo,
  linkInMail,
  loginAs,
  mailTo,
  pdfFile,
  candidateProfile as profileOf,
  STRONG_PASSWORD,
  test,
  userByEmail,
  userById,
  usersWithEmail,
} from "./fixtures";
import { fillCompleteProfile, profileForm } from "./support/pages/profile";
import { accountFields, fillRegistration, signIn } from "./support/pages/sign-in";

const cvDir = join(process.env.UPLOADS_DIR ?? "", "cv");

test.describe("candidates", () => {
  test("a developer registers, submits a profile with a CV, follows the stage, edits, exports and deletes", async ({
    page,
    clientIp,
  }) => {
    const email = `Ada.${clientIp}@Backend.example`;
    await page.goto("/join");
    await page.getByRole("link", { name: "Create your account" }).click();
    await fillRegistration(page, { email });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText("Check your inbox");

    // The address is proven by the emailed link; then sign in and continue to the profile.
    await page.goto(await linkInMail(email, "/verify-email/"));
    await page.getByRole("button", { name: "Confirm my email address" }).click();
    await expect(page.getByRole("status")).toContainText("Your email address is confirmed");
    await signIn(page, email, STRONG_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");

    await fillCompleteProfile(page);
    await profileForm(page).submit.click();
    await expect(page.getByTestId("current-stage")).toHaveText("Submitted");
    await expect(page.getByRole("region", { name: "History" })).toContainText("Draft");

    const user = await userByEmail(email);
    const profile = await profileOf(user!.id);
    expect(profile).toMatchObject({
      stage: "submitted",
      seniority: "Senior",
      yearsExperience: 7,
      salaryCurrency: "EUR",
      availability: "full-time",
      cvFileName: "Ada CV.pdf",
    });
    expect(profile?.skills).toEqual(["Node.js", "Django", "Kafka", "gRPC"]);
    expect(profile?.consentAt).not.toBeNull();
    const cvPath = join(cvDir, profile!.cvFileKey!);
    expect(existsSync(cvPath)).toBe(true);

    // Edit later.
    await page.getByRole("link", { name: "Edit your profile" }).click();
    await expect(profileForm(page).headline).toHaveValue("Senior Node.js engineer, payments");
    await profileForm(page).headline.fill("Staff backend engineer, payments and ledgers");
    await page.getByRole("button", { name: "Save changes" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your changes are saved" })).toBeVisible();
    expect((await profileOf(user!.id))?.headline).toBe("Staff backend engineer, payments and ledgers");

    // Own CV downloads as an attachment.
    const cv = await page.request.get("/api/cv/me");
    expect(cv.status()).toBe(200);
    expect(cv.headers()["content-disposition"]).toContain('attachment; filename="Ada CV.pdf"');

    // Download my data.
    await page.goto("/account");
    const exported = await page.request.get("/api/account/export");
    expect(exported.headers()["content-disposition"]).toContain("attachment");
    const data = (await exported.json()) as {
      account: { email: string };
      profile: { headline: string; skills: string[] };
    };
    expect(data.account.email).toBe(email.toLowerCase());
    expect(data.profile.headline).toBe("Staff backend engineer, payments and ledgers");
    expect(data.profile.skills).toContain("Kafka");

    // Delete my account.
    await page.getByRole("link", { name: "Delete my account" }).click();
    await expect(page.getByRole("button", { name: "Delete my account" })).toHaveClass(/btn-danger/);
    await page.getByLabel(/I understand/).check();
    await page.getByLabel("Your password").fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByRole("status")).toContainText("Your account and your data have been deleted");
    expect(await profileOf(user!.id)).toBeUndefined();
    expect(existsSync(cvPath)).toBe(false);
    const erased = await userById(user!.id);
    expect(erased).toMatchObject({ name: "Deleted candidate", active: false });
    expect(erased?.email).not.toContain("backend.example");
    expect(await userByEmail(email)).toBeUndefined();
  });

  test("weak, common and personal passwords are refused with clear messages; a registered address is not revealed", async ({
    page,
    clientIp,
  }) => {
    const existing = await createCandidateUser("taken");
    await page.goto("/register");
    const fields = accountFields(page);
    await fillRegistration(page, {
      name: "Grace Backend",
      email: `grace.${clientIp}@backend.example`,
      password: "short",
    });
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(fields.password).toHaveAccessibleDescription(/at least 10 characters/);
    await expect(fields.email).toHaveValue(`grace.${clientIp}@backend.example`);

    await fields.password.fill("Password2024!");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(fields.password).toHaveAccessibleDescription(/too common/);

    // An address that already has an account gets the same answer as a new one; its owner gets an email.
    await fields.email.fill(existing.email.toUpperCase());
    await fields.password.fill(STRONG_PASSWORD);
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toContainText("Check your inbox");
    await expect(page.getByRole("status")).toContainText(existing.email);
    expect(await usersWithEmail(existing.email)).toHaveLength(1);
    await expect
      .poll(
        () => mailTo(existing.email).some((raw) => raw.includes("Someone tried to create a Bedrock Talent account")),
        { timeout: 15_000 },
      )
      .toBe(true);
  });

  test("bad files, bad links and markup in text are handled without losing input", async ({ page }) => {
    const candidate = await createCandidateUser();
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/profile");

    await profileForm(page).headline.fill('<script>alert("x")</script> Go engineer');
    await profileForm(page).github.fill("github.com/ada");
    await profileForm(page).linkedin.fill("https://evil.example/in/ada");
    await profileForm(page).cv.setInputFiles({
      name: "cv.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("MZ\x90\x00 this is a windows program"),
    });
    await profileForm(page).saveDraft.click();
    await expect(profileForm(page).github).toHaveAccessibleDescription(/full link/);
    await expect(profileForm(page).linkedin).toHaveAccessibleDescription(/right site/);
    await expect(profileForm(page).cv).toHaveAccessibleDescription(/PDF or Word/);
    await expect(profileForm(page).headline).toHaveValue('<script>alert("x")</script> Go engineer');
    expect((await profileOf(candidate.id))?.cvFileKey).toBeNull();
    expect((await profileOf(candidate.id))?.githubUrl).toBeNull();

    const big = Buffer.alloc(6 * 1024 * 1024, 0x20);
    big.write("%PDF-1.4\n");
    await profileForm(page).github.fill("https://github.com/ada");
    await profileForm(page).linkedin.fill("");
    await profileForm(page).cv.setInputFiles({ name: "huge.pdf", mimeType: "application/pdf", buffer: big });
    await profileForm(page).saveDraft.click();
    await expect(profileForm(page).cv).toHaveAccessibleDescription(/5 MB or smaller/);
    expect((await profileOf(candidate.id))?.cvFileKey).toBeNull();

    await profileForm(page).cv.setInputFiles([]);
    await profileForm(page).saveDraft.click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
    expect((await profileOf(candidate.id))?.headline).toBe('<script>alert("x")</script> Go engineer');
    await page.reload();
    // Rendered as text, not markup.
    await expect(profileForm(page).headline).toHaveValue('<script>alert("x")</script> Go engineer');
    await expect(page.locator("script", { hasText: 'alert("x")' })).toHaveCount(0);
  });

  test("submitting an incomplete profile saves a draft and says what is missing", async ({ page }) => {
    const candidate = await createCandidateUser();
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/profile");
    await profileForm(page).headline.fill("Python backend developer");
    await profileForm(page).submit.click();
    await expect(page.getByRole("alert").filter({ hasText: "Saved as a draft" })).toBeVisible();
    await expect(profileForm(page).cv).toHaveAccessibleDescription(/Upload your CV/);
    await expect(profileForm(page).seniority).toHaveAccessibleDescription(/seniority/);
    expect(await profileOf(candidate.id)).toMatchObject({ headline: "Python backend developer", stage: "draft" });
  });

  test("a save is answered beside the profile's buttons, where the person is, with and without JavaScript", async ({
    page,
    browser,
  }) => {
    const candidate = await createCandidateUser("save-answer");
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/profile");
    await profileForm(page).headline.fill("Go engineer, payments");
    await profileForm(page).saveDraft.click();
    // The form is some 3,000 px long: the answer sat at its top, off the screen of the person at the buttons.
    await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeInViewport();
    await expect(profileForm(page).saveDraft).toBeInViewport();

    // Without JavaScript the page comes back at the buttons and the answer, not at the top.
    const plain = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await plain.newPage();
    await loginAs(noScript, candidate.email, candidate.password);
    await noScript.goto("/account/profile");
    await profileForm(noScript).saveDraft.click();
    await expect(noScript).toHaveURL(/\/account\/profile#save-profile$/);
    await expect(noScript.getByRole("status").filter({ hasText: "Draft saved." })).toBeInViewport();
    await plain.close();
  });

  test("one candidate cannot reach another's CV or profile, nor any staff page", async ({ page, browser }) => {
    const owner = await createCandidateUser("owner");
    await loginAs(page, owner.email, owner.password);
    await page.goto("/account/profile");
    await fillCompleteProfile(page);
    await profileForm(page).submit.click();
    await expect(page.getByTestId("current-stage")).toHaveText("Submitted");

    const other = await createCandidateUser("other");
    const context = await browser.newContext();
    const intruder = await context.newPage();
    await loginAs(intruder, other.email, other.password);
    for (const path of [`/api/cv/${owner.id}`, `/api/cv/${owner.id + 1}`, "/api/cv/0", "/api/cv/../etc"]) {
      expect((await intruder.request.get(path)).status(), path).toBe(404);
    }
    expect((await intruder.request.get("/api/cv/me")).status()).toBe(404);
    expect((await intruder.goto("/admin"))?.status()).toBe(404);
    await intruder.goto("/account");
    await expect(intruder.getByTestId("current-stage")).toHaveText("Draft");
    const anonymous = await browser.newContext();
    expect((await anonymous.request.get(`/api/cv/${owner.id}`)).status()).toBe(404);
    expect((await anonymous.request.get("/api/account/export")).status()).toBe(404);
    await context.close();
    await anonymous.close();
  });

  test("login is throttled after repeated wrong passwords for one email", async ({ page }) => {
    const candidate = await createCandidateUser("throttle");
    await page.goto("/login");
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, candidate.email, `wrong-password-${attempt}`);
      await expect(page.getByRole("alert").filter({ hasText: "do not match" })).toBeVisible();
    }
    await signIn(page, candidate.email, candidate.password);
    await expect(page.getByRole("alert").filter({ hasText: "Too many sign-in attempts" })).toBeVisible();
    expect(page.url()).toContain("/login");
  });

  test("a forgotten password is reset through a single-use emailed link", async ({ page }) => {
    const candidate = await createCandidateUser("reset");
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Reset your password");
    await accountFields(page).email.fill(candidate.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await expect(page.getByRole("status")).toContainText(`If an account exists for ${candidate.email}`);
    await expect.poll(() => mailTo(candidate.email).length, { timeout: 15_000 }).toBe(1);
    const link = latestEmailTo(candidate.email).match(/https?:\/\/\S+\/reset-password\/[A-Za-z0-9_-]{43}/)?.[0] ?? "";
    expect(link).not.toBe("");

    await page.goto(link);
    await page.getByLabel("New password").fill("a-brand-new-passphrase-77");
    await page.getByRole("button", { name: "Save new password" }).click();
    await expect(page.getByRole("status")).toContainText("Your password has been changed");
    await signIn(page, candidate.email, "a-brand-new-passphrase-77");
    // Sign-in then renders the account page: allow for a busy machine.
    await expect(page.getByTestId("current-stage")).toHaveText("Draft", { timeout: 15_000 });

    await page.goto(link);
    await expect(page.getByText("This link has expired or was already used")).toBeVisible();
  });

  test("account pages send anonymous visitors to the login page and back", async ({ page }) => {
    await page.goto("/account/profile");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Faccount%2Fprofile/);
    const candidate = await createCandidateUser("return");
    await signIn(page, candidate.email, candidate.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your profile");
  });
});

test("a candidate replaces the CV (the old file is removed), changes the password and signs out", async ({ page }) => {
  const candidate = await createCandidateUser("cv-replace");
  await loginAs(page, candidate.email, candidate.password);
  await page.goto("/account/profile");
  await profileForm(page).cv.setInputFiles(pdfFile("First.pdf"));
  await profileForm(page).saveDraft.click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();
  const first = (await profileOf(candidate.id))?.cvFileKey ?? "";
  expect(existsSync(join(cvDir, first))).toBe(true);
  // Once a CV is on file the field becomes optional (its label says so).
  await profileForm(page).cv.setInputFiles(pdfFile("Second.pdf"));
  await profileForm(page).saveDraft.click();
  await expect(page.getByRole("link", { name: "Second.pdf" })).toBeVisible();
  const second = (await profileOf(candidate.id))?.cvFileKey ?? "";
  expect(second).not.toBe(first);
  expect(existsSync(join(cvDir, first))).toBe(false);
  expect(existsSync(join(cvDir, second))).toBe(true);

  await page.goto("/account/password");
  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password").fill("another-river-stone-88");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(/not your current password/);
  await page.getByLabel("Current password").fill(candidate.password);
  await page.getByLabel("New password").fill("another-river-stone-88");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Your password has been changed" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/");
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, candidate.email, "another-river-stone-88");
  await expect(page.getByTestId("current-stage")).toHaveText("Draft");
});
