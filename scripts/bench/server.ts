/**
 * Starting and stopping the servers that `npm run bench` and `npm run lighthouse` measure: the
 * app's production build on a fresh temporary database, a bare Next app and a raw Node server.
 * Every process runs in its own process group, so stopping it also stops anything it forked;
 * everything started here is stopped, and every temporary folder removed, on exit and on Ctrl-C.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { dropDatabase, recreateDatabase } from "../../db/pg/client";
import { startNginx } from "../../testing/nginx";

export const ROOT = resolve(import.meta.dirname, "../..");
const NEXT_BIN = join(ROOT, "node_modules/next/dist/bin/next");
const TSX_BIN = join(ROOT, "node_modules/.bin/tsx");
/** What `npm start` preloads: the client address from the socket, or from X-Forwarded-For behind TRUSTED_PROXIES. */
const REQUEST_PRELOAD = join(ROOT, "server/preload.cjs");
export const BARE_NEXT_DIR = join(ROOT, "bench/baseline-next");

/**
 * Fixed ports in the range reserved for these scripts. The app always runs on the same port
 * because its prerendered pages carry SITE_URL (canonical links, Open Graph) from the build.
 */
export const PORTS = {
  app: 3600,
  bareNext: 3601,
  raw: 3602,
  // With --postgres: a second instance, and nginx in front of one and of both instances.
  secondInstance: 3603,
  nginxOne: 3604,
  nginxTwo: 3605,
} as const;

/**
 * The public pages, in the order the tables print them, each with its goals (issue #14): throughput
 * as a share of a bare Next page's (`ratio`), p99 latency where one is set, its HTML in kB
 * (uncompressed, kB = 1000 bytes) and the JavaScript it may add to a bare Next page's (`form`
 * pages: +25 kB gzip, others +10). The HTML budgets sit a few kB above each page's size on
 * 2026-11-30, so a page that grows is seen. /book's is the issue's ceiling, 60: it carries the first
 * free day's times, and its size follows how many there are (42 kB with a few left that day, 52 kB
 * for a whole day of two experts' times).
 */
export const PUBLIC_PAGES = [
  { path: "/", form: false, ratio: 0.5, htmlKb: 40 },
  { path: "/hire/backend", form: false, ratio: 0.5, htmlKb: 65 },
  { path: "/guides/backend-development", form: false, ratio: 0.5, htmlKb: 45 },
  { path: "/contact", form: true, ratio: 0.4, p99Ms: 250, htmlKb: 32 },
  { path: "/book", form: true, ratio: 0.4, p99Ms: 250, htmlKb: 60 },
  { path: "/join", form: false, ratio: 0.5, htmlKb: 32 },
  { path: "/register", form: true, ratio: 0.5, htmlKb: 26 },
  { path: "/login", form: true, ratio: 0.5, htmlKb: 25 },
  { path: "/privacy", form: false, ratio: 0.5, htmlKb: 30 },
] as const satisfies readonly {
  path: string;
  form: boolean;
  ratio: number;
  p99Ms?: number;
  htmlKb: number;
}[];

export const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

const children = new Set<ChildProcess>();
const tempDirs = new Set<string>();
const extraCleanups: (() => void)[] = [];

/** Something else to stop on exit or Ctrl-C (synchronous, e.g. killing a browser). */
export const onCleanup = (stop: () => void) => extraCleanups.push(stop);

export function makeTempDir(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `bedrock-${prefix}-`));
  tempDirs.add(dir);
  return dir;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((done) => child.once("exit", () => done()));

