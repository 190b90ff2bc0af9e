import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import type { SessionUser } from "@/db/queries/users";
import type { UserRole } from "@/db/schema";
import { authOptions } from "./auth";

/** The signed-in, still-active user: authOptions' session callback re-reads the account on every call. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  return (session?.user as SessionUser | undefined) ?? null;
}

/** For pages and actions: anonymous visitors go to the login page and come back afterwards. */
export async function requireUser(returnTo: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}

/** Someone signed in without the role gets a 404: staff pages do not admit they exist. */
export async function requireRole(returnTo: string, ...roles: UserRole[]): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!roles.includes(user.role)) notFound();
  return user;
}
