/**
 * Installs the Debian packages a test needs (PostgreSQL's server, nginx, Radicale) on a machine that lacks
 * them, as CI does on a fresh machine: as root, with apt-get. Elsewhere it says what to install. It lives
 * in services/ beside the test servers that need it (services/test-caldav-server.ts); testing/ and
 * scripts/ use it too, and the app never imports it.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function aptInstall(packages: string | string[], purpose: string) {
  const names = [packages].flat();
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get"))
    throw new Error(
      `${purpose} needs ${names.join(", ")}: install it (Debian/Ubuntu: apt-get install ${names.join(" ")}) and run again.`,
    );
  console.log(`Installing ${names.join(", ")} (apt-get install ${names.join(" ")}) for ${purpose}…`);
  const options = { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } } as const;
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", ...names],
  ]) {
    const result = spawnSync("apt-get", args, options);
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}
