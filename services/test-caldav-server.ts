/**
 * A real CalDAV server on a free port, for the unit tests of services/caldav.ts (as services/test-smtp-sink.ts
 * is the mail server; the app never imports it): Radicale in a folder of its own, with htpasswd users (plain,
 * or bcrypt as many servers store them), each owning only their own calendars. stop() ends the process and
 * removes the folder. Debian's `python3-radicale` is installed when it is missing (as root, with apt-get, as
 * CI does on a fresh machine): the library alone, not the `radicale` package, whose system service would start
 * a server of its own and outlive the tests.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { aptInstall } from "./test-apt";

/** Debian's own Python, which the packages install into (a pyenv or venv python3 first on PATH has none of them). */
const PYTHON = "/usr/bin/python3";

/**
 * Radicale, ended as soon as its standard input closes: the test process holds the other end, so a run that ends
 * without stop() (a test timed out, Vitest killed its worker, a crash), which runs no exit handler either, still
 * leaves no server behind.
 */
const RUN_WHILE_STDIN_OPEN = [
  "import os, runpy, sys, threading",
  "threading.Thread(target=lambda: (sys.stdin.read(), os._exit(0)), daemon=True).start()",
  "sys.argv[0] = 'radicale'",
  "runpy.run_module('radicale', run_name='__main__', alter_sys=True)",
].join("\n");

export type CaldavUser = { username: string; password: string };

const hasModules = (modules: string) =>
  spawnSync(PYTHON, ["-c", `import ${modules}`], { stdio: "ignore" }).status === 0;

function ensureRadicale(bcrypt: boolean) {
  // vobject, which Radicale reads events with, needs pytz (only recommended) for a TZID without a VTIMEZONE.
  if (!hasModules("radicale, pytz")) aptInstall(["python3-radicale", "python3-tz"], "the CalDAV tests (Radicale)");
  // Radicale 3.1 checks bcrypt passwords with passlib.
  if (bcrypt && !hasModules("passlib.hash, bcrypt"))
    aptInstall(["python3-passlib", "python3-bcrypt"], "the CalDAV tests (bcrypt passwords)");
}

function bcryptHash(password: string) {
  // Four rounds, the least bcrypt allows: Radicale checks the password on every request.
  const result = spawnSync(
    PYTHON,
    ["-c", "import sys; from passlib.hash import bcrypt; print(bcrypt.using(rounds=4).hash(sys.argv[1]))", password],
    { encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`bcrypt hash failed: ${result.stderr}`);
  return result.stdout.trim();
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

async function untilAnswering(url: string, child: ChildProcess, log: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Radicale exited (${child.exitCode}):\n${log()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`Radicale did not answer on ${url} within 15 s:\n${log()}`);
}

export async function startCaldavServer({
  users = [{ username: "alice", password: "alice-app-password" }],
  encryption = "plain",
}: {
  users?: CaldavUser[];
  encryption?: "plain" | "bcrypt";
} = {}) {
  ensureRadicale(encryption === "bcrypt");
  const dir = mkdtempSync(join(tmpdir(), "bedrock-radicale-"));
  const htpasswd = join(dir, "users");
  writeFileSync(
    htpasswd,
    users
      .map(({ username, password }) => `${username}:${encryption === "bcrypt" ? bcryptHash(password) : password}\n`)
      .join(""),
  );
  try {
    // The free port is only free until Radicale takes it: another process may win it in between, so try again.
    for (let attempt = 1; ; attempt++) {
      try {
        const server = await launch(dir, htpasswd, encryption);
        return {
          url: server.url,
          users,
          stop: () => server.stop().finally(() => rmSync(dir, { recursive: true, force: true })),
        };
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function launch(dir: string, htpasswd: string, encryption: "plain" | "bcrypt") {
  const port = await freePort();
  writeFileSync(
    join(dir, "config"),
    [
      "[server]",
      `hosts = 127.0.0.1:${port}`,
      "[auth]",
      "type = htpasswd",
      `htpasswd_filename = ${htpasswd}`,
      `htpasswd_encryption = ${encryption}`,
      // Radicale waits this long after a wrong password; the tests try one on purpose.
      "delay = 0",
      "[rights]",
      "type = owner_only",
      "[storage]",
      `filesystem_folder = ${join(dir, "collections")}`,
      "[web]",
      "type = none",
      "[logging]",
      "level = warning",
      "mask_passwords = True",
    ].join("\n"),
  );
  let output = "";
  const child = spawn(PYTHON, ["-c", RUN_WHILE_STDIN_OPEN, "--config", join(dir, "config")], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const killOnExit = () => child.kill("SIGKILL");
  process.once("exit", killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(timer);
    }
  };

  const url = `http://127.0.0.1:${port}/`;
  try {
    await untilAnswering(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
