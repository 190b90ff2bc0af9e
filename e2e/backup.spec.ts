import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { uploadsDirFor } from "../config/uploads-dir";
import { createDb } from "../db/sqlite/client";
import { migrateSqlite } from "../db/sqlite/migrator";
import { attachCv, createCandidateUser, formSigningSecret, inspectDatabase, requestReferences } from "./fixtures";
import { extraPort, killStartedServers, setupDatabase, startProductionServer } from "./production-server";
import { postContactRequest, readContactForm } from "./support/contact-post";

test.afterAll(killStartedServers);

/** Runs an npm script against another DATABASE_URL, without blocking this process (the writers keep going). */
async function npmRun(script: string, args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", script, "--", ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? 1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

test("an online backup taken while requests keep arriving restores to a complete, intact database", async ({
  baseURL,
}) => {
  test.setTimeout(35_000); // about 3× the 12 s it takes
  const liveDatabase = process.env.E2E_DATABASE_URL ?? "";
  const origin = baseURL ?? "";
  const dir = mkdtempSync(join(tmpdir(), "bedrock-backup-"));

  // A candidate with a CV, so the uploads are part of what must come back.
  const candidate = await createCandidateUser("backup");
  const cvKey = `${randomUUID()}.pdf`;
  mkdirSync(join(uploadsDirFor(liveDatabase), "cv"), { recursive: true });
  writeFileSync(join(uploadsDirFor(liveDatabase), "cv", cvKey), "%PDF-1.4 backup test\n");
  await attachCv(candidate.id, cvKey, 21);

  // Writers: contact requests through the no-JavaScript form of the suite's server, all through the backup.
  const hidden = await readContactForm(origin);
  const secret = await formSigningSecret();
  const acknowledged: { reference: string; at: number }[] = [];
  let writing = true;
  let sent = 0;
  const writer = async (lane: number) => {
    while (writing) {
      const n = ++sent;
      const { reference } = await postContactRequest(origin, hidden, secret, {
        ip: `10.${100 + lane}.${(n >> 8) & 255}.${n & 255}`,
        email: `backup-${n}-${Date.now()}@durability.example`,
      });
      if (reference) acknowledged.push({ reference, at: performance.now() });
    }
  };
  const writers = [0, 1, 2, 3].map(writer);
  await expect.poll(() => acknowledged.length).toBeGreaterThanOrEqual(5);

  const before = await requestReferences();
  const backupFile = join(dir, "backups", "app-test.db");
  const startedAt = performance.now();
  const backup = await npmRun("db:backup", [backupFile], liveDatabase);
  const endedAt = performance.now();
  writing = false;
  await Promise.all(writers);
  const duringBackup = acknowledged.filter(({ at }) => at > startedAt && at < endedAt).length;
  console.log(
    `backup (${Math.round(endedAt - startedAt)} ms including npm and tsx start-up, ${duringBackup} requests stored meanwhile):\n${backup.output}`,
  );
  expect(backup.code).toBe(0);
  expect(backup.output).toContain("integrity ok");
  expect(duringBackup).toBeGreaterThan(0);

  // Restore as documented, into a new place. First while a server-like connection holds that database: refused.
  const target = join(dir, "restored", "app.db");
  const holder = createDb(target);
  migrateSqlite(holder);
  const refused = await npmRun("db:restore", [backupFile], target);
  holder.$client.close();
  expect(refused.code).not.toBe(0);
  expect(refused.output).toContain("is in use");

  const restore = await npmRun("db:restore", [backupFile], target);
  console.log(restore.output);
  expect(restore.code).toBe(0);
  expect(existsSync(`${target}-wal`)).toBe(false);
  expect(readFileSync(join(uploadsDirFor(target), "cv", cvKey), "utf8")).toBe("%PDF-1.4 backup test\n");

  const { integrity, references } = inspectDatabase(target, (restored) => ({
    integrity: restored.integrity(),
    references: restored.references(),
  }));
  expect(integrity).toBe("ok");
  const restoredReferences = new Set(references);
  expect(before.filter((reference) => !restoredReferences.has(reference))).toEqual([]);

  // Last documented step: the site starts on the restored database.
  setupDatabase(target);
  const server = await startProductionServer(target, extraPort(3));
  expect((await fetch(`${server.origin}/contact`)).status).toBe(200);
  process.kill(server.pid, "SIGTERM");
  await server.exited;
  rmSync(dir, { recursive: true, force: true });
});
