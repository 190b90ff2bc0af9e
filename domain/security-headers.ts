/**
 * Content pages are prerendered once and served as static files, so they cannot carry a per-request
 * nonce (Next's CSP guide: nonces need every page rendered per request). Next inlines its RSC payload
 * as `<script>self.__next_f.push(…)</script>`, hence `'unsafe-inline'` for scripts; every other
 * source is this origin only, so injected markup still cannot load a script from elsewhere, post a
 * form off-site, frame the site or change the base URL. Production pages have no inline styles and
 * no data: images; the development server's overlay uses both, and React needs `eval` there to
 * rebuild server stacks: all three are allowed in development only. (A production value without a
 * colon also spares Next compiling it as a path pattern on every response.)
 */
export function contentSecurityPolicy({ dev }: { dev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", ...(dev ? ["'unsafe-inline'"] : [])],
    "img-src": ["'self'", ...(dev ? ["data:"] : [])],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** Powerful browser features this site never uses, switched off for it and anything it embeds. */
const DISABLED_FEATURES = [
  "camera",
  "microphone",
  "geolocation",
  "payment",
  "usb",
  "serial",
  "hid",
  "midi",
  "display-capture",
  "accelerometer",
  "gyroscope",
  "magnetometer",
  "browsing-topics",
];

/**
 * Headers for every response: pages, route handlers, static files and 404s. HSTS only in a
 * production build: browsers ignore it over plain http (RFC 6797 §8.1), so the local production
 * build on http://127.0.0.1 is unaffected, and a development server never pins a host to https.
 */
export function securityHeaders({ dev }: { dev: boolean }): { key: string; value: string }[] {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy({ dev }) },
    ...(dev ? [] : [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]),
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Permissions-Policy", value: DISABLED_FEATURES.map((feature) => `${feature}=()`).join(", ") },
  ];
}

/**
 * The outbox's preview of an email's HTML part (app/admin/outbox/[id]/html) is the one response
 * framed by the site itself. It carries the site's headers with its own policy, referrer and framing:
 * the email's inline styles apply, nothing loads or runs (sandbox), and only this site may frame it.
 */
export const EMAIL_PREVIEW_SOURCE = "/admin/outbox/:id(\\d+)/html";
/** Every other path: the site's own headers (next.config.ts). */
export const SITE_SOURCE = "/:path((?!admin/outbox/\\d+/html$).*)";
export const EMAIL_PREVIEW_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox";
export function emailPreviewHeaders({ dev }: { dev: boolean }): { key: string; value: string }[] {
  const own: Record<string, string> = {
    "Content-Security-Policy": EMAIL_PREVIEW_POLICY,
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "SAMEORIGIN",
  };
  return securityHeaders({ dev }).map((header) => ({ key: header.key, value: own[header.key] ?? header.value }));
}