/** Stops one process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000) {
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited(child);
  clearTimeout(timer);
  children.delete(child);
}

const afterStop: (() => Promise<void>)[] = [];

export async function cleanup() {
  for (const stop of extraCleanups.splice(0)) stop();
  await Promise.all([...children].map((child) => stopProcess(child)));
  for (const step of afterStop.splice(0)) await step().catch((error: unknown) => log(`cleanup: ${String(error)}`));
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  tempDirs.clear();
}

let handlersInstalled = false;
/** Cleans up on normal exit, on an uncaught error and on Ctrl-C / SIGTERM / SIGHUP. */
export function installCleanupHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const [signal, code] of [
    ["SIGINT", 130],
    ["SIGTERM", 143],
    ["SIGHUP", 129],
  ] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping the servers`);
      void cleanup().finally(() => process.exit(code));
    });
  }
  // Last resort when the process exits without awaiting cleanup(): synchronous kills only.
  process.once("exit", () => {
    for (const stop of extraCleanups.splice(0)) stop();
    for (const child of children) signalGroup(child, "SIGKILL");
    for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  });
}

type SpawnOptions = { cwd?: string; env?: Record<string, string>; logFile: string };

/** Starts a command in its own process group, with its output in a log file. */
export function spawnGroup(command: string, args: string[], { cwd = ROOT, env = {}, logFile }: SpawnOptions) {
  const out = openSync(logFile, "a");
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ["ignore", out, out],
  });
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

const tail = (file: string, lines = 30) =>
  existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "";

/** Runs a command to completion; throws with the end of its output when it fails. */
export async function runStep(label: string, command: string, args: string[], options: SpawnOptions) {
  const started = Date.now();
  const child = spawnGroup(command, args, options);
  const code = await new Promise<number | null>((done) => child.once("exit", (exitCode) => done(exitCode)));
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${tail(options.logFile)}`);
  log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export async function assertPortFree(port: number) {
  await new Promise<void>((done, fail) => {
    const probe = createServer()
      .once("error", () =>
        fail(
          new Error(
            `port ${port} is in use (another bench or lighthouse run?); these scripts use ports ${PORTS.app}-${PORTS.raw}`,
          ),
        ),
      )
      .listen(port, () => probe.close(() => done()));
  });
}

/** Waits until `url` answers 200, failing early when the server process dies. */
export async function waitForHttp(url: string, child: ChildProcess, logFile: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`the server for ${url} exited:\n${tail(logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${tail(logFile)}`);
}

