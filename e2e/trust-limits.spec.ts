import { verify } from "@node-rs/argon2";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { hashManageToken } from "../domain/manage-token";
import {
  bookingById,
  bookingsFor,
  createCandidateUser,
  expect,
  fillRateLimit,
  formSigningSecret,
  insertBooking,
  linkInMail,
  loginAs,
  mailTo,
  passwordHashOf,
  requestsFrom,
  resetTokensOf,
  test,
  userById,
} from "./fixtures";
import { contactFormBody, readContactForm, referenceIn } from "./support/contact-post";
import { bookingForm, fillBooking, openOwnSlot, openReschedule } from "./support/pages/booking";
import { contactForm, fillValidRequest, sendRequest } from "./support/pages/contact";
import { accountFields, requestPasswordReset } from "./support/pages/sign-in";

const DAY = 24 * 60 * 60 * 1000;
let addresses = 0;
/** A simulated client address of its own, unique across workers (X-Forwarded-For, which the e2e server trusts from loopback). */
const newAddress = () => `100.64.${test.info().workerIndex}.${++addresses}`;

async function clientAt(browser: Browser, ip: string) {
  return browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": ip } });
}

/** One sign-in through next-auth's endpoint: whether it signed in, and the error it answered otherwise. */
async function signIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
  });
  const { url } = (await response.json()) as { url: string };
  const error = new URL(url).searchParams.get("error");
  const cookies = (await request.storageState()).cookies;
  return { signedIn: !error && cookies.some((cookie) => cookie.name.endsWith("next-auth.session-token")), error };
}

test.describe("sign-in limits (S8)", () => {
  test("a stranger's wrong passwords do not lock the owner out; the stranger's own address is throttled", async ({
    browser,
  }) => {
    const owner = await createCandidateUser("s8-owner");
    const stranger = await clientAt(browser, newAddress());
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await signIn(stranger.request, owner.email, `wrong-password-${attempt}`)).toEqual({
        signedIn: false,
        error: "CredentialsSignin",
      });
    }

    const home = await clientAt(browser, newAddress());
    expect(await signIn(home.request, owner.email, owner.password)).toEqual({ signedIn: true, error: null });

    // From the stranger's address even the right password is refused, before it is checked.
    const again = await signIn(stranger.request, owner.email, owner.password);
    expect(again.signedIn).toBe(false);
    expect(again.error).toContain("Too many sign-in attempts");
    await stranger.close();
    await home.close();
  });

  test("one address spraying one password over many accounts is throttled", async ({ browser }) => {
    const target = await createCandidateUser("s8-spray");
    const sprayer = await clientAt(browser, newAddress());
    for (let attempt = 0; attempt < 20; attempt++) {
      expect(
        (await signIn(sprayer.request, `nobody-${attempt}-${Date.now()}@spray.example`, "Summer2026!")).error,
      ).toBe("CredentialsSignin");
    }
    const refused = await signIn(sprayer.request, target.email, target.password);
    expect(refused.signedIn).toBe(false);
    expect(refused.error).toContain("Too many sign-in attempts");
    await sprayer.close();
  });
});

test.describe("current-password limits (S11)", () => {
  const storedHash = passwordHashOf;

  async function tryCurrentPassword(page: Page, current: string) {
    await page.getByLabel("Current password").fill(current);
    await page.getByLabel("New password").fill("a-brand-new-passphrase-77");
    await page.getByRole("button", { name: "Change password" }).click();
  }

  test("after five wrong current passwords, change-password and delete-account refuse without checking it", async ({
    page,
  }) => {
    const candidate = await createCandidateUser("s11");
    await loginAs(page, candidate.email, candidate.password);
    await page.goto("/account/password");
    for (let attempt = 0; attempt < 5; attempt++) {
      await tryCurrentPassword(page, `not-it-${attempt}`);
      await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
        "That is not your current password.",
      );
    }
    // The right password now gets the same refusal as a wrong one: guessing tells nothing more.
    await tryCurrentPassword(page, candidate.password);
    await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(
      /Too many wrong passwords\. For your security, try again in 1[45] minutes\./,
    );
    expect(await verify(await storedHash(candidate.id), candidate.password)).toBe(true);

    await page.goto("/account/delete");
    await page.getByLabel(/I understand/).check();
    await page.getByLabel("Your password").fill(candidate.password);
    await page.getByRole("button", { name: "Delete my account" }).click();
    await expect(page.getByLabel("Your password")).toHaveAccessibleDescription(/Too many wrong passwords/);
    expect((await userById(candidate.id))?.email).toBe(candidate.email);
  });
});

