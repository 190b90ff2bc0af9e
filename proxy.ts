import { NextResponse, type NextRequest } from "next/server";

/**
 * Sends visitors without a session cookie to the login page before any rendering. Only an early
 * redirect: every page, action and data function checks the session and role itself.
 */
export function proxy(request: NextRequest) {
  const hasSession = request.cookies.has("next-auth.session-token") || request.cookies.has("__Secure-next-auth.session-token");
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/account/:path*", "/admin/:path*"] };
