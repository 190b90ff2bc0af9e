import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./security-headers";

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
});
