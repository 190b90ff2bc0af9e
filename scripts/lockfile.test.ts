import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * `npm ci` installs exactly what package-lock.json lists. A lock file written on one machine must
 * still list the native packages of every other platform (a Mac, Windows, an Alpine container), or
 * `npm ci` fails there; and it carries no registry address, so it works behind any registry mirror.
 */
const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8")) as {
  packages: Record<string, { resolved?: string; optional?: boolean }>;
};
const paths = Object.keys(lock.packages);
const has = (name: string) =>
  paths.some((path) => path === `node_modules/${name}` || path.endsWith(`/node_modules/${name}`));

describe("package-lock.json", () => {
  it.each([
    ["Next's compiler", ["@next/swc-darwin-arm64", "@next/swc-win32-x64-msvc", "@next/swc-linux-x64-musl"]],
    [
      "Tailwind's engine",
      ["@tailwindcss/oxide-darwin-arm64", "@tailwindcss/oxide-win32-x64-msvc", "@tailwindcss/oxide-linux-x64-musl"],
    ],
    [
      "password hashing",
      ["@node-rs/argon2-darwin-arm64", "@node-rs/argon2-win32-x64-msvc", "@node-rs/argon2-linux-x64-musl"],
    ],
    ["esbuild (tsx)", ["@esbuild/darwin-arm64", "@esbuild/win32-x64", "@esbuild/linux-arm64"]],
    ["the formatter", ["@biomejs/cli-darwin-arm64", "@biomejs/cli-win32-x64", "@biomejs/cli-linux-x64-musl"]],
  ])("lists %s for every platform", (_what, names) => {
    expect(names.filter((name) => !has(name))).toEqual([]);
  });

  it("agrees with package.json", () => {
    const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    const root = lock.packages[""] as {
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    };
    expect(root.dependencies).toEqual(manifest.dependencies);
    expect(root.devDependencies).toEqual(manifest.devDependencies);
  });

  it("names no registry", () => {
    expect(paths.filter((path) => lock.packages[path]?.resolved?.startsWith("http"))).toEqual([]);
  });
});
