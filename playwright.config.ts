import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";

/**
 * On SQLite (the default), one server on a fresh file. With TEST_POSTGRES_URL (npm run test:e2e gives
 * one on its second pass), the site as several instances serve it: two instances behind nginx
 * (e2e/two-instances.ts), on a fresh database of that server. Workers inherit the
 * variables, so they open the same database as the servers.
 */
const postgres = process.env.TEST_POSTGRES_URL;
if (!process.env.E2E_RUN_DIR) {
  // A folder of this run's own (database file, mail, uploads), removed when the run ends (e2e/global-teardown.ts).
  // Only named here: what writes there makes it, so a process that reads this config and writes nothing leaves nothing.
  process.env.E2E_RUN_DIR = join(tmpdir(), `bedrock-e2e-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`);
  process.env.E2E_RUN_DIR_OWNED = "1";
}
const runDir = process.env.E2E_RUN_DIR;
process.env.E2E_DATABASE_URL ??= postgres
  ? Object.assign(new URL(postgres), { pathname: `/e2e_${process.pid}_${Date.now().toString(36)}` }).toString()
  : join(runDir, "app.db");
process.env.E2E_MAIL_DIR ??= join(runDir, "mail");
process.env.UPLOADS_DIR ??= join(runDir, "uploads");
const databaseUrl = process.env.E2E_DATABASE_URL;
// The specs' factories and read helpers call the app's own db/ functions, which open DATABASE_URL.
process.env.DATABASE_URL = databaseUrl;
const port = Number(process.env.E2E_PORT ?? 3100);
process.env.E2E_SMTP_PORT ??= String(port + 1);
const smtpPort = Number(process.env.E2E_SMTP_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const metricsToken = (process.env.E2E_METRICS_TOKEN ??= randomBytes(24).toString("hex"));

/**
 * Playwright's own browser when it has one; else the system's, preferring Debian's headless shell
 * (chromium-headless-shell: no browser UI, GPU process or tab strip to draw, so the suite's pages cost
 * less CPU than in the full browser's headless mode), then the full browser. CHROMIUM_PATH wins.
 */
function systemChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) =>
    existsSync(path),
  );
}

export default defineConfig({
  testDir: "./e2e",
  // One tsconfig for every file a spec imports: it lets db/ (marked server-only) load in the test process.
  tsconfig: "./e2e/tsconfig.playwright.json",
  fullyParallel: true,
  globalTeardown: "./e2e/global-teardown.ts",
  // Two instances behind nginx on PostgreSQL answer each page more slowly on this 2-core machine
  // (the matrix and several walks ran past their budgets there): the default per-test budget follows.
  timeout: postgres ? 60_000 : 30_000,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    {
      name: "chromium",
      dependencies: ["setup"],
      // What is about SQLite's file itself (backup and restore, a crash or a stop mid-write, a table
      // renamed away under a running server) runs on the SQLite pass only; the outage test is PostgreSQL's and runs last, alone (its project below).
      testIgnore: postgres
        ? [
            /database-restart\.spec\.ts/,
            /backup\.spec\.ts/,
            /crash\.spec\.ts/,
            /shutdown\.spec\.ts/,
            /section-server-errors\.spec\.ts/,
            /request-log\.spec\.ts/,
            /traces\.spec\.ts/,
          ]
        : /database-restart\.spec\.ts/,
      use: { ...devices["Desktop Chrome"] },
    },
    ...(postgres
      ? [{ name: "database-restart", testMatch: /database-restart\.spec\.ts/, dependencies: ["chromium"] }]
      : []),
  ],
  webServer: [
    {
      command: "npx tsx e2e/smtp-sink.ts",
      port: smtpPort,
      reuseExistingServer: false,
      env: { E2E_MAIL_DIR: process.env.E2E_MAIL_DIR, E2E_SMTP_PORT: String(smtpPort) },
    },
    {
      command: postgres ? "npx tsx e2e/two-instances.ts" : "npm run build && npm start",
      url: `${baseURL}/api/health`,
      timeout: 240_000,
      reuseExistingServer: false,
      stdout: "pipe",
      // SIGTERM to the whole group, as an operator stops the site: the servers close their database and
      // nginx removes its folder (the default, SIGKILL, would leave it in /tmp).
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      env: {
        DATABASE_URL: databaseUrl,
        UPLOADS_DIR: process.env.UPLOADS_DIR,
        PORT: String(port),
        SITE_URL: baseURL,
        // A production server refuses to start without a real secret: a fresh one per run.
        NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        NEXT_TELEMETRY_DISABLED: "1",
        // The tests connect from 127.0.0.1 and name many clients in X-Forwarded-For, as a proxy would.
        TRUSTED_PROXIES: "loopback",
        // Prometheus's token for GET /api/metrics (observability.spec.ts scrapes it).
        METRICS_TOKEN: metricsToken,
        // A line per request would drown the run's output; observability.spec.ts reads them from a server of its own.
        LOG_LEVEL: "warn",
      },
    },
  ],
});
