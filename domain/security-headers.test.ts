import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, EMAIL_PREVIEW_POLICY, emailPreviewHeaders, securityHeaders } from "./security-headers";

const directives = (policy: string) =>
  Object.fromEntries(policy.split("; ").map((directive) => [directive.split(" ")[0], directive.split(" ").slice(1)]));

describe("security headers", () => {
  it("allow inline scripts (Next's RSC payload) but nothing from another origin", () => {
    const csp = directives(contentSecurityPolicy({ dev: false }));
    expect(csp["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp["default-src"]).toEqual(["'self'"]);
    expect(csp["object-src"]).toEqual(["'none'"]);
    expect(csp["frame-ancestors"]).toEqual(["'none'"]);
    expect(csp["base-uri"]).toEqual(["'self'"]);
    expect(csp["form-action"]).toEqual(["'self'"]);
    expect(JSON.stringify(csp)).not.toMatch(/https?:|\*/);
    // Next compiles a header value holding a colon as a path pattern, on every response.
    expect(contentSecurityPolicy({ dev: false })).not.toContain(":");
  });

  it("allow eval, inline styles and data: images only in development", () => {
    expect(contentSecurityPolicy({ dev: false })).not.toContain("unsafe-eval");
    expect(directives(contentSecurityPolicy({ dev: false }))["img-src"]).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ dev: true }))["img-src"]).toContain("data:");
    expect(directives(contentSecurityPolicy({ dev: false }))["style-src"]).toEqual(["'self'"]);
    expect(directives(contentSecurityPolicy({ dev: true }))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy({ dev: true }))["style-src"]).toContain("'unsafe-inline'");
  });

  it("send HSTS from production builds only", () => {
    const names = (dev: boolean) => securityHeaders({ dev }).map((header) => header.key);
    expect(names(false)).toContain("Strict-Transport-Security");
    expect(names(true)).not.toContain("Strict-Transport-Security");
    expect(names(true)).toEqual(
      expect.arrayContaining([
        "Content-Security-Policy",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "X-Frame-Options",
        "Permissions-Policy",
      ]),
    );
  });

  it("give the outbox's email preview every one of them, with its own policy, referrer and framing (#27 N9)", () => {
    const byName = (headers: { key: string; value: string }[]) =>
      Object.fromEntries(headers.map((header) => [header.key, header.value]));
    for (const dev of [false, true])
      expect(byName(emailPreviewHeaders({ dev }))).toEqual({
        ...byName(securityHeaders({ dev })),
        "Content-Security-Policy": EMAIL_PREVIEW_POLICY,
        "Referrer-Policy": "no-referrer",
        "X-Frame-Options": "SAMEORIGIN",
      });
    expect(byName(emailPreviewHeaders({ dev: false }))).toHaveProperty("Strict-Transport-Security");
    expect(directives(EMAIL_PREVIEW_POLICY)).toMatchObject({
      "default-src": ["'none'"],
      "frame-ancestors": ["'self'"],
    });
    expect(EMAIL_PREVIEW_POLICY).toMatch(/; sandbox$/);
  });
});
