import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordAudit } from "@/db/queries/audit";
import { consumeRateLimit } from "@/db/queries/rate-limits";
import { getOrCreateSecret } from "@/db/queries/secrets";
import { getActiveUser, getCredentialsByEmail } from "@/db/queries/users";
import { env } from "./env";
import { verifyPassword } from "./passwords";
import { clientIpFrom } from "./request-ip";
import { isHttpsSite } from "./site";

// next-auth reads its base URL from the environment; default it to the site's public URL.
process.env.NEXTAUTH_URL ??= env.SITE_URL;

export const LOGIN_LIMITS = { perEmail: 5, perIp: 20, windowMs: 15 * 60 * 1000 };
export const THROTTLED_MESSAGE = "Too many sign-in attempts. Please wait 15 minutes and try again.";

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
        const byIp = consumeRateLimit(`login-ip:${clientIpFrom(request?.headers)}`, LOGIN_LIMITS.perIp, LOGIN_LIMITS.windowMs);
        const byEmail = consumeRateLimit(`login-email:${email}`, LOGIN_LIMITS.perEmail, LOGIN_LIMITS.windowMs);
        if (!byIp.allowed || !byEmail.allowed) throw new Error(THROTTLED_MESSAGE);
        const account = email ? getCredentialsByEmail(email) : null;
        // Always verify (against a dummy hash when the email is unknown) so timing reveals nothing.
        const valid = await verifyPassword(account?.passwordHash ?? null, password);
        if (!account || !valid || !account.active) return null;
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
