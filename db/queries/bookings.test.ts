import { describe, expect, it } from "vitest";
import { insertStaffUser, openFreshDatabase } from "../test-database";

/** A fresh database with one helper to book, one to read a call's sequence and one for the last calendar file sent to an address. */
async function setUp() {
  const { db } = await openFreshDatabase("ics-sequence");
  const schema = await import("../schema");
  const { eq } = await import("drizzle-orm");
  const bookings = {
    ...(await import("./bookings")),
    ...(await import("@/services/booking/book-call")),
    ...(await import("@/services/booking/change-call")),
  };
  const { cancelCallAsStaff } = await import("@/services/booking/staff-call");
  const emails = await import("@/services/booking-emails");
  const slots = await bookings.listOpenSlots();
  const book = async (n: string, slot = slots[0]) => {
    if (!slot) throw new Error("no free slot");
    const result = await bookings.bookDiscoveryCall(
      {
        expertId: slot.expertId,
        start: slot.start,
        name: "Grace",
        email: `grace${n}@compiler.example`,
        company: "Compiler Works",
        hiringFor: "Go",
        visitorTimeZone: "Europe/London",
        manageTokenHash: n.repeat(64),
      },
      (booking) => emails.bookingConfirmedEmails(booking, n.repeat(43)),
    );
    if (!result.ok) throw new Error(result.reason);
    return result.value.booking;
  };
  const sequence = async (id: number) => {
    const [row] = await db
      .select({ value: schema.bookings.icsSequence })
      .from(schema.bookings)
      .where(eq(schema.bookings.id, id));
    return row?.value;
  };
  const lastIcs = async (to: string) =>
    (await db.select().from(schema.outbox).where(eq(schema.outbox.to, to)).orderBy(schema.outbox.id))
      .at(-1)
      ?.attachments[0]?.content.replace(/\r\n[\t ]/g, "") ?? "";
  return { bookings, cancelCallAsStaff, emails, slots, book, sequence, lastIcs };
}

describe("a call's iCalendar sequence", () => {
  it("starts at 0 and rises with the move and the visitor's cancellation, in the emails queued with them", async () => {
    const { bookings, emails, slots, book, sequence, lastIcs } = await setUp();
    const call = await book("a");
    expect(await sequence(call.id)).toBe(0);
    expect(await lastIcs(call.email)).toContain("SEQUENCE:0");
    const target = slots.find((slot) => slot.expertId === call.expert.id && slot.start !== call.startsAt.getTime());
    if (!target) throw new Error("no second slot");
    const moved = await bookings.moveCallByLink("a".repeat(64), target, (booking, previous) =>
      emails.bookingRescheduledEmails(booking, "a".repeat(43), previous),
    );
    expect(moved.ok).toBe(true);
    expect(await sequence(call.id)).toBe(1);
    expect(await lastIcs(call.email)).toMatch(/METHOD:REQUEST[\s\S]*SEQUENCE:1/);
    expect(await lastIcs(call.expert.email)).toContain("SEQUENCE:1");
    const cancelled = await bookings.cancelCallByLink("a".repeat(64), null, (booking) =>
      emails.bookingCancelledEmails(booking, "visitor"),
    );
    expect(cancelled.ok).toBe(true);
    expect(await sequence(call.id)).toBe(2);
    expect(await lastIcs(call.email)).toMatch(/METHOD:CANCEL[\s\S]*SEQUENCE:2[\s\S]*STATUS:CANCELLED/);
    expect(await lastIcs(call.email)).toContain(`UID:${call.reference}@bedrock-talent`);
  });

  it("rises when staff cancel, and stays put when nothing changes", async () => {
    const { cancelCallAsStaff, emails, book, sequence, lastIcs } = await setUp();
    const call = await book("b");
    const manager = await insertStaffUser({ name: "Morgan Manager", email: "morgan@staff.example", role: "manager" });
    if (!manager) throw new Error("no manager");
    expect(
      await cancelCallAsStaff(manager, call.id, "Anna is ill", (booking) =>
        emails.bookingCancelledEmails(booking, "staff"),
      ),
    ).toEqual({ ok: true, value: undefined });
    expect(await sequence(call.id)).toBe(1);
    expect(await lastIcs(call.email)).toMatch(/METHOD:CANCEL[\s\S]*SEQUENCE:1/);
    expect(
      await cancelCallAsStaff(manager, call.id, null, (booking) => emails.bookingCancelledEmails(booking, "staff")),
    ).toEqual({ ok: false, reason: "not-cancellable" });
    expect(await sequence(call.id)).toBe(1);
  });
});

