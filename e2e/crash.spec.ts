import { existsSync } from "node:fs";
import { expect, test } from "@playwright/test";
import {
  extraPort,
  freshDatabase,
  killStartedServers,
  setupDatabase,
  startProductionServer,
} from "./production-server";
import { openContactRequest, postContactRequest, readContactForm } from "./support/contact-post";
import { inspectDatabase } from "./support/reads";

test.afterAll(killStartedServers);

const CLIENTS = 12;
const ACKNOWLEDGED_BEFORE_KILL = 150;

test("every acknowledged contact request survives a SIGKILL in the middle of a write storm", async () => {
  test.setTimeout(40_000); // about 3× the 13 s it takes
  const database = freshDatabase("crash");
  const port = extraPort(0);
  let server = await startProductionServer(database.file, port);
  const hidden = await readContactForm(server.origin);

  const acknowledged: string[] = [];
  const unexpected: string[] = [];
  let submitted = 0;
  let cutOff = 0;
  let killed = false;
  const client = async () => {
    while (!killed) {
      // Every request is its own client: the form allows 10 an hour per IP.
      const n = ++submitted;
      const ip = `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
      try {
        const { status, reference } = await postContactRequest(server.origin, hidden, database.secret, {
          ip,
          email: `storm-${n}@durability.example`,
        });
        if (status === 200 && reference) acknowledged.push(reference);
        else unexpected.push(`#${n}: HTTP ${status}, reference ${reference}`);
      } catch {
        cutOff++;
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, client);
  await expect.poll(() => acknowledged.length, { timeout: 25_000 }).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
  // One request surely in the server's hands when it dies (the storm's may all have been answered in
  // the moment between two of its requests): accepted, its body being awaited.
  const held = await openContactRequest(server.origin, hidden, database.secret, {
    ip: "10.254.0.1",
    email: "held-at-the-kill@durability.example",
  });
  killed = true;
  process.kill(-server.pid, "SIGKILL");
  await Promise.all(clients);
  await held.finish().then(
    (answer) => unexpected.push(`the held request was answered after the kill: HTTP ${answer.status}`),
    () => cutOff++,
  );
  expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" });
  const walLeft = existsSync(`${database.file}-wal`);

  // Restart the way `npm start` does: setup, then the server.
  setupDatabase(database.file);
  server = await startProductionServer(database.file, port);
  const after = await postContactRequest(server.origin, hidden, database.secret, {
    ip: "10.255.255.254",
    email: "after-restart@durability.example",
  });
  expect(after.reference).toMatch(/^BT-/);

  const { integrity, stored } = inspectDatabase(database.file, (crashed) => ({
    integrity: crashed.integrity(),
    stored: new Set(crashed.references()),
  }));
  const missing = acknowledged.filter((reference) => !stored.has(reference));
  console.log(
    `crash test: ${submitted} submitted by ${CLIENTS} clients, ${acknowledged.length} acknowledged, ${cutOff} cut off by SIGKILL` +
      ` (-wal left behind: ${walLeft}); after restart ${stored.size - 1} stored, ${acknowledged.length - missing.length} of ${acknowledged.length} acknowledged found, integrity ${integrity}`,
  );

  expect(unexpected).toEqual([]);
  expect(cutOff).toBeGreaterThan(0);
  expect(missing).toEqual([]);
  expect(stored.has(after.reference ?? "")).toBe(true);
  expect(integrity).toBe("ok");

  process.kill(server.pid, "SIGTERM");
  await server.exited;
  database.remove();
});
