"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/form-fields";
import { TextLink } from "@/components/ui/text-link";
import { safeCallbackUrl } from "@/domain/callback-url";
import { confirmedEmailIn } from "@/domain/confirmed-email";
import { type SignInResult, signInWithCredentials } from "./sign-in";

const notices: Record<string, string> = {
  reset: "Your password has been changed. Sign in with the new one.",
  deleted: "Your account and your data have been deleted.",
  "signed-out-everywhere": "You have been signed out on every device, this one included.",
  verified: "Your email address is confirmed. Sign in to continue.",
};

const noSubscription = () => () => {};

/**
 * The form with what the address asks for: `?callbackUrl=/admin` (a place on this site) and
 * `?notice=reset`; after a confirmation (`?notice=verified`), the address just proven.
 */
export function LoginFormWithParams() {
  const params = useSearchParams();
  const callbackUrl = params.get("callbackUrl");
  const notice = params.get("notice");
  const confirmedEmail = useSyncExternalStore(
    noSubscription,
    () => (notice === "verified" ? confirmedEmailIn(document.cookie) : null),
    () => null,
  );
  return (
    <LoginForm
      callbackUrl={callbackUrl}
      notice={notice && Object.hasOwn(notices, notice) ? notices[notice] : undefined}
      email={confirmedEmail ?? undefined}
    />
  );
}

/** next-auth's answer to a form token it could not verify: a redirect to its own sign-in page (`?csrf=true`). */
const refusedAsStale = (result: SignInResult | undefined) =>
  Boolean(result?.url && new URL(result.url, window.location.origin).searchParams.has("csrf"));

export function LoginForm({
  callbackUrl,
  notice,
  email,
}: {
  callbackUrl: string | null;
  notice?: string;
  email?: string;
}) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Sign-in runs in the browser (next-auth's client flow): the button waits until the page is interactive.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    // A network failure is said like a refused token: "could not be checked", try again.
    const attempt = () =>
      signInWithCredentials(String(form.get("email")), String(form.get("password"))).catch(() => undefined);
    let result = await attempt();
    // next-auth answers a stale form token (its CSRF cookie was replaced by another response that
    // crossed this one, likelier with several servers) with its sign-in page and no error: not a
    // sign-in. One more try sends the current token; a second refusal is said, not hidden.
    if (refusedAsStale(result)) result = await attempt();
    setPending(false);
    if (!result || result.error || refusedAsStale(result)) {
      setError(
        result?.error === "CredentialsSignin"
          ? "That email and password do not match an account."
          : (result?.error ?? "Your sign-in could not be checked. Please try again."),
      );
      return;
    }
    // Judged against the origin the browser is on, the one the address would resolve against.
    router.push(safeCallbackUrl(callbackUrl, "/account", window.location.origin));
    router.refresh();
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-5">
      <noscript>
        <p className="text-sm font-medium text-danger-700">
          Signing in needs JavaScript. Please enable it for this site.
        </p>
      </noscript>
      {notice ? <FormAlert tone="success">{notice}</FormAlert> : null}
      {error ? <FormAlert tone="error">{error}</FormAlert> : null}
      <TextField
        // The confirmed address is known only once the page runs (it is static): a field of its own then
        // shows it, where a new defaultValue on the mounted one would not.
        key={email ?? ""}
        name="email"
        label="Email"
        type="email"
        required
        autoComplete="email"
        maxLength={254}
        defaultValue={email}
      />
      <TextField
        name="password"
        label="Password"
        type="password"
        required
        autoComplete="current-password"
        maxLength={256}
      />
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <div className="flex flex-wrap justify-between gap-3 text-sm">
        <TextLink href="/forgot-password">Forgot your password?</TextLink>
        <TextLink href="/register">Create an account</TextLink>
      </div>
    </form>
  );
}
