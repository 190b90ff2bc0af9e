"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { endOtherSessions, endSessionByKey } from "@/db/queries/sessions";
import { requireUser } from "@/services/session";

const PAGE = "/account/sessions";

/** Signs out one of the person's other devices. A key that is not theirs matches nothing. */
export async function endOneSession(formData: FormData) {
  const user = await requireUser(PAGE);
  const key = z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .safeParse(formData.get("key"));
  const ended = key.success && key.data !== user.sessionKey && (await endSessionByKey(user.id, key.data));
  redirect(`${PAGE}?notice=${ended ? "ended" : "gone"}`);
}

/** "Sign out everywhere else": every session but this device's. */
export async function endEveryOtherSession() {
  const user = await requireUser(PAGE);
  const count = await endOtherSessions(user.id, user.sessionKey);
  redirect(`${PAGE}?notice=others&count=${count}`);
}

/** "Sign out everywhere", this device included: its next request finds no session and the cookie is cleared. */
export async function endEverySession() {
  const user = await requireUser(PAGE);
  await endOtherSessions(user.id, null);
  redirect("/login?notice=signed-out-everywhere");
}
