import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

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