describe("moving a call to the time it already has (#27 W4)", () => {
  it("is not offered, and is refused without a write or an email", async () => {
    const { bookings, emails, book, sequence } = await setUp();
    const { db } = await import("../index");
    const schema = await import("../schema");
    const call = await book("m");
    const start = call.startsAt.getTime();
    const { own, others } = await bookings.listMoveSlots({
      id: call.id,
      expertId: call.expert.id,
      startsAt: call.startsAt,
    });
    expect(own.length).toBeGreaterThan(0);
    expect([...own, ...others].map((slot) => slot.start)).not.toContain(start);

    const queued = async () => (await db.select().from(schema.outbox)).length;
    const before = await queued();
    const moved = await bookings.moveCallByLink(
      "m".repeat(64),
      { expertId: call.expert.id, start },
      (booking, previous) => emails.bookingRescheduledEmails(booking, "m".repeat(43), previous),
    );
    expect(moved).toEqual({ ok: false, reason: "unchanged" });
    expect(await sequence(call.id)).toBe(0);
    expect(await queued()).toBe(before);
  });
});

describe("booking one slot at the same time", () => {
  it("gives it to one visitor and tells every other one it is taken, without an error", async () => {
    const { bookings, emails, slots } = await setUp();
    const slot = slots[0];
    if (!slot) throw new Error("no free slot");
    const attempts = Array.from({ length: 50 }, (_, index) =>
      bookings.bookDiscoveryCall(
        {
          expertId: slot.expertId,
          start: slot.start,
          name: `Visitor ${index}`,
          email: `visitor${index}@race.example`,
          company: "Race Inc",
          hiringFor: "Go",
          visitorTimeZone: "UTC",
          manageTokenHash: index.toString(16).padStart(64, "0"),
        },
        (booking) => emails.bookingConfirmedEmails(booking, "r".repeat(43)),
      ),
    );
    const results = await Promise.all(attempts);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok && result.reason === "taken")).toHaveLength(49);
  });
});

describe("the same booking form sent twice", () => {
  it("tells the visitor whose call it is that they booked it, and anyone else that the time is taken", async () => {
    const { bookings, emails, book } = await setUp();
    const call = await book("c");
    const again = (email: string, token: string) =>
      bookings.bookDiscoveryCall(
        {
          expertId: call.expert.id,
          start: call.startsAt.getTime(),
          name: "Grace",
          email,
          company: "Compiler Works",
          hiringFor: "Go",
          visitorTimeZone: "Europe/London",
          manageTokenHash: token.repeat(64),
        },
        (booking) => emails.bookingConfirmedEmails(booking, token.repeat(43)),
      );
    expect(await again("GraceC@Compiler.example", "d")).toEqual({
      ok: false,
      reason: "already-booked",
      email: "gracec@compiler.example",
    });
    expect(await again("someone@else.example", "e")).toEqual({ ok: false, reason: "taken" });
  });

  it("books once when the same visitor sends it twice at the same moment", async () => {
    const { bookings, emails, slots } = await setUp();
    const slot = slots[0];
    if (!slot) throw new Error("no free slot");
    const results = await Promise.all(
      ["f", "g"].map((token) =>
        bookings.bookDiscoveryCall(
          {
            expertId: slot.expertId,
            start: slot.start,
            name: "Grace",
            email: "grace@compiler.example",
            company: "Compiler Works",
            hiringFor: "Go",
            visitorTimeZone: "UTC",
            manageTokenHash: token.repeat(64),
          },
          (booking) => emails.bookingConfirmedEmails(booking, token.repeat(43)),
        ),
      ),
    );
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: "already-booked", email: "grace@compiler.example" },
    ]);
  });
});

describe("a booked call is a lead", () => {
  it("starts a request saying what the company is hiring for, which the address's next call joins", async () => {
    const { bookings, emails, book } = await setUp();
    const { db } = await import("../index");
    const schema = await import("../schema");
    const first = await book("h");
    const [slot] = await bookings.listOpenSlots();
    if (!slot) throw new Error("no second slot");
    const second = await bookings.bookDiscoveryCall(
      {
        expertId: slot.expertId,
        start: slot.start,
        name: "Grace",
        email: "GraceH@compiler.example",
        company: "Compiler Works",
        hiringFor: "Rust",
        visitorTimeZone: "Europe/London",
        manageTokenHash: "i".repeat(64),
      },
      (booking) => emails.bookingConfirmedEmails(booking, "i".repeat(43)),
    );
    const requests = await db.select().from(schema.contactRequests);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      email: "graceh@compiler.example",
      role: "Go",
      message: "Booked a discovery call. Hiring for: Go",
      sourcePage: "/book",
    });
    expect(first.contactRequestId).toBe(requests[0]?.id);
    if (!second.ok) throw new Error(second.reason);
    expect(second.value.booking.contactRequestId).toBe(requests[0]?.id);
  });
});
