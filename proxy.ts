import { type NextRequest, NextResponse } from "next/server";
import { UNREADABLE_FORM } from "@/domain/action-state";
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
    return readable ? null : refuse(400, UNREADABLE_FORM);
  }
  // Every form of the site calls its action with the form (multipart, checked above); the only calls
  // without one (the contact forms asking for their token) pass no arguments, which Next sends as the
  // text "[]". Any other body would reach Next's decoder or an action that expects a form, and fail with a 500.
  if (request.headers.has("next-action")) {
    const noArguments = type.startsWith("text/plain") && (await request.text()).trim() === "[]";
    return noArguments ? null : refuse(400, UNREADABLE_FORM);
  }
  if (FORM_ENCODINGS.some((encoding) => type.startsWith(encoding))) return null;
  return refuse(415, "This address accepts form submissions only.");
}

/** Matches no route, so Next answers with the site's 404 page: prerendered once, sent with no-store. */
const NOT_FOUND_PATH = "/_not-found-content";

/**
 * Addresses that exist only as the target of a rewrite: /book's cached pages (see below), and the
 * page for roles created since the build (next.config.ts). Asked for directly, they would let anyone
 * add pages to the cache, or reach a role by a second address.
 */
const INTERNAL_PAGES = /^\/(book\/(in|live)|hire-added)(\/|$)/;

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
  if (INTERNAL_PAGES.test(pathname)) return NextResponse.rewrite(new URL(NOT_FOUND_PATH, request.url));
  if (!/^\/(account|admin)(\/|$)/.test(pathname)) return NextResponse.next();
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", pathname + search);
  return NextResponse.redirect(login);
}

/*
 * Next tests every request against each of these (a regular expression built per entry and per
 * request), so they are few and broad; the proxy itself tells the addresses apart.
 */
export const config = {
  matcher: [
    // The signed-in areas, and the addresses that exist only as the target of a rewrite.
    "/(account|admin|book/in|book/live|hire-added)(.*)",
    { source: "/book", has: [{ type: "query", key: "tz" }] },
    { source: "/book", has: [{ type: "query", key: "day" }] },
    // Requests with a body (form posts); page views carry neither header and never enter the proxy.
    { source: "/(.*)", has: [{ type: "header", key: "content-type" }] },
    { source: "/(.*)", has: [{ type: "header", key: "content-length" }] },
    // An action call without a body at all.
    { source: "/(.*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