/** Newest modification time of the files under these paths (node_modules and build output aside). */
function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path))
        if (entry !== "node_modules" && entry !== ".next") visit(join(path, entry));
    } else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const APP_SOURCES = [
  "app",
  "components",
  "db",
  "lib",
  "public",
  "proxy.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];
/** Written beside BUILD_ID: which build was made for which SITE_URL (prerendered pages carry it). */
const BUILD_STAMP = ".next/bench-site-url";
// The engine too: next.config.ts adds the shared cache handler to a PostgreSQL build.
const buildStamp = (siteUrl: string, engine: string) =>
  `${readFileSync(join(ROOT, ".next/BUILD_ID"), "utf8").trim()} ${siteUrl} ${engine}`;

/**
 * Why the app needs a build, or null when the existing one will do. Kept simple on purpose: a
 * build older than any source file (by mtime), or made for another SITE_URL (e.g. by the e2e
 * run on port 3700), is rebuilt.
 */
function appBuildReason(siteUrl: string, engine: string): string | null {
  const buildId = join(ROOT, ".next/BUILD_ID");
  if (!existsSync(buildId)) return "no build yet";
  if (statSync(buildId).mtimeMs < newestMtime(APP_SOURCES.map((path) => join(ROOT, path))))
    return "sources changed since the last build";
  const stamp = join(ROOT, BUILD_STAMP);
  if (!existsSync(stamp) || readFileSync(stamp, "utf8") !== buildStamp(siteUrl, engine))
    return `the last build was not made for SITE_URL=${siteUrl} on ${engine}`;
  return null;
}

export type AppServer = {
  url: string;
  pid: number;
  databaseUrl: string;
  stop: () => Promise<void>;
  /** Another `next start` of the same build on the same database (PostgreSQL only). */
  startInstance: (port: number) => Promise<{ url: string; pid: number }>;
  /**
   * Stops the instance on `port` as an operator does (SIGTERM, in-flight requests finish), then starts
   * it again, with `extraEnv` added to its environment (e.g. LOG_LEVEL).
   */
  restartInstance: (port: number, extraEnv?: Record<string, string>) => Promise<void>;
};

/**
 * The app's production server on a fresh temporary database: migrate + seed (as `npm start`
 * does), build when needed, then `next start` run directly so its process is ours to watch. With
 * `postgres` (a server URL), the database is `bedrock_bench` on that server, made anew and
 * dropped at the end; otherwise an SQLite file in a temporary folder.
 */
export async function startApp(port: number = PORTS.app, { postgres }: { postgres?: string } = {}): Promise<AppServer> {
  await assertPortFree(port);
  const dir = makeTempDir("bench-app");
  const logFile = join(dir, "server.log");
  const url = `http://127.0.0.1:${port}`;
  let databaseUrl = join(dir, "app.db");
  if (postgres) {
    const target = new URL(postgres);
    target.pathname = "/bedrock_bench";
    databaseUrl = target.toString();
    await recreateDatabase(databaseUrl);
    // After the servers stopped: the database is dropped (a run cut short by a crash leaves it, and
    // the next run makes it anew).
    afterStop.push(() => dropDatabase(databaseUrl));
  }
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    SITE_URL: url,
    NEXTAUTH_SECRET: randomBytes(36).toString("base64url"),
    NEXT_TELEMETRY_DISABLED: "1",
    // Load generators connect from 127.0.0.1 and name a client per request in X-Forwarded-For, as a proxy would.
    TRUSTED_PROXIES: "loopback",
    // Uploaded files: shared by every instance, as they must be (docs/operating.md, "Running on PostgreSQL").
    UPLOADS_DIR: join(dir, "uploads"),
  };
  await runStep("migrate", TSX_BIN, ["db/migrate.ts"], { env, logFile });
  await runStep("seed", TSX_BIN, ["db/seed.ts"], { env, logFile });

  const engine = postgres ? "postgres" : "sqlite";
  const reason = appBuildReason(url, engine);
  if (reason) {
    log(`building the app (${reason}); this takes a minute or two`);
    await runStep("next build (app)", process.execPath, [NEXT_BIN, "build"], { env, logFile });
    writeFileSync(join(ROOT, BUILD_STAMP), buildStamp(url, engine));
  } else log("app build is up to date");

  const start = async (instancePort: number, extraEnv: Record<string, string> = {}) => {
    await assertPortFree(instancePort);
    const child = spawnGroup(
      process.execPath,
      ["--require", REQUEST_PRELOAD, NEXT_BIN, "start", "-p", String(instancePort)],
      { env: { ...env, ...extraEnv, PORT: String(instancePort) }, logFile },
    );
    const instanceUrl = `http://127.0.0.1:${instancePort}`;
    await waitForHttp(`${instanceUrl}/api/health`, child, logFile);
    const pid = listeningPid(instancePort, child.pid ?? 0);
    log(`app server up at ${instanceUrl} (listening pid ${pid}, launched as pid ${child.pid})`);
    instances.set(instancePort, child);
    return { url: instanceUrl, pid, child };
  };
  const instances = new Map<number, ChildProcess>();
  const first = await start(port);
  return {
    url,
    pid: first.pid,
    databaseUrl,
    stop: () => stopProcess(instances.get(port) ?? first.child),
    startInstance: async (instancePort) => {
      if (!postgres) throw new Error("a second instance needs PostgreSQL (--postgres)");
      const { url: instanceUrl, pid } = await start(instancePort);
      return { url: instanceUrl, pid };
    },
    restartInstance: async (instancePort, extraEnv) => {
      const child = instances.get(instancePort);
      if (!child) throw new Error(`no instance on ${instancePort}`);
      await stopProcess(child, 30_000);
      await start(instancePort, extraEnv);
    },
  };
}

/**
 * Where the bare app is built: a copy outside the repository. Inside it, Next picks up the
 * repository's own proxy.ts and instrumentation.ts (the workspace root is the repository), and the
 * baseline would no longer be bare. node_modules is a hard-linked copy of the repository's (under a
 * second, same-disk), since Turbopack refuses a symlink that leaves its root.
 */
const BARE_NEXT_BUILD_DIR = join(tmpdir(), "bedrock-bench-bare-next");

function prepareBareNextCopy() {
  mkdirSync(BARE_NEXT_BUILD_DIR, { recursive: true });
  for (const path of ["app", "next.config.ts", "tsconfig.json"])
    cpSync(join(BARE_NEXT_DIR, path), join(BARE_NEXT_BUILD_DIR, path), { recursive: true, preserveTimestamps: true });
  writeFileSync(join(BARE_NEXT_BUILD_DIR, "package.json"), '{ "private": true }\n');
  const modules = join(BARE_NEXT_BUILD_DIR, "node_modules");
  const nextVersion = (dir: string) =>
    existsSync(join(dir, "next/package.json")) ? readFileSync(join(dir, "next/package.json"), "utf8") : "";
  if (nextVersion(modules) !== nextVersion(join(ROOT, "node_modules"))) {
    rmSync(modules, { recursive: true, force: true });
    const copy = spawnSync("cp", ["-al", join(ROOT, "node_modules"), modules]);
    if (copy.status !== 0) cpSync(join(ROOT, "node_modules"), modules, { recursive: true, verbatimSymlinks: true });
  }
}

