"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { isHttpsSite } from "@/config/site";
import { confirmEmail } from "@/db/queries/email-verifications";
import { CONFIRMED_EMAIL_COOKIE, CONFIRMED_EMAIL_MAX_AGE_S } from "@/domain/confirmed-email";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { getCurrentUser } from "@/services/session";

export async function confirmEmailAddress(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const confirmed = isWellFormedToken(token) ? await confirmEmail(hashManageToken(token)) : null;
  if (!confirmed) redirect(`/verify-email/${encodeURIComponent(token.slice(0, 64)) || "invalid"}?failed=1`);
  const user = await getCurrentUser();
  if (user?.id === confirmed.userId) redirect("/account?notice=verified");
  // The sign-in form that follows starts with the address just proven (see domain/confirmed-email.ts).
  (await cookies()).set(CONFIRMED_EMAIL_COOKIE, confirmed.email, {
    // The whole site's path: the redirect to /login is a client navigation, during which the page
    // still stands at /verify-email, and a cookie of /login alone would not be in document.cookie.
    path: "/",
    maxAge: CONFIRMED_EMAIL_MAX_AGE_S,
    sameSite: "lax",
    secure: isHttpsSite,
  });
  redirect("/login?notice=verified&callbackUrl=%2Faccount%2Fprofile");
}
