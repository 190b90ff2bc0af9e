import { expect, test } from "./fixtures";
import { refusedStart } from "./production-server";

test.describe("the production server refuses to start without a real session secret", () => {
  const cases: [string, string | undefined, RegExp][] = [
    ["missing", undefined, /NEXTAUTH_SECRET: is required in production/],
    ["too short", "only-twenty-chars-xx", /NEXTAUTH_SECRET: must be at least 32 characters/],
    [
      "an example value",
      "change-me-change-me-change-me-change-me",
      /NEXTAUTH_SECRET: looks like an example or development value/,
    ],
  ];
  for (const [what, secret, message] of cases) {
    test(`secret ${what}: next start exits non-zero with the reason`, async () => {
      const { code, output } = await refusedStart(
        secret === undefined ? { unset: ["NEXTAUTH_SECRET"] } : { env: { NEXTAUTH_SECRET: secret } },
      );
      expect(code, output).toBe(1);
      expect(output).toMatch(message);
      expect(output).toContain("openssl rand -base64 32");
      expect(output).toContain("The server was not started.");
    });
  }
});