test.describe("booking limits (S4)", () => {
  test.use({ timezoneId: "UTC" });

  async function bookOwnSlot(page: Page, email: string) {
    await openOwnSlot(page);
    await fillBooking(page, email, {
      name: "Mallory Filler",
      company: "Filler Co",
      hiringFor: "Every free time you have.",
    });
    await bookingForm(page).confirm.click();
  }

  test("an email with two upcoming calls is told how to manage them, its input kept and nothing stored", async ({
    page,
  }) => {
    const email = `twice-${process.pid}-${Date.now()}@company.example`;
    await insertBooking(new Date(Date.now() + 30 * DAY), { email });
    await insertBooking(new Date(Date.now() + 31 * DAY), { email });
    await bookOwnSlot(page, email.toUpperCase());
    await expect(bookingForm(page).email).toHaveAccessibleDescription(
      /already has 2 upcoming calls.*use the link in its confirmation email/,
    );
    await expect(bookingForm(page).company).toHaveValue("Filler Co");
    expect(await bookingsFor(email)).toHaveLength(2);
  });

  test("an address that booked eight calls today is refused for the rest of the day, not just the hour", async ({
    page,
    clientIp,
  }) => {
    await fillRateLimit(`booking-ip-day:${clientIp}`, 8, Date.now() - 2 * 60 * 60 * 1000);
    const email = `daily-${process.pid}-${Date.now()}@company.example`;
    await bookOwnSlot(page, email);
    await expect(
      page.getByRole("alert").filter({ hasText: /several bookings from your network\. Please try again in 22 hours/ }),
    ).toBeVisible();
    await expect(bookingForm(page).email).toHaveValue(email);
    expect(await bookingsFor(email)).toHaveLength(0);
  });

  test("one booking can be moved three times a day; a fourth move and a cancel are refused and email nobody", async ({
    page,
  }) => {
    test.setTimeout(60_000); // four moves through two pages each, then a cancel: past 30 s beside another worker
    const { booking, token, expert } = await insertBooking(new Date(Date.now() + 30 * DAY));
    const movedEmails = () =>
      mailTo(booking.email).filter((raw) => /Subject: Your discovery call moved/.test(raw)).length;
    // To the expert's first free time (never the call's own: the list leaves it out).
    const move = async () => {
      await page.goto(`/book/manage/${token}`);
      const times = (await openReschedule(page)).getByRole("link", { name: new RegExp(` with ${expert.name}$`) });
      await page.goto((await times.first().getAttribute("href")) ?? "");
      await page.getByRole("button", { name: "Move my call" }).click();
    };
    for (let moves = 0; moves < 3; moves++) {
      await move();
      await expect(page.getByRole("status")).toContainText("Your call has moved");
    }
    await expect.poll(movedEmails).toBe(3);
    const afterThree = await bookingById(booking.id);

    await move();
    await expect(
      page.getByRole("alert").filter({ hasText: "This call has been changed several times recently" }),
    ).toBeVisible();
    await page.goto(`/book/manage/${token}`);
    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: "This call has been changed several times recently" }),
    ).toBeVisible();
    expect(await bookingById(booking.id)).toEqual(afterThree);
    expect(movedEmails()).toBe(3);
  });

  test("a cancel is refused once the booking's daily changes are used up", async ({ page }) => {
    const { booking, token } = await insertBooking(new Date(Date.now() + 30 * DAY));
    await fillRateLimit(`meeting-change:call:${hashManageToken(token)}`, 3);
    await page.goto(`/book/manage/${token}`);
    await page.getByRole("link", { name: "Cancel this call" }).click();
    await page.getByRole("button", { name: "Yes, cancel my call" }).click();
    await expect(
      page.getByRole("alert").filter({ hasText: /changed several times recently\. Please try again in (23|24) hours/ }),
    ).toBeVisible();
    expect((await bookingById(booking.id))?.status).toBe("confirmed");
  });
});

