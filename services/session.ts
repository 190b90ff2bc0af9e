import "server-only";
import { notFound, redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { cache } from "react";
import type { LiveSession } from "@/db/queries/sessions";
import { isStaff } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { authOptions } from "./auth";

/**
 * The signed-in, still-active user of a live session: authOptions' callbacks find the session row and
 * re-read the account on every call. `sessionKey` names this device's session (e.g. to keep it signed in).
 */
export const getCurrentUser = cache(async (): Promise<LiveSession | null> => {
  const session = await getServerSession(authOptions);
  return (session?.user as LiveSession | undefined) ?? null;
});

/** For pages and actions: anonymous visitors go to the login page and come back afterwards. */
export async function requireUser(returnTo: string): Promise<LiveSession> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Someone signed in without the role gets a 404: staff pages do not admit they exist. */
export async function requireRole(returnTo: string, ...roles: UserRole[]): Promise<LiveSession> {
  const user = await requireUser(returnTo);
  if (!roles.includes(user.role)) notFound();
  return user;
}

/**
 * Admins and talent managers. Pages and actions pass `returnTo`, so an anonymous visitor signs in
 * and comes back; a route handler (a file download) has nowhere to come back to, and answers
 * everyone else, signed in or not, with a 404.
 */
export async function requireStaff(returnTo?: string): Promise<LiveSession> {
  const user = returnTo ? await requireUser(returnTo) : await getCurrentUser();
  if (!user || !isStaff(user)) notFound();
  return user;
}
