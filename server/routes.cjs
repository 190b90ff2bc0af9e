"use strict";
/**
 * A request's route as its pattern (`/book/manage/[token]`, `/admin/requests/[id]`), from the build's
 * routes manifest: what the request log and the metrics name, so neither holds an address's tokens,
 * ids or query, and the metrics have one series per route rather than one per address.
 */
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

/** The route of a path under this manifest (Next's `.next/routes-manifest.json`); "(other)" for a path no route has. */
function matcherFor(manifest) {
  const fixed = new Set(manifest.staticRoutes.map((route) => route.page));
  const patterns = manifest.dynamicRoutes.map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (url) => {
    const path = (url || "/").split("?")[0];
    if (path.startsWith("/_next/static/")) return "/_next/static";
    if (path.startsWith("/_next/")) return path.split("/").slice(0, 3).join("/");
    const trimmed = path.length > 1 && path.endsWith("/") ? path.slice(0, -1) : path;
    if (fixed.has(trimmed)) return trimmed;
    for (const { page, regex } of patterns) if (regex.test(path)) return page;
    return "(other)";
  };
}

let match;

/** The route of a request's path under the build in the working folder (read once). */
function routeOf(url) {
  if (!match) {
    try {
      match = matcherFor(JSON.parse(readFileSync(join(process.cwd(), ".next", "routes-manifest.json"), "utf8")));
    } catch {
      return "(other)"; // No build yet (`next dev` before its first compile): asked again next time.
    }
  }
  return match(url);
}

module.exports = { matcherFor, routeOf };