/** The bare Next app from bench/baseline-next, built with the repository's own `next` when needed. */
export async function startBareNext(port: number = PORTS.bareNext) {
  await assertPortFree(port);
  const logFile = join(makeTempDir("bench-bare"), "server.log");
  const env = { NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  prepareBareNextCopy();
  // The copy's own `next` (the same files): one React instance, resolved from the copy.
  const bareNextBin = join(BARE_NEXT_BUILD_DIR, "node_modules/next/dist/bin/next");
  // Written after a build succeeds: a failed build leaves a BUILD_ID behind, this never.
  const built = join(BARE_NEXT_BUILD_DIR, ".next/bench-built");
  const sources = ["app", "next.config.ts", "tsconfig.json"].map((path) => join(BARE_NEXT_DIR, path));
  sources.push(join(ROOT, "node_modules/next/package.json"));
  if (!existsSync(built) || statSync(built).mtimeMs < newestMtime(sources)) {
    log("building the bare Next baseline app");
    rmSync(join(BARE_NEXT_BUILD_DIR, ".next"), { recursive: true, force: true });
    await runStep("next build (bare)", process.execPath, [bareNextBin, "build"], {
      cwd: BARE_NEXT_BUILD_DIR,
      env,
      logFile,
    });
    writeFileSync(built, new Date().toISOString());
  }
  const child = spawnGroup(process.execPath, [bareNextBin, "start", "-p", String(port)], {
    cwd: BARE_NEXT_BUILD_DIR,
    env,
    logFile,
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, child, logFile);
  log(`bare Next server up at ${url}`);
  return { url, stop: () => stopProcess(child) };
}

/** A raw `node:http` server answering every request with these bytes: the machine's ceiling. */
export async function startRawServer(body: Buffer, contentType: string, port: number = PORTS.raw) {
  await assertPortFree(port);
  const dir = makeTempDir("bench-raw");
  const logFile = join(dir, "server.log");
  const bodyFile = join(dir, "body.html");
  writeFileSync(bodyFile, body);
  const env = { RAW_BODY_FILE: bodyFile, RAW_CONTENT_TYPE: contentType, PORT: String(port) };
  const child = spawnGroup(TSX_BIN, [join(ROOT, "scripts/bench/raw-server.ts")], { env, logFile });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/`, child, logFile);
  log(`raw node server up at ${url}`);
  return { url, stop: () => stopProcess(child) };
}

/**
 * The process that actually listens on `port`, among the members of process group `groupId`
 * (a launcher may fork the real server): found through the socket inode in /proc/net/tcp{,6}.
 */
export function listeningPid(port: number, groupId: number): number {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // fields: sl, local_address, rem_address, st (0A = LISTEN), …, inode at index 9.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The process group is the fifth field of /proc/<pid>/stat, after "pid (comm) state ppid".
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const afterComm = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(afterComm[2]) !== groupId) continue;
      for (const fd of readdirSync(`/proc/${entry}/fd`)) {
        const target = readlinkSync(`/proc/${entry}/fd/${fd}`);
        if (inodes.has(target.replace(/^socket:\[(\d+)\]$/, "$1"))) return Number(entry);
      }
    } catch {
      // The process ended while we looked.
    }
  }
  throw new Error(`no process of group ${groupId} listens on port ${port}`);
}

/** Resident memory of a process in MB, from VmRSS in /proc/<pid>/status. */
export function rssMb(pid: number): number {
  const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  if (!match?.[1]) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) / 1024;
}

/** nginx from the production example (testing/nginx.ts) on `port`, in front of the instances on `instancePorts`; stopped at the end. */
export async function startNginxInFront(port: number, instancePorts: number[]) {
  await assertPortFree(port);
  const nginx = await startNginx({ port, upstreams: instancePorts });
  afterStop.push(() => nginx.stop());
  log(`nginx up at ${nginx.url}, in front of ${instancePorts.join(" and ")}`);
  return nginx;
}
