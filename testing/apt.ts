/**
 * Installs a Debian package the test suite needs (PostgreSQL's server, nginx) on a machine that lacks
 * it, as CI does on a fresh machine: as root, with apt-get. Elsewhere it says what to install.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export function aptInstall(pkg: string, purpose: string) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !existsSync("/usr/bin/apt-get"))
    throw new Error(`${purpose} needs ${pkg}: install it (Debian/Ubuntu: apt-get install ${pkg}) and run again.`);
  console.log(`Installing ${pkg} (apt-get install ${pkg}) for ${purpose}…`);
  const options = { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } } as const;
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "--no-install-recommends", pkg],
  ]) {
    const result = spawnSync("apt-get", args, options);
    if (result.status !== 0)
      throw new Error(`apt-get ${args.join(" ")} failed (exit ${result.status ?? result.signal})`);
  }
}
