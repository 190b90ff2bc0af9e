/**
 * Where server/preload.cjs sends request targets no page produces (malformed percent-encoding, control
 * characters): a plain 400 through Next, so it carries the security headers like every other answer.
 */
function badRequest() {
  return new Response("This address is malformed. Please check the link and try again.", {
    status: 400,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const GET = badRequest;
export const HEAD = badRequest;
export const POST = badRequest;
export const PUT = badRequest;
export const PATCH = badRequest;
export const DELETE = badRequest;
export const OPTIONS = badRequest;
