/**
 * The address a confirmation link just proved, handed to the sign-in form that follows so its email
 * field is filled in. A cookie (10 minutes), not the URL: an address in
 * `/login?email=…` would stay in the browser's history and in every proxy's access log. It is read
 * by the page's script, as the login page is static; only the server that confirmed the link sets it.
 */
export const CONFIRMED_EMAIL_COOKIE = "confirmed-email";
export const CONFIRMED_EMAIL_MAX_AGE_S = 10 * 60;

/** The confirmed address in a `Cookie` header or `document.cookie`, or null when there is none (or it is not an address). */
export function confirmedEmailIn(cookies: string): string | null {
  const prefix = `${CONFIRMED_EMAIL_COOKIE}=`;
  const raw = cookies
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(prefix))
    ?.slice(prefix.length);
  if (!raw) return null;
  try {
    const email = decodeURIComponent(raw);
    return /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254 ? email : null;
  } catch {
    return null;
  }
}
