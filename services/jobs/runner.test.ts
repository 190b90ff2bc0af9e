/**
 * The job queue end to end on the engine under test (SQLite's in-process runner, or graphile-worker on
 * PostgreSQL): emails queued by a change are delivered to a real SMTP server, each once; an SMTP
 * refusal is retried with back-off and, after the last attempt, leaves the email failed for staff.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "@/db/test-database";
import { startSmtpSink as smtpSink } from "../test-smtp-sink";

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await closeAppDatabase();
  vi.unstubAllEnvs();
});

async function openQueue(name: string, smtpUrl: string) {
  vi.stubEnv("SMTP_URL", smtpUrl);
  await openFreshDatabase(name, { seed: false });
  const outbox = await import("@/db/queries/outbox");
  const queue = await import("@/db/queue");
  const { startJobRunner } = await import("./runner");
  const { db } = await import("@/db/index");
  const schema = await import("@/db/schema");
  const email = (to: string) =>
    outbox.enqueueEmail({ kind: "test", to, subject: `For ${to}`, message: { preview: "", paragraphs: ["Hello."] } });
  const statusOf = async (id: number) => (await db.select().from(schema.outbox)).find((row) => row.id === id);
  return { ...outbox, ...queue, startJobRunner, email, statusOf };
}

/** Reading the queue is for admins; the role is all the data function checks. */
const admin = { id: 1, name: "Ada Admin", email: "ada@staff.example", role: "admin" as const };

describe("the job queue", () => {
  it("delivers every queued email once, within seconds, with two runners working the queue", async () => {
    const sink = await smtpSink();
    cleanups.push(sink.close);
    const queue = await openQueue("jobs-deliver", sink.url);
    const addresses = Array.from({ length: 12 }, (_, index) => `person-${index}@example.com`);
    for (const address of addresses) await queue.email(address);
    const runners = [await queue.startJobRunner({ concurrency: 3 }), await queue.startJobRunner({ concurrency: 3 })];
    cleanups.push(() => Promise.all(runners.map((runner) => runner.stop())));
    await vi.waitFor(() => expect(sink.received).toHaveLength(12), { timeout: 15_000, interval: 100 });
    expect(sink.received.toSorted()).toEqual(addresses.toSorted());
    // Done jobs leave the queue.
    await vi.waitFor(async () => expect(await queue.listQueuedJobs(admin)).toEqual([]), { timeout: 5_000 });
    // One queued while the runners run arrives too (on PostgreSQL they hear of it at commit).
    const late = await queue.email("late@example.com");
    await vi.waitFor(() => expect(sink.received).toContain("late@example.com"), { timeout: 5_000, interval: 50 });
    // The delivery records "sent" just after the mail server accepts the message.
    await vi.waitFor(async () => expect((await queue.statusOf(late?.id ?? 0))?.status).toBe("sent"), {
      timeout: 5_000,
    });
    expect(sink.received).toHaveLength(13);
  });

  it("retries a refused email with back-off, marks it failed after its last attempt, and staff retry it", async () => {
    const refusing = await smtpSink({ refuse: true });
    cleanups.push(refusing.close);
    const queue = await openQueue("jobs-retry", refusing.url);
    const queued = await queue.email("refused@example.com");
    const id = queued?.id ?? 0;
    const runner = await queue.startJobRunner({ concurrency: 1 });
    cleanups.push(() => runner.stop());
    // The first attempt fails: the email records it and the job waits e¹ seconds for the next.
    await vi.waitFor(async () => expect((await queue.statusOf(id))?.attempts).toBe(1), { timeout: 10_000 });
    const [job] = await queue.listQueuedJobs(admin);
    expect(job).toMatchObject({
      task: "deliver-email",
      key: `email:${id}`,
      attempts: 1,
      maxAttempts: queue.EMAIL_ATTEMPTS,
    });
    expect(job?.lastError).toMatch(/451/);
    expect(job?.runAt.getTime()).toBeGreaterThan(Date.now());
    const email = await queue.statusOf(id);
    expect(email).toMatchObject({ status: "pending", lastError: expect.stringMatching(/451/) });
    await runner.stop();

    // The last attempt fails too: the email is failed, and staff see it so.
    const { deliverEmail } = await import("@/services/mailer");
    await expect(deliverEmail(id, { number: queue.EMAIL_ATTEMPTS, last: true })).rejects.toThrow(/451/);
    expect((await queue.statusOf(id))?.status).toBe("failed");

    // Staff retry it once the mail server is back: delivered by the queue.
    const sink = await smtpSink();
    cleanups.push(sink.close);
    vi.stubEnv("SMTP_URL", sink.url);
    vi.resetModules();
    const again = await import("@/db/queries/outbox");
    const { startJobRunner } = await import("./runner");
    const staff = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
    expect(await again.retryEmail(staff, id)).toBe(true);
    const second = await startJobRunner({ concurrency: 1 });
    cleanups.push(() => second.stop());
    await vi.waitFor(() => expect(sink.received).toEqual(["refused@example.com"]), { timeout: 10_000, interval: 100 });
    await vi.waitFor(async () => expect((await queue.statusOf(id))?.status).toBe("sent"), { timeout: 5_000 });
  });

  it("runs a job inside the id of the request that queued it, so the job's log lines carry that id", async () => {
    const sink = await smtpSink();
    cleanups.push(sink.close);
    const queue = await openQueue("jobs-request-id", sink.url);
    const { logger, requestContext } = await import("@/server/log.cjs");
    const seen: { msg: string; requestId?: string }[] = [];
    vi.spyOn(logger, "info").mockImplementation(
      ((fields: object, msg: string) =>
        void seen.push({ msg, requestId: requestContext.getStore()?.requestId })) as typeof logger.info,
    );
    await requestContext.run({ requestId: "req-0123456789" }, () => queue.email("traced@example.com"));
    const runner = await queue.startJobRunner({ concurrency: 1 });
    cleanups.push(() => runner.stop());
    await vi.waitFor(() => expect(seen).toContainEqual({ msg: "job done", requestId: "req-0123456789" }), {
      timeout: 10_000,
    });
  });
});