test.describe("single-use contact forms (S13, #11 1.1)", () => {
  const storedFor = requestsFrom;

  test("a posted form replayed stores nothing more and says so", async ({ baseURL, clientIp }) => {
    const origin = baseURL ?? "";
    const hidden = await readContactForm(origin);
    const secret = await formSigningSecret();
    const email = `replay-${process.pid}-${Date.now()}@durability.example`;
    const body = contactFormBody(hidden, secret, email);
    const post = async () => {
      const response = await fetch(`${origin}/contact`, {
        method: "POST",
        body,
        headers: { origin, "x-forwarded-for": clientIp },
      });
      return { status: response.status, html: await response.text() };
    };
    const first = await post();
    expect(referenceIn(first.html)).toMatch(/^BT-/);
    const replays = await Promise.all([post(), post(), post()]);
    for (const replay of replays) {
      expect(replay.status).toBe(200);
      expect(referenceIn(replay.html)).toBeNull();
      expect(replay.html).toContain("This form was already sent");
    }
    expect(await storedFor(email)).toHaveLength(1);
  });

  test("a correction sent within three seconds of an error is stored", async ({ page, clientIp }) => {
    const email = `quickfix+${clientIp}@compiler.example`;
    await page.goto("/contact");
    // Everything but the consent, which the error then asks for.
    await fillValidRequest(page, email);
    await contactForm(page).consent.uncheck();
    await sendRequest(page);
    await expect(page.getByRole("alert").filter({ hasText: "Please correct the highlighted fields" })).toBeVisible();
    await contactForm(page).consent.check();
    await page.getByRole("button", { name: "Send request" }).click();
    await expect(page.getByRole("status")).toContainText("Your request has been sent");
    await expect(page.locator("strong.font-mono")).toHaveText(/^BT-[A-HJ-NP-Z2-9]{6}$/);
    expect(await storedFor(email)).toHaveLength(1);
  });
});

test.describe("password reset limits (S14)", () => {
  const askForReset = requestPasswordReset;
  const resetMails = (email: string) =>
    mailTo(email).filter((raw) => /Subject: Reset your Bedrock Talent password/.test(raw)).length;
  const sent = (email: string) => `If an account exists for ${email}, we have emailed it a link`;
  const minutes = "(1 minute|\\d+ minutes)";
  const recentlySent = (email: string) =>
    new RegExp(
      `^If an account exists for ${email.replace(/[.+]/g, "\\$&")}, we emailed it a link to choose a new password less than ${minutes} ago\\. We send one every 15 minutes at most, .* You can ask for another in ${minutes}\\.$`,
    );

  test("strangers asking from five addresses cannot lock the owner out: one email, whose link the owner uses minutes later (#27 N8)", async ({
    browser,
  }) => {
    test.setTimeout(90_000); // sixteen requests and a password change: about 3× the 30 s they take under load
    const owner = await createCandidateUser("s14");
    for (let stranger = 0; stranger < 5; stranger++) {
      const context = await clientAt(browser, newAddress());
      const page = await context.newPage();
      for (let attempt = 0; attempt < 3; attempt++) {
        await askForReset(page, owner.email);
        const status = page.getByRole("status");
        if (stranger === 0 && attempt === 0) await expect(status).toContainText(sent(owner.email));
        else await expect(status).toHaveText(recentlySent(owner.email));
      }
      await context.close();
    }
    // However many asked, the inbox got the one email of the quarter hour.
    await expect.poll(() => resetMails(owner.email), { timeout: 15_000 }).toBe(1);
    expect(await resetTokensOf(owner.id)).toHaveLength(1);

    // The owner, from their own address: told the link is in their inbox, which still works.
    const home = await clientAt(browser, newAddress());
    const ownPage = await home.newPage();
    await askForReset(ownPage, owner.email);
    await expect(ownPage.getByRole("status")).toHaveText(recentlySent(owner.email));
    await ownPage.goto(await linkInMail(owner.email, "/reset-password/"));
    await ownPage.getByLabel("New password").fill("a-brand-new-passphrase-77");
    await ownPage.getByRole("button", { name: "Save new password" }).click();
    await expect(ownPage.getByRole("status")).toContainText("Your password has been changed");
    expect(resetMails(owner.email)).toBe(1);
    await home.close();
  });

  test("one address asking for many emails is told to wait, the same whether or not an account exists", async ({
    page,
  }) => {
    const owner = await createCandidateUser("s14-ip");
    const stamp = `${process.pid}-${Date.now()}`;
    const nobody = (index: number) => `nobody-${index}-${stamp}@candidates.example`;
    for (let index = 0; index < 9; index++) {
      const email = nobody(index);
      await askForReset(page, email);
      await expect(page.getByRole("status")).toContainText(sent(email));
    }
    await askForReset(page, owner.email);
    await expect(page.getByRole("status")).toContainText(sent(owner.email));
    for (const email of [owner.email, nobody(9)]) {
      await askForReset(page, email);
      await expect(accountFields(page).email).toHaveAccessibleDescription(
        /^Too many reset requests\. Please try again in (59|60) minutes\.$/,
      );
      await expect(accountFields(page).email).toHaveValue(email);
    }
    await expect.poll(() => resetMails(owner.email), { timeout: 15_000 }).toBe(1);
  });
});
