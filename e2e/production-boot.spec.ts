import { spawn } from "node:child_process";
import { expect, test } from "./fixtures";

/** Runs `next start` on the suite's build with the given NEXTAUTH_SECRET (undefined: unset) and waits for it to stop. */
function nextStart(secret: string | undefined): Promise<{ code: number | null; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", DATABASE_URL: process.env.E2E_DATABASE_URL, NEXT_TELEMETRY_DISABLED: "1" };
  delete env.NEXTAUTH_SECRET;
  if (secret !== undefined) env.NEXTAUTH_SECRET = secret;
  // Port 0: should the check ever let the server start, it takes a free port and the timeout below stops it.
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", "0"], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const timer = setTimeout(() => child.kill(), 30_000);
  return new Promise((resolve) =>
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

test.describe("the production server refuses to start without a real session secret", () => {
  const cases: [string, string | undefined, RegExp][] = [
    ["missing", undefined, /NEXTAUTH_SECRET: is required in production/],
    ["too short", "only-twenty-chars-xx", /NEXTAUTH_SECRET: must be at least 32 characters/],
    ["an example value", "change-me-change-me-change-me-change-me", /NEXTAUTH_SECRET: looks like an example or development value/],
  ];
  for (const [what, secret, message] of cases) {
    test(`secret ${what}: next start exits non-zero with the reason`, async () => {
      const { code, output } = await nextStart(secret);
      expect(code, output).toBe(1);
      expect(output).toMatch(message);
      expect(output).toContain("openssl rand -base64 32");
      expect(output).toContain("The server was not started.");
    });
  }
});
