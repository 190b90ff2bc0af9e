import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

async function authOptionsFor(siteUrl: string) {
  vi.resetModules();
  vi.stubEnv("SITE_URL", siteUrl);
  vi.stubEnv("NEXTAUTH_URL", siteUrl);
  vi.stubEnv("NEXTAUTH_SECRET", "q3J9vX2mK8pL4tR7wZ1cN6bF0hD5sG2a");
  vi.stubEnv("DATABASE_URL", join(mkdtempSync(join(tmpdir(), "bedrock-auth-")), "app.db"));
  return (await import("./auth")).authOptions;
}

describe("session cookies", () => {
  afterEach(() => vi.unstubAllEnvs());

  // next-auth then names them __Secure-/__Host- and marks them Secure; they are always HttpOnly and SameSite=Lax.
  it("are Secure on an https site", async () => {
    expect((await authOptionsFor("https://hire.example")).useSecureCookies).toBe(true);
  });

  it("are not Secure on the local http production build, where the browser would never send them back", async () => {
    expect((await authOptionsFor("http://127.0.0.1:3100")).useSecureCookies).toBe(false);
  });
});

describe("sign-in slow-down", () => {
  afterEach(() => vi.unstubAllEnvs());

  // Many failures on one account from many addresses slow it down; nothing locks it.
  it("starts after ten failures across addresses and never exceeds five seconds", async () => {
    await authOptionsFor("http://127.0.0.1:3100");
    const { signInDelayMs } = await import("./auth");
    expect(signInDelayMs(9)).toBe(0);
    expect(signInDelayMs(10)).toBe(500);
    expect(signInDelayMs(1_000)).toBe(5_000);
  });
});
