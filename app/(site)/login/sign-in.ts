/** What a sign-in attempt came to: next-auth answers with the address it would go to next. */
export type SignInResult = { ok: boolean; url: string | null; error: string | null };

/**
 * next-auth's Credentials sign-in, as its own client library does it (`signIn("credentials", {
 * redirect: false })`): ask for the form token (GET /api/auth/csrf, which also sets its cookie),
 * then post the credentials to the provider's callback with `json=true`, which answers with the
 * next address instead of redirecting; an `error` in it says why the sign-in failed. The library's
 * client would ship 8 kB (gzip) of its own runtime to the sign-in page for these two requests.
 */
export async function signInWithCredentials(email: string, password: string): Promise<SignInResult> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: window.location.href, json: "true" }),
  });
  const { url = null } = (await response.json()) as { url?: string };
  const error = url ? new URL(url, window.location.origin).searchParams.get("error") : null;
  return { ok: response.ok, url, error };
}
