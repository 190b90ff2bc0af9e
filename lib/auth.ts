import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/db/queries/audit";
import { clearRateLimit, consumeRateLimits, releaseRateLimits, type Limit } from "@/db/queries/rate-limits";
import { getOrCreateSecret } from "@/db/queries/secrets";
import { getActiveUser, getCredentialsByEmail } from "@/db/queries/users";
import { env } from "./env";
import { verifyPassword } from "./passwords";
import { isHttpsSite } from "./site";

// next-auth reads its base URL from the environment; default it to the site's public URL.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/**
 * Failures are counted per account *and* address, so a stranger's wrong passwords never lock the
 * owner out from their own address; one address is capped across all accounts (password
 * spraying); an account failing from many addresses is slowed down, never locked.
 */
export const LOGIN_LIMITS = { perAccountAndIp: 5, perIp: 20, slowAfter: 10, windowMs: LOGIN_WINDOW_MS };
export const THROTTLED_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes and try again.";

/** The pause before checking a password for an account that failed `failures` times lately, from anywhere. */
export function signInDelayMs(failures: number): number {
  return failures < LOGIN_LIMITS.slowAfter ? 0 : Math.min(5_000, (failures - LOGIN_LIMITS.slowAfter + 1) * 500);
}

function loginLimits(email: string, ip: string) {
  const own: Limit = { key: `login-fail:${email}|${ip}`, max: LOGIN_LIMITS.perAccountAndIp, windowMs: LOGIN_WINDOW_MS };
  const address: Limit = { key: `login-fail-ip:${ip}`, max: LOGIN_LIMITS.perIp, windowMs: LOGIN_WINDOW_MS };
  // Never refuses (the maximum cannot be reached): it only measures the slow-down.
  const account: Limit = { key: `login-fail-account:${email}`, max: Number.MAX_SAFE_INTEGER, windowMs: LOGIN_WINDOW_MS };
  return { own, all: [own, address, account] };
}

function ipFrom(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded[0] : forwarded;
  return (typeof value === "string" ? value.split(",")[0]?.trim() : undefined) || "unknown";
}

export const authOptions: NextAuthOptions = {
  // Production cannot start without NEXTAUTH_SECRET (instrumentation.ts); the generated one is for development.
  secret: env.NEXTAUTH_SECRET ?? getOrCreateSecret("nextauth"),
  // next-auth's cookies are HttpOnly and SameSite=Lax; Secure (with __Secure-/__Host- names) on an https site.
  useSecureCookies: isHttpsSite,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = String(credentials?.email ?? "").trim().toLowerCase().slice(0, 254);
        const password = String(credentials?.password ?? "").slice(0, 256);
        const limits = loginLimits(email, ipFrom(request?.headers));
        // Every attempt is counted as a failure before the password is checked (so parallel guesses
        // cannot slip past the count) and taken back if it succeeds. A refused attempt never
        // reaches the password check, so it learns nothing about it.
        const verdict = consumeRateLimits(limits.all);
        if (!verdict.allowed) throw new Error(THROTTLED_MESSAGE);
        const delay = signInDelayMs(verdict.counts.at(-1) ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        const account = email ? getCredentialsByEmail(email) : null;
        // Always verify (against a dummy hash when the email is unknown) so timing reveals nothing.
        const valid = await verifyPassword(account?.passwordHash ?? null, password);
        if (!account || !valid || !account.active) return null;
        releaseRateLimits(limits.all);
        clearRateLimit(limits.own.key);
        return { id: String(account.id), name: account.name, email: account.email, role: account.role };
      },
    }),
  ],
  events: {
    signIn({ user }) {
      recordAudit(Number(user.id), "sign-in", user.email ?? "");
    },
  },
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
      }
      return token;
    },
    async session({ session, token }) {
      // The database has the last word: a deleted, deactivated or revoked account has no session.
      const live = typeof token.uid === "number" ? getActiveUser(token.uid, typeof token.iat === "number" ? token.iat : undefined) : null;
      return { ...session, user: live ?? undefined };
    },
  },
};
