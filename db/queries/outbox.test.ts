import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, openFreshDatabase } from "../test-database";

afterEach(() => closeAppDatabase());

describe("claimDueEmails", () => {
  it("gives each due email to one worker only, when two workers claim at the same time", async () => {
    await openFreshDatabase("outbox-claim");
    const { claimDueEmails, enqueueEmail } = await import("./outbox");
    const queued: number[] = [];
    for (let index = 0; index < 30; index++) {
      const row = await enqueueEmail({
        kind: "test",
        to: `person-${index}@example.com`,
        subject: `Email ${index}`,
        message: { preview: "", greeting: "Hello,", paragraphs: [] },
      });
      if (row) queued.push(row.id);
    }
    const now = new Date(Date.now() + 1_000);
    const [first, second] = await Promise.all([claimDueEmails(now, 20), claimDueEmails(now, 20)]);
    const claimed = [...first, ...second].map((email) => email.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.toSorted((a, b) => a - b)).toEqual(queued);
    // Leased: a third worker right after finds nothing to take.
    expect(await claimDueEmails(now, 20)).toEqual([]);
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
