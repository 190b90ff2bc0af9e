import type { Locator, Page } from "@playwright/test";
import { STRONG_PASSWORD } from "../factories";

/*
 * The account forms (sign in, register, forgotten password), by the labels a screen reader hears.
 * Other tests sign in through the API (loginAs); these are for the tests of the forms themselves.
 */

/** The fields the account forms share, inside `scope` (a page, or one form of it). */
export const accountFields = (scope: Page | Locator) => ({
  name: scope.getByLabel("Name"),
  email: scope.getByLabel("Email"),
  password: scope.getByLabel("Password"),
});

/** Fills and sends the sign-in form the page shows (the login page, or the one after a confirmation or reset). */
export async function signIn(page: Page, email: string, password: string) {
  const fields = accountFields(page);
  await fields.email.fill(email);
  await fields.password.fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Fills the registration form the page shows, without sending it. */
export async function fillRegistration(
  page: Page,
  { name = "Ada Backend", email, password = STRONG_PASSWORD }: { name?: string; email: string; password?: string },
) {
  const fields = accountFields(page);
  await fields.name.fill(name);
  await fields.email.fill(email);
  await fields.password.fill(password);
}

/** Asks for a reset link on /forgot-password. */
export async function requestPasswordReset(page: Page, email: string) {
  await page.goto("/forgot-password");
  await accountFields(page).email.fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
}
