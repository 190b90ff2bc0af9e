/**
 * Runs a command with a throwaway PostgreSQL server, then removes the server:
 *
 *   tsx scripts/with-postgres.ts -- vitest run
 *
 * The command gets TEST_POSTGRES_URL (a superuser URL to the `postgres` database) and
 * TEST_POSTGRES_CONTROL (the command lines that stop and start the server, for an outage test). The server is a
 * new cluster in a temporary folder on a free port, without fsync (nothing in it outlives the run),
 * stopped and deleted at the end, whatever the command's outcome. When the PostgreSQL server
 * programs are missing it installs Debian's `postgresql` package (as root, with apt-get), as CI does
 * on a fresh machine; otherwise it says what to install.
 */
import { type SpawnSyncOptions, spawn, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aptInstall } from "../services/test-apt";

const command = process.argv.slice(process.argv.indexOf("--") + 1);
if (!process.argv.includes("--") || command.length === 0) {
  console.error("usage: tsx scripts/with-postgres.ts -- <command> [args…]");
  process.exit(2);
}

const isRoot = process.getuid?.() === 0;

function run(file: string, args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(file, args, { stdio: "inherit", ...options });
  if (result.status !== 0) throw new Error(`${file} ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
}

/** The newest installed server's bin folder (Debian keeps each major version apart). */
function serverBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, "bin", "pg_ctl")))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const bin =
  serverBin() ??
  (() => {
    aptInstall("postgresql", "the tests on PostgreSQL");
    const installed = serverBin();
    if (!installed)
      throw new Error("PostgreSQL was installed, but its server programs are not under /usr/lib/postgresql");
    return installed;
  })();

// The server refuses to run as root: as root, the cluster belongs to the `postgres` user the package creates.
const dir = mkdtempSync(join(tmpdir(), "bedrock-postgres-"));
const data = join(dir, "data");
/** A server program's command line, run as the `postgres` user when we are root. */
const asServerUser = (program: string, args: string[]): [string, string[]] =>
  isRoot ? ["runuser", ["-u", "postgres", "--", join(bin, program), ...args]] : [join(bin, program), args];
if (isRoot) {
  const idOf = (flag: string) => Number(spawnSync("id", [flag, "postgres"], { encoding: "utf8" }).stdout.trim());
  chownSync(dir, idOf("-u"), idOf("-g"));
}

const port = await freePort();
let started = false;
function stop() {
  if (started) spawnSync(...asServerUser("pg_ctl", ["stop", "-D", data, "-m", "immediate"]));
  rmSync(dir, { recursive: true, force: true });
}

let exitCode = 1;
try {
  run(...asServerUser("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]));
  const settings = [
    `-p ${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${dir}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
    "-c max_connections=200",
  ].join(" ");
  run(...asServerUser("pg_ctl", ["start", "-w", "-D", data, "-l", join(dir, "server.log"), "-o", settings]));
  started = true;
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  console.log(`PostgreSQL for the tests: ${url} (removed at the end)`);
  const [file = "", ...args] = command;
  // How a test stops and starts this server (to see the site through a database outage): two command lines.
  const control = {
    stop: asServerUser("pg_ctl", ["stop", "-w", "-D", data, "-m", "fast"]),
    start: asServerUser("pg_ctl", ["start", "-w", "-D", data, "-l", join(dir, "server.log"), "-o", settings]),
  };
  const child = spawn(file, args, {
    stdio: "inherit",
    env: { ...process.env, TEST_POSTGRES_URL: url, TEST_POSTGRES_CONTROL: JSON.stringify(control) },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  exitCode = await new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
} finally {
  stop();
}
process.exit(exitCode);
