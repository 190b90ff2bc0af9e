import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  acceptsConnections,
  extraPort,
  forgetLastMigration,
  freshDatabase,
  killStartedServers,
  startProductionServer,
} from "./production-server";
import { openContactRequest, readContactForm } from "./support/contact-post";
import { inspectDatabase } from "./support/reads";

test.afterAll(killStartedServers);

// `next start` handles SIGTERM itself: it stops accepting connections, finishes in-flight requests
// and after() work, then exits with 143 (128 + SIGTERM); instrumentation.ts closes the database last.
const GRACEFUL_EXIT = { code: 143, signal: null };
// Once stopping, a keep-alive connection is closed when idle (at once, or 1 s after its answer: server/preload.cjs).
const EXIT_WITHIN_MS = 15_000;

test("SIGTERM lets in-flight requests finish, then closes the database cleanly", async () => {
  const database = freshDatabase("shutdown");
  const server = await startProductionServer(database.file, extraPort(1));
  const hidden = await readContactForm(server.origin);
  const inFlight = await Promise.all(
    [1, 2, 3, 4].map((n) =>
      openContactRequest(server.origin, hidden, database.secret, {
        ip: `10.0.0.${n}`,
        email: `in-flight-${n}@durability.example`,
      }),
    ),
  );

  const signalledAt = performance.now();
  process.kill(server.pid, "SIGTERM");
  await expect
    .poll(() => acceptsConnections(server.port), { message: "the server stops accepting connections" })
    .toBe(false);
  const refusingAfter = performance.now() - signalledAt;

  const answers = await Promise.all(inFlight.map((request) => request.finish()));
  const answeredAfter = performance.now() - signalledAt;
  for (const answer of answers) expect(answer).toMatchObject({ status: 200, reference: expect.stringMatching(/^BT-/) });

  expect(await server.exited).toEqual(GRACEFUL_EXIT);
  const exitedAfter = performance.now() - signalledAt;
  console.log(
    `SIGTERM: new connections refused after ${Math.round(refusingAfter)} ms, ${answers.length} in-flight requests answered 200 after ${Math.round(answeredAfter)} ms, exit ${GRACEFUL_EXIT.code} after ${Math.round(exitedAfter)} ms`,
  );
  expect(exitedAfter).toBeLessThan(EXIT_WITHIN_MS);
  // A clean close folds the WAL into the database file and removes it.
  expect(existsSync(`${database.file}-wal`)).toBe(false);

  const { integrity, stored } = inspectDatabase(database.file, (stopped) => ({
    integrity: stopped.integrity(),
    stored: stopped.references(),
  }));
  expect(integrity).toBe("ok");
  expect(stored).toEqual(expect.arrayContaining(answers.map((answer) => answer.reference)));
  database.remove();
});

test("npm start passes SIGTERM on to the server, which closes the database", async () => {
  const database = freshDatabase("npm-start");
  const server = await startProductionServer(database.file, extraPort(2), "npm");
  expect(existsSync(`${database.file}-wal`)).toBe(true);

  process.kill(server.pid, "SIGTERM");
  expect(await server.exited).toEqual(GRACEFUL_EXIT);
  // npm waits for its script, so once npm has exited the server is gone too, having closed the database.
  expect(await acceptsConnections(server.port)).toBe(false);
  expect(existsSync(`${database.file}-wal`)).toBe(false);
  database.remove();
});

test("a stopping server says it is not ready first, keeps answering for DRAIN_DELAY_MS, then stops", async () => {
  const database = freshDatabase("drain");
  const server = await startProductionServer(database.file, extraPort(14), "next", { DRAIN_DELAY_MS: "3000" });
  const ready = await fetch(`${server.origin}/api/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", checks: { database: "ok", migrations: "ok", queue: "ok" } });

  const signalledAt = performance.now();
  process.kill(server.pid, "SIGTERM");
  // A balancer polling readiness takes it out; one still sending meets a working server.
  await expect.poll(async () => (await fetch(`${server.origin}/api/ready`)).status).toBe(503);
  expect(await (await fetch(`${server.origin}/api/ready`)).json()).toEqual({ status: "draining" });
  expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  expect((await fetch(`${server.origin}/privacy`)).status).toBe(200);
  expect(performance.now() - signalledAt).toBeLessThan(3_000);

  await expect.poll(() => acceptsConnections(server.port), { timeout: 10_000 }).toBe(false);
  expect(performance.now() - signalledAt).toBeGreaterThanOrEqual(3_000);
  expect(await server.exited).toEqual(GRACEFUL_EXIT);
  database.remove();
});

test("an instance whose database lacks this release's migrations is not ready", async () => {
  const database = freshDatabase("not-migrated");
  const server = await startProductionServer(database.file, extraPort(15));
  // As if the release were newer than the database: its last migration's record is gone.
  forgetLastMigration(database.file);
  const answer = await fetch(`${server.origin}/api/ready`);
  expect(answer.status).toBe(503);
  expect(await answer.json()).toEqual({
    status: "unavailable",
    checks: { database: "ok", migrations: "failed", queue: "ok" },
  });
  // Liveness is another question: the process and its database answer.
  expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  process.kill(server.pid, "SIGTERM");
  await server.exited;
  database.remove();
});
