import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Vitest's global setup: every temporary folder a test makes (its SQLite file, its uploads) goes in one
 * folder of this run, removed when the run ends, so a run leaves nothing behind in the system's /tmp.
 * The test workers start after this and inherit TMPDIR, which `os.tmpdir()` reads.
 */
export default function useRunTmpdir() {
  const dir = mkdtempSync(join(tmpdir(), "bedrock-unit-"));
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
