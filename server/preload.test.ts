import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** A server made in a fresh Node process with the preload, as `npm start` makes Next's: its idle timeouts. */
function timeoutsWith(env: Record<string, string>) {
  const output = execFileSync(
    process.execPath,
    [
      "--require",
      "./server/preload.cjs",
      "-e",
      "const s = require('node:http').createServer(); console.log(JSON.stringify([s.keepAliveTimeout, s.headersTimeout]))",
    ],
    { env: { ...process.env, LOG_LEVEL: "silent", ...env }, encoding: "utf8" },
  );
  return JSON.parse(output) as [number, number];
}

describe("the preload's connection timeouts", () => {
  it("keep an idle connection 75 s by default, above a balancer's 60 s, and wait for headers longer still", () => {
    expect(timeoutsWith({ KEEP_ALIVE_TIMEOUT_MS: "" })).toEqual([75_000, 76_000]);
  });

  it("take KEEP_ALIVE_TIMEOUT_MS", () => {
    expect(timeoutsWith({ KEEP_ALIVE_TIMEOUT_MS: "120000" })).toEqual([120_000, 121_000]);
    expect(timeoutsWith({ KEEP_ALIVE_TIMEOUT_MS: "5000" })).toEqual([5_000, 60_000]);
  });
});
