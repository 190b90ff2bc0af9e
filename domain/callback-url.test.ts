import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

const origin = "http://127.0.0.1:3200";
const safe = (value: unknown) => safeCallbackUrl(value, "/account", origin);

describe("safeCallbackUrl", () => {
  it("keeps paths on this site, with their query and hash", () => {
    expect(safe("/admin")).toBe("/admin");
    expect(safe("/admin/requests?q=ada&page=2#list")).toBe("/admin/requests?q=ada&page=2#list");
    expect(safe(`${origin}/account/profile`)).toBe("/account/profile");
  });

  it("refuses every value that parses to another origin", () => {
    for (const hostile of [
      "//evil.example",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "/\r/evil.example",
      "\t//evil.example",
      " //evil.example",
      "https://evil.example/",
      "http://127.0.0.1:3201/",
      "https://127.0.0.1:3200/",
      "javascript:alert(1)",
      "data:text/html,<script>alert(1)</script>",
    ]) {
      expect(safe(hostile), JSON.stringify(hostile)).toBe("/account");
    }
  });

  it("never returns a path a browser would read as another host", () => {
    expect(safe("/.//evil.example")).toBe("/evil.example");
    expect(safe(`${origin}//evil.example/x`)).toBe("/evil.example/x");
  });

  it("falls back on anything that is not a string", () => {
    for (const value of [undefined, null, "", 42, ["/admin"]]) expect(safe(value)).toBe("/account");
  });
});
