"use strict";
/**
 * Request targets no page or form produces: malformed percent-encoding (or bytes that are not UTF-8)
 * anywhere, and control characters in the path or any query parameter. Next answers the first with
 * a bare 500 (no security headers) and passes the second to pages (a NUL ends an FTS5 string), so
 * the preload (server/preload.cjs) sends them to BAD_REQUEST_PATH, which answers 400 through Next.
 */
const BAD_REQUEST_PATH = "/api/bad-request";
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why the raw request target (`/path?query`) is refused, or null when it is fine. */
function malformedRequestTarget(target) {
  const queryAt = target.indexOf("?");
  const path = queryAt === -1 ? target : target.slice(0, queryAt);
  const query = queryAt === -1 ? "" : target.slice(queryAt + 1);
  let decodedPath;
  try {
    decodedPath = decodeURIComponent(path);
    // `+` is a space in a query string; decoding it first keeps `%2B` a plus.
    for (const part of query.split(/[&=]/)) decodeURIComponent(part.replaceAll("+", " "));
  } catch {
    return "malformed percent-encoding";
  }
  if (CONTROL.test(decodedPath)) return "a control character in the path";
  for (const [name, value] of new URLSearchParams(query)) {
    if (CONTROL.test(name) || CONTROL.test(value)) return "a control character in a query parameter";
  }
  return null;
}

module.exports = { BAD_REQUEST_PATH, malformedRequestTarget };
