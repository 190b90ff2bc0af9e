import "server-only";
import { cookies, headers } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { encode } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/config/env";
import { isHttpsSite } from "@/config/site";
import { recordAudit } from "@/db/queries/audit";
import { clearRateLimit, consumeRateLimits, type Limit, releaseRateLimits } from "@/db/queries/rate-limits";
import { getOrCreateSecret } from "@/db/queries/secrets";
import { endSession, type LiveSession, resumeSession, startSession } from "@/db/queries/sessions";
import { getCredentialsByEmail, type SessionUser } from "@/db/queries/users";
import { describeDevice } from "@/domain/device";
import { RATE_LIMITS } from "@/domain/rate-limit-policies";
import { verifyPassword } from "./passwords";
import { clientIpFrom } from "./request-ip";

// next-auth reads its base URL from the environment; default it to the site's public URL.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

const LOGIN = RATE_LIMITS.signIn;
export const THROTTLED_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes and try again.";

/** The pause before checking a password for an account that failed `failures` times lately, from anywhere. */
export function signInDelayMs(failures: number): number {
  return failures < LOGIN.slowAfter.max ? 0 : Math.min(5_000, (failures - LOGIN.slowAfter.max + 1) * 500);
}

function loginLimits(email: string, ip: string) {
  const own: Limit = { key: `login-fail:${email}|${ip}`, ...LOGIN.perAccountAndIp };
  const address: Limit = { key: `login-fail-ip:${ip}`, ...LOGIN.perIp };
  // Never refuses (the maximum cannot be reached): it only measures the slow-down.
  const account: Limit = {
    key: `login-fail-account:${email}`,
    max: Number.MAX_SAFE_INTEGER,
    windowMs: LOGIN.slowAfter.windowMs,
  };
  return { own, all: [own, address, account] };
}

const SESSION_MAX_AGE_S = 7 * 24 * 60 * 60;
// Production cannot start without NEXTAUTH_SECRET (instrumentation.ts); the generated one is for development.
const authSecret = env.NEXTAUTH_SECRET ?? (await getOrCreateSecret("nextauth"));
/** next-auth's own cookie name for the session token (with the __Secure- prefix on an https site). */
const SESSION_COOKIE = `${isHttpsSite ? "__Secure-" : ""}next-auth.session-token`;
/** Thrown from the jwt callback: next-auth then clears the cookie instead of re-issuing it. */
const SESSION_ENDED = "session ended";

/** The live session the jwt callback found, handed to the session callback of the same request. */
const liveByToken = new WeakMap<object, LiveSession>();

export const authOptions: NextAuthOptions = {
  secret: authSecret,
  // next-auth's cookies are HttpOnly and SameSite=Lax; Secure (with __Secure-/__Host- names) on an https site.
  useSecureCookies: isHttpsSite,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const email = String(credentials?.email ?? "")
          .trim()
          .toLowerCase()
          .slice(0, 254);
        const password = String(credentials?.password ?? "").slice(0, 256);
        const limits = loginLimits(email, clientIpFrom(request?.headers));
        // Every attempt is counted as a failure before the password is checked (so parallel guesses
        // cannot slip past the count) and taken back if it succeeds. A refused attempt never
        // reaches the password check, so it learns nothing about it.
        const verdict = await consumeRateLimits(limits.all);
        if (!verdict.allowed) throw new Error(THROTTLED_MESSAGE);
        const delay = signInDelayMs(verdict.counts.at(-1) ?? 0);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        // No account has an address with control characters (registration refuses them; PostgreSQL
        // cannot even store a NUL): such an email is unknown, without asking the database.
        const account = email && !/[\u0000-\u001f\u007f]/.test(email) ? await getCredentialsByEmail(email) : null;
        // Always verify (against a dummy hash when the email is unknown) so timing reveals nothing.
        const valid = await verifyPassword(account?.passwordHash ?? null, password);
        if (!account || !valid || !account.active) return null;
        await releaseRateLimits(limits.all);
        await clearRateLimit(limits.own.key);
        const userAgent = request?.headers?.["user-agent"];
        return {
          id: String(account.id),
          name: account.name,
          email: account.email,
          role: account.role,
          device: describeDevice(typeof userAgent === "string" ? userAgent : null),
        };
      },
    }),
  ],
  // A revoked session is expected traffic, not an error worth a stack trace in the log.
  logger: {
    error(code, metadata) {
      if (code === "JWT_SESSION_ERROR" && metadata instanceof Error && metadata.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
  events: {
    async signIn({ user }) {
      await recordAudit(Number(user.id), "sign-in");
    },
    async signOut({ token }) {
      if (typeof token?.sid === "string") await endSession(token.sid);
    },
  },
  callbacks: {
    /**
     * Sessions are rows in the database; the token only carries a random session id. Every read of the
     * session (pages, actions, and next-auth's own /api/auth/session, which re-issues the cookie) must find
     * that row and an active account, or the cookie is cleared: a signed-out, revoked or expired session can
     * never be renewed by presenting its old token.
     */
    async jwt({ token, user }) {
      if (user) {
        token.sid = await startSession(Number(user.id), user.device ?? "", SESSION_MAX_AGE_S * 1000);
        token.uid = Number(user.id);
        token.role = user.role;
        return token;
      }
      const live = typeof token.sid === "string" ? await resumeSession(token.sid) : null;
      if (!live || live.id !== token.uid) throw new Error(SESSION_ENDED);
      liveByToken.set(token, live);
      return token;
    },
    async session({ session, token }) {
      // The database has the last word: the account as it is now, or no session at all.
      // next-auth always runs the jwt callback first, which found (or refused) the live session.
      return { ...session, user: liveByToken.get(token) };
    },
  },
};

/**
 * Gives this browser a brand-new session after every session of the account was ended (a password
 * change): copies of the old cookie, wherever they are, stay dead, and the person who changed the
 * password stays signed in. For server actions, which may set cookies.
 */
export async function startFreshSession(user: SessionUser) {
  const sid = await startSession(
    user.id,
    describeDevice((await headers()).get("user-agent")),
    SESSION_MAX_AGE_S * 1000,
  );
  const token = await encode({
    token: { name: user.name, email: user.email, sub: String(user.id), uid: user.id, role: user.role, sid },
    secret: authSecret,
    maxAge: SESSION_MAX_AGE_S,
  });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: isHttpsSite,
    expires: new Date(Date.now() + SESSION_MAX_AGE_S * 1000),
  });
}
