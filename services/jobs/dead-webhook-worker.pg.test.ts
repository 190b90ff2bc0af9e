/**
 * A worker killed with `kill -9` while an endpoint is still answering its delivery: the event reached
 * the endpoint, but the worker never recorded it. Once the worker has been silent for the threshold
 * (runner.ts keepAlive), another worker sends the event again with the same webhook-id, and a
 * receiver that drops a repeated id — as Standard Webhooks asks receivers to — acts on it exactly once.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { afterEach, expect, it, vi } from "vitest";
import { closeAppDatabase, insertStaffUser, insertTestRequest, openFreshDatabase } from "@/db/test-database";
import { startWebhookReceiver } from "../test-webhook-receiver";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeAppDatabase();
});

const liveness = { heartbeatMs: 250, deadAfterMs: 3_000 };

it("sends the event of a worker killed mid-delivery again, under the same id, so the receiver acts on it once", async () => {
  const receiver = await startWebhookReceiver();
  cleanups.push(receiver.close);
  const { file: databaseUrl } = await openFreshDatabase("jobs-dead-webhook", { seed: false });
  const admin = await insertStaffUser({ name: "Ada Admin", email: "ada@staff.example", role: "admin" });
  const { addWebhookEndpoint, listWebhookDeliveries } = await import("@/db/queries/webhooks");
  const { newWebhookSecret } = await import("../webhooks");
  const { secret, sealed } = await newWebhookSecret();
  receiver.trust(secret);
  const endpointId = await addWebhookEndpoint(admin, {
    url: receiver.url,
    description: "",
    events: ["request.created"],
    secretSealed: sealed,
  });

  // A worker of its own process (npm run worker), and an endpoint that holds its answer for a while.
  receiver.hold(20_000);
  const worker: ChildProcess = spawn("npx", ["tsx", "--tsconfig", "tsconfig.scripts.json", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "silent" },
    stdio: "ignore",
    detached: true,
  });
  cleanups.push(async () => {
    if (worker.exitCode === null && worker.signalCode === null) process.kill(-(worker.pid ?? 0), "SIGKILL");
  });
  await insertTestRequest("Ledgerly");
  await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 30_000, interval: 100 });
  // Killed while the endpoint has the event and has not answered yet.
  process.kill(-(worker.pid ?? 0), "SIGKILL");
  const killed = Date.now();
  receiver.hold(0);

  const { startJobRunner } = await import("./runner");
  const runner = await startJobRunner({ concurrency: 2, liveness });
  cleanups.push(() => runner.stop());
  await vi.waitFor(() => expect(receiver.received).toHaveLength(2), { timeout: 15_000, interval: 50 });
  const [first, again] = receiver.received;
  expect(again?.id).toBe(first?.id);
  expect(again?.verified).toBe(true);
  expect(again?.at).toBeGreaterThanOrEqual(killed);
  expect(receiver.uniqueEvents()).toEqual([first?.id]);
  await vi.waitFor(
    async () =>
      expect((await listWebhookDeliveries(admin, endpointId)).map((row) => row.status)).toEqual(["delivered"]),
    { timeout: 5_000 },
  );
  // Still twice in all (once acted on), two heartbeats later.
  await new Promise((resolve) => setTimeout(resolve, 2 * liveness.heartbeatMs));
  expect(receiver.received).toHaveLength(2);
}, 60_000);
