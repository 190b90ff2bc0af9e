import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { LiveSession } from "@/db/queries/sessions";
import { STAFF_ROLES } from "@/db/queries/users";
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

/** For staff pages, actions and route handlers: admins and talent managers. */
export const requireStaff = (returnTo: string) => requireRole(returnTo, ...STAFF_ROLES);
