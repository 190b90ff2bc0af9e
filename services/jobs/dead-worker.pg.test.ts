/**
 * graphile-worker 0.17 leaves a job locked for four hours when the worker holding it dies (kill -9,
 * a lost machine). The workers' heartbeats (runner.ts keepAlive) give such a job back once its
 * worker has been silent for the threshold: here a worker takes a delivery, claims its email and
 * dies; a live worker delivers the email once the threshold has passed, and only once.
 */
import { afterEach, expect, it, vi } from "vitest";
import { closeAppDatabase, lockJobsAs, openFreshDatabase } from "@/db/test-database";
import { startSmtpSink } from "../test-smtp-sink";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeAppDatabase();
  vi.unstubAllEnvs();
});

const liveness = { heartbeatMs: 250, deadAfterMs: 3_000 };
/** Reading the queue is for admins; the role is all the data function checks. */
const admin = { id: 1, name: "Ada Admin", email: "ada@staff.example", role: "admin" as const };

it("gives a dead worker's delivery to a live worker within the threshold, and the email is sent once", async () => {
  const sink = await startSmtpSink();
  cleanups.push(sink.close);
  vi.stubEnv("SMTP_URL", sink.url);
  const { db } = await openFreshDatabase("jobs-dead-worker", { seed: false });
  const { claimEmail, enqueueEmail } = await import("@/db/queries/outbox");
  const { listQueuedJobs, recordWorkerAlive } = await import("@/db/queue");
  const { outbox } = await import("@/db/schema");
  const { startJobRunner } = await import("./runner");
  const queued = await enqueueEmail({
    kind: "test",
    to: "once@example.com",
    subject: "Once",
    message: { preview: "", paragraphs: ["Hello."] },
  });
  const id = queued?.id ?? 0;

  // The worker that dies: its last heartbeat, its lock on the job and its lease on the email (deliverEmail's claim).
  const died = Date.now();
  await recordWorkerAlive("pool-killed");
  await lockJobsAs("pool-killed");
  expect(await claimEmail(id)).toBeDefined();

  const runner = await startJobRunner({ concurrency: 2, liveness });
  cleanups.push(() => runner.stop());
  await vi.waitFor(() => expect(sink.messages).toHaveLength(1), { timeout: 10_000, interval: 50 });
  const [message] = sink.messages;
  // Not before its worker had been silent for the threshold; within one more heartbeat (and the sending).
  expect(message?.at).toBeGreaterThanOrEqual(died + liveness.deadAfterMs);
  expect(message?.at).toBeLessThan(died + liveness.deadAfterMs + liveness.heartbeatMs + 1_000);
  expect(message?.to).toEqual(["once@example.com"]);
  expect(message?.messageId).toMatch(new RegExp(`^<outbox-${id}-`));

  await vi.waitFor(
    async () => expect((await db.select().from(outbox)).map((row) => [row.id, row.status])).toEqual([[id, "sent"]]),
    { timeout: 5_000 },
  );
  await vi.waitFor(async () => expect(await listQueuedJobs(admin)).toEqual([]), { timeout: 5_000 });
  // Still once, two heartbeats later.
  await new Promise((resolve) => setTimeout(resolve, 2 * liveness.heartbeatMs));
  expect(sink.messages).toHaveLength(1);
}, 20_000);
