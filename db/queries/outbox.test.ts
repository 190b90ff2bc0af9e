import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../test-database";

afterEach(() => closeAppDatabase());

/** Reading the queue is for admins; the role is all the data function checks. */
const admin = { id: 1, name: "Ada Admin", email: "ada@staff.example", role: "admin" as const };

describe("enqueueEmail and claimEmail", () => {
  it("queues one delivery job per email, and gives the email to one delivery only", async () => {
    await openFreshDatabase("outbox-claim");
    const { claimEmail, enqueueEmail } = await import("./outbox");
    const { listQueuedJobs } = await import("../queue");
    const queued: number[] = [];
    for (let index = 0; index < 3; index++) {
      const row = await enqueueEmail({
        kind: "test",
        to: `person-${index}@example.com`,
        subject: `Email ${index}`,
        message: { preview: "", greeting: "Hello,", paragraphs: [] },
        dedupeKey: "same",
      });
      if (row) queued.push(row.id);
    }
    // The dedupe key: queued once, with one job.
    expect(queued).toHaveLength(1);
    const jobs = await listQueuedJobs(admin);
    expect(jobs.map((job) => [job.task, job.key])).toEqual([["deliver-email", `email:${queued[0]}`]]);
    const now = new Date(Date.now() + 1_000);
    const [first, second] = await Promise.all([claimEmail(queued[0] ?? 0, now), claimEmail(queued[0] ?? 0, now)]);
    expect([first, second].filter(Boolean)).toHaveLength(1);
    // Leased: another job right after finds nothing to take; once the lease ends, the next attempt does.
    expect(await claimEmail(queued[0] ?? 0, now)).toBeUndefined();
    expect(await claimEmail(queued[0] ?? 0, new Date(now.getTime() + 5 * 60_000))).toMatchObject({ id: queued[0] });
  });
});

describe("markEmailDelivered", () => {
  it("keeps no live link in the stored subject either (an email queued before subjects refused links)", async () => {
    await openFreshDatabase("outbox-subject");
    const { enqueueEmail, getOutboxEmail, listOutbox, markEmailDelivered } = await import("./outbox");
    const token = "a".repeat(20) + "B".repeat(23);
    const row = await enqueueEmail({
      kind: "written",
      to: "cto@example.com",
      subject: `Your shortlist: http://localhost/shortlist/${token}`,
      message: { preview: "", paragraphs: [] },
    });
    const staff = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
    expect((await listOutbox(staff))[0]?.subject).not.toContain(token);
    expect((await getOutboxEmail(staff, row?.id ?? 0))?.subject).not.toContain(token);
    await markEmailDelivered(row?.id ?? 0, "sent");
    const { db } = await import("../index");
    const { outbox } = await import("../schema");
    const [stored] = await db.select({ subject: outbox.subject }).from(outbox);
    expect(stored?.subject).toBe("Your shortlist: http://localhost/shortlist/[link expired]");
  });
});
