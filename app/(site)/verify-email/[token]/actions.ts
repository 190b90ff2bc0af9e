"use server";

import { redirect } from "next/navigation";
import { confirmEmail } from "@/db/queries/email-verifications";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { getCurrentUser } from "@/services/session";

export async function confirmEmailAddress(formData: FormData) {
  const token = String(formData.get("token") ?? "");
  const confirmed = isWellFormedToken(token) ? await confirmEmail(hashManageToken(token)) : null;
  if (!confirmed) redirect(`/verify-email/${encodeURIComponent(token.slice(0, 64)) || "invalid"}?failed=1`);
  const user = await getCurrentUser();
  redirect(
    user?.id === confirmed.userId
      ? "/account?notice=verified"
      : "/login?notice=verified&callbackUrl=%2Faccount%2Fprofile",
  );
}
