import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { createDb } from "../db/sqlite/client";
import { appSecrets } from "../db/sqlite/schema";

/** Ports for servers a spec starts itself: clear of the suite's server (E2E_PORT) and its SMTP sink (E2E_PORT + 1). */
export const extraPort = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + 50 + offset;

/** What `npm start` does before the server starts: apply migrations and seed missing content. */
export function setupDatabase(file: string) {
  const setup = spawnSync("npm", ["run", "--silent", "db:setup"], {
    env: { ...process.env, DATABASE_URL: file },
    encoding: "utf8",
  });
  if (setup.status !== 0) throw new Error(`db:setup failed:\n${setup.stdout}${setup.stderr}`);
}

/** A fresh database in its own temporary folder, set up like `npm start` does, with a form-signing key the test knows. */
export function freshDatabase(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `bedrock-${name}-`));
  const file = join(dir, "app.db");
  setupDatabase(file);
  const secret = randomBytes(32).toString("base64url");
  const db = createDb(file);
  // eslint-disable-next-line no-restricted-syntax -- an SQLite file: the specs that start this server run on SQLite only
  db.insert(appSecrets).values({ name: "form-signing", value: secret }).run();
  db.$client.close();
  return { dir, file, secret, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** As if the release were newer than the database: drizzle's record of the last migration is removed. */
export function forgetLastMigration(file: string) {
  const db = createDb(file);
  db.$client
    .prepare("DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)")
    .run();
  db.$client.close();
}

export const acceptsConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });

const health = (origin: string) =>
  fetch(`${origin}/api/health`).then(
    (response) => response.status,
    () => 0,
  );

export type ProductionServer = {
  origin: string;
  port: number;
  pid: number;
  /** Resolves when the process has ended, with its exit code or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** What the server has printed so far (stdout and stderr). */
  output: () => string;
};

/** Process groups this worker started: a server (or one left behind by its npm) is never outside its group. */
const groups = new Set<number>();

/**
 * `next start` on the suite's existing build (.next), run by node itself (with the client-address
 * preload, as `npm start` does) so `pid` is the server's own process, in a process group of its own
 * so a test only ever kills what it started. `command: "npm"` runs `npm start` instead, the way
 * production does. `env` adds or overrides variables (`TRUSTED_PROXIES: ""` trusts no proxy).
 */
export async function startProductionServer(
  databaseFile: string,
  port: number,
  command: "next" | "npm" = "next",
  env: Record<string, string> = {},
): Promise<ProductionServer> {
  if (await acceptsConnections(port)) throw new Error(`port ${port} is already taken; choose another E2E_PORT`);
  const origin = `http://127.0.0.1:${port}`;
  const [file, args] =
    command === "next"
      ? [
          process.execPath,
          ["--require", "./server/preload.cjs", "node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1"],
        ]
      : ["npm", ["start", "--", "--hostname", "127.0.0.1"]];
  const child = spawn(file, args, {
    env: {
      ...process.env,
      DATABASE_URL: databaseFile,
      PORT: String(port),
      SITE_URL: origin,
      NEXTAUTH_SECRET: randomBytes(24).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
      // Like the suite's server: specs name many clients in X-Forwarded-For from 127.0.0.1.
      TRUSTED_PROXIES: "loopback",
      ...env,
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (child.pid) groups.add(child.pid);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      // Forget a group as soon as it is empty, so its number, once reused by someone else, is never signalled.
      if (child.pid && !groupAlive(child.pid)) groups.delete(child.pid);
      resolve({ code, signal });
    }),
  );
  await Promise.race([
    expect
      .poll(() => health(origin), { timeout: 60_000, message: `the server on ${origin} did not become healthy` })
      .toBe(200),
    exited.then(({ code, signal }) => {
      throw new Error(`the server exited (${code ?? signal}) before it was healthy:\n${output}`);
    }),
  ]);
  return { origin, port, pid: child.pid ?? 0, exited, output: () => output };
}

function groupAlive(group: number) {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** Ends whatever is left of the servers this worker started, and nothing else. */
export function killStartedServers() {
  for (const group of groups) {
    try {
      process.kill(-group, "SIGKILL");
    } catch {
      // ESRCH: that group has already ended.
    }
  }
  groups.clear();
}

/**
 * Runs `next start` on the suite's build in production mode (with the request preload unless told
 * otherwise, and a real secret unless `env` or `unset` say otherwise) and waits for it to stop: for
 * the refusals at start-up. Should it start after all, port 0 keeps it clear of others and it is
 * stopped after 30 s.
 */
export function refusedStart({
  preload = true,
  env = {},
  unset = [],
}: {
  preload?: boolean;
  env?: Record<string, string>;
  unset?: string[];
} = {}): Promise<{ code: number | null; output: string }> {
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: process.env.E2E_DATABASE_URL,
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    ...env,
  };
  for (const name of unset) delete environment[name];
  const args = [
    ...(preload ? ["--require", "./server/preload.cjs"] : []),
    "node_modules/next/dist/bin/next",
    "start",
    "--port",
    "0",
  ];
  const child = spawn(process.execPath, args, { env: environment, stdio: ["ignore", "pipe", "pipe"] });
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
