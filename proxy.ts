import { type NextRequest, NextResponse } from "next/server";
import { contentPageExists } from "@/db/queries/content";
import { bookingPagePath } from "@/domain/booking-address";
import { FORM_BODY_MAX_BYTES } from "@/domain/cv-file";

const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
/** What an HTML form can send; Next's own action requests (with JavaScript) carry a Next-Action header. */
const FORM_ENCODINGS = ["multipart/form-data", "application/x-www-form-urlencoded", "text/plain"];

const refuse = (status: number, message: string) =>
  new NextResponse(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Next compares an action's Origin with the first X-Forwarded-Host, else Host; so does this. The
 * preload (server/preload.cjs) removes X-Forwarded-Host unless a TRUSTED_PROXIES peer sent it.
 */
function isCrossOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  return !URL.canParse(origin) || new URL(origin).host !== host;
}

/**
 * Form posts Next would answer with a bare 500 (a body over the action limit, a cross-site action,
 * a multipart body that does not parse) get a plain 4xx instead, before any action runs, and so does
 * a body no form sends (JSON, XML…). Next's own checks still run behind this for everything that passes.
 */
async function refusePost(request: NextRequest): Promise<NextResponse | null> {
  if (Number(request.headers.get("content-length")) > FORM_BODY_MAX_BYTES)
    return refuse(413, "This request is too large. A CV may be at most 5 MB.");
  // Route handlers (next-auth's endpoints) read their own bodies.
  if (request.nextUrl.pathname.startsWith("/api/")) return null;
  if (isCrossOrigin(request)) return refuse(403, "This form was sent from another site, so it was refused.");
  const type = request.headers.get("content-type")?.toLowerCase() ?? "";
  if (type.startsWith("multipart/form-data")) {
    const readable = await request.formData().then(
      () => true,
      () => false,
    );
    return readable ? null : refuse(400, "The form could not be read. Please go back and send it again.");
  }
  if (request.headers.has("next-action") || FORM_ENCODINGS.some((encoding) => type.startsWith(encoding))) return null;
  return refuse(415, "This address accepts form submissions only.");
}

const CONTENT_PAGE = /^\/(hire|guides)\/([^/]+)$/;
/** Matches no route, so Next answers with the site's 404 page: prerendered once, sent with no-store. */
const NOT_FOUND_PATH = "/_not-found-content";

/**
 * A role or guide that does not exist. Its page would call notFound(), but the hire and guide pages are
 * incremental (rendered once, then kept): Next would store that 404 on disk for every made-up slug and
 * send it with a year's s-maxage. Asking the database first keeps unknown slugs out of the cache, while
 * a role or guide added later still renders on its first request and is then cached.
 */
async function isUnknownContent(pathname: string): Promise<boolean> {
  const match = CONTENT_PAGE.exec(pathname);
  if (!match?.[2]) return false;
  let slug: string;
  try {
    slug = decodeURIComponent(match[2]);
  } catch {
    return true;
  }
  return !(await contentPageExists(match[1] === "hire" ? "role" : "guide", slug));
}

/**
 * Sends visitors without a session cookie to the login page before any rendering. Only an early
 * redirect: every page, action and data function checks the session and role itself.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "POST") {
    const refusal = await refusePost(request);
    if (refusal) return refusal;
  }
  const { pathname, search, searchParams } = request.nextUrl;
  // /book with a zone or a day: the cached page for it, or the live one (next.config.ts sends /book without either).
  if (pathname === "/book")
    return NextResponse.rewrite(new URL(bookingPagePath(searchParams, Date.now()), request.url));
  // The pages /book is rewritten to are not addresses of their own: asked for directly, they would
  // let anyone add pages to the cache.
  if (/^\/book\/(in|live)(\/|$)/.test(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (await isUnknownContent(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (!/^\/(account|admin)(\/|$)/.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    "/account/:path*",
    "/admin/:path*",
    "/hire/:slug",
    "/guides/:slug",
    { source: "/book", has: [{ type: "query", key: "tz" }] },
    { source: "/book", has: [{ type: "query", key: "day" }] },
    "/book/in/:path*",
    "/book/live",
    // Requests with a body (form posts); page views carry neither header and never enter the proxy.
    { source: "/:path*", has: [{ type: "header", key: "content-type" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-length" }] },
  ],
};
