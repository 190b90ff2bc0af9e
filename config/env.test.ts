import { describe, expect, it } from "vitest";
import { isProductionServer, parseEnv, sessionSecretProblem } from "./env";

describe("parseEnv", () => {
  it("applies the documented defaults", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBe("./data/app.db");
    expect(env.SITE_URL).toBe("http://localhost:3000");
    expect(env.NODE_ENV).toBe("development");
  });

  it("derives the site URL from PORT when SITE_URL is not set", () => {
    expect(parseEnv({ PORT: "4000" }).SITE_URL).toBe("http://localhost:4000");
    expect(parseEnv({ PORT: "4000", SITE_URL: "https://hire.example" }).SITE_URL).toBe("https://hire.example");
  });

  it("accepts sqlite: and file: prefixes on DATABASE_URL", () => {
    expect(parseEnv({ DATABASE_URL: "file:/tmp/x.db" }).DATABASE_URL).toBe("/tmp/x.db");
    expect(parseEnv({ DATABASE_URL: "sqlite:./a.db" }).DATABASE_URL).toBe("./a.db");
  });

  it("accepts TRUSTED_PROXIES as a hop count or a list, and names what is wrong with anything else", () => {
    for (const value of ["", "1", "loopback", "loopback, 10.0.0.0/8, 192.0.2.7, uniquelocal"])
      expect(parseEnv({ TRUSTED_PROXIES: value }).TRUSTED_PROXIES).toBe(value);
    expect(() => parseEnv({ TRUSTED_PROXIES: "true" })).toThrow(
      /TRUSTED_PROXIES: invalid IP address: true; use a hop count/,
    );
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/40" })).toThrow(/TRUSTED_PROXIES: invalid range/);
  });

  it("lists every problem at once", () => {
    let message = "";
    try {
      parseEnv({ NODE_ENV: "staging", SITE_URL: "not a url", DATABASE_URL: "  " });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("NODE_ENV");
    expect(message).toContain("SITE_URL");
    expect(message).toContain("DATABASE_URL");
  });
});

describe("the production server's session secret", () => {
  const production = { NODE_ENV: "production" };
  const random = "q3J9vX2mK8pL4tR7wZ1cN6bF0hD5sG2a";

  it("is not required in development, nor by `next build`", () => {
    expect(isProductionServer({ NODE_ENV: "development" })).toBe(false);
    expect(isProductionServer({ NODE_ENV: "production", NEXT_PHASE: "phase-production-build" })).toBe(false);
    expect(isProductionServer(production)).toBe(true);
    expect(() => parseEnv(production)).not.toThrow();
  });

  it("refuses a missing, short or example secret with a clear message", () => {
    expect(() => parseEnv(production, { productionServer: true })).toThrow(
      /NEXTAUTH_SECRET: is required in production: generate one with `openssl rand -base64 32`/,
    );
    expect(() => parseEnv({ ...production, NEXTAUTH_SECRET: "short" }, { productionServer: true })).toThrow(
      /NEXTAUTH_SECRET: must be at least 32 characters/,
    );
    for (const placeholder of [
      "change-me-change-me-change-me-change-me",
      "your-secret-here-your-secret-here!",
      "x".repeat(40),
      "development-secret-0123456789abcdef",
      "abababababababababababababababababab",
    ]) {
      expect(
        () => parseEnv({ ...production, NEXTAUTH_SECRET: placeholder }, { productionServer: true }),
        placeholder,
      ).toThrow(/example or development value/);
    }
  });

  it("accepts a random secret", () => {
    expect(sessionSecretProblem(random)).toBeNull();
    // A hex secret (openssl rand -hex 32) is random too, though it has only 16 distinct characters.
    expect(sessionSecretProblem("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")).toBeNull();
    expect(sessionSecretProblem("12345678901234567890123456789012")).toMatch(/example or development/);
    expect(sessionSecretProblem("abcdefghijklmnopqrstuvwxyz012345")).toMatch(/example or development/);
    expect(parseEnv({ ...production, NEXTAUTH_SECRET: random }, { productionServer: true }).NEXTAUTH_SECRET).toBe(
      random,
    );
  });

  it("is listed with the other problems, once", () => {
    let message = "";
    try {
      parseEnv({ ...production, SITE_URL: "nope", NEXTAUTH_SECRET: "short" }, { productionServer: true });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("SITE_URL");
    expect(message.match(/NEXTAUTH_SECRET/g)).toHaveLength(1);
  });
});
