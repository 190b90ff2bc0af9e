import { describe, expect, it } from "vitest";
import type { BookingDetails } from "@/db/queries/bookings";
import type { NewEmail } from "@/db/queries/outbox";
import { renderEmail } from "@/emails/render";
import {
  bookingCancelledEmails,
  bookingConfirmedEmails,
  bookingReminderEmails,
  bookingRescheduledEmails,
} from "./booking-emails";

/** The text part, as the recipient's mail app shows it. */
const textOf = async (email: NewEmail | undefined) =>
  email ? (await renderEmail(email.message, "http://localhost:3000")).text : "";

const anna = {
  id: 1,
  name: "Anna Kowalczyk",
  title: "Talent Expert",
  email: "anna@bedrock.example",
  timeZone: "Europe/Warsaw",
};
const daniel = {
  id: 2,
  name: "Daniel Reyes",
  title: "Talent Expert",
  email: "daniel@bedrock.example",
  timeZone: "America/New_York",
};
const call = (overrides: Partial<BookingDetails> = {}): BookingDetails => ({
  id: 7,
  reference: "BC-ABC234",
  status: "confirmed",
  startsAt: new Date(Date.UTC(2026, 11, 1, 9)),
  endsAt: new Date(Date.UTC(2026, 11, 1, 9, 30)),
  name: "Linus",
  email: "linus@kernel.example",
  company: "Kernel Labs",
  hiringFor: "Go engineers",
  visitorTimeZone: "Europe/London",
  cancelReason: null,
  icsSequence: 0,
  contactRequestId: 3,
  expert: anna,
  meetingLink: "https://meet.example/anna",
  ...overrides,
});

describe("bookingRescheduledEmails", async () => {
  it("tells the old expert it is cancelled, the new one it is new, and the visitor once, naming the new expert", async () => {
    const previous = call();
    const moved = call({
      expert: daniel,
      startsAt: new Date(Date.UTC(2026, 11, 2, 15)),
      endsAt: new Date(Date.UTC(2026, 11, 2, 15, 30)),
    });
    const emails = bookingRescheduledEmails(moved, "t".repeat(43), previous);
    expect(emails.map((email) => [email.to, email.subject])).toEqual([
      ["linus@kernel.example", expect.stringMatching(/moved to .* with Daniel Reyes$/)],
      ["anna@bedrock.example", "Discovery call cancelled: Kernel Labs"],
      ["daniel@bedrock.example", "New discovery call: Kernel Labs"],
    ]);
    expect(await textOf(emails[0])).toContain("with Anna Kowalczyk to the time below, with Daniel Reyes");
  });

  it("keeps one update per side when the expert stays", async () => {
    const emails = bookingRescheduledEmails(
      call({ startsAt: new Date(Date.UTC(2026, 11, 2, 9)) }),
      "t".repeat(43),
      call(),
    );
    expect(emails.map((email) => email.to)).toEqual(["linus@kernel.example", "anna@bedrock.example"]);
    expect(emails[1]?.subject).toBe("Discovery call moved: Kernel Labs");
  });
});

describe("bookingCancelledEmails", async () => {
  it("gives the visitor the staff's reason and the expert either side's", async () => {
    const [visitor, expert] = bookingCancelledEmails(
      call({ status: "cancelled", cancelReason: "Anna is ill" }),
      "staff",
    );
    expect(await textOf(visitor)).toContain("The reason we gave: Anna is ill");
    expect(await textOf(expert)).toContain("Reason: Anna is ill");
    const [toVisitor, toExpert] = bookingCancelledEmails(
      call({ status: "cancelled", cancelReason: "Role filled" }),
      "visitor",
    );
    expect(await textOf(toVisitor)).not.toContain("Role filled");
    expect(await textOf(toExpert)).toContain("The visitor cancelled this discovery call.\n\nReason: Role filled");
  });

  it("says nothing of a reason when none was given", async () => {
    const [visitor, expert] = bookingCancelledEmails(call({ status: "cancelled" }), "staff");
    expect(await textOf(visitor)).not.toContain("reason");
    expect(await textOf(expert)).not.toContain("Reason");
  });
});

describe("calendar files across a call's life", async () => {
  const ics = (email: { attachments?: { content: string | Buffer }[] } | undefined) =>
    String(email?.attachments?.[0]?.content ?? "").replace(/\r\n[\t ]/g, "");

  it("sends both sides a REQUEST on booking and a higher-sequence REQUEST on a move, with the meeting link", async () => {
    const [visitor, expert] = bookingConfirmedEmails(call(), "t".repeat(43));
    expect(await textOf(visitor)).toContain("Where: https://meet.example/anna");
    expect(ics(visitor)).toContain("SEQUENCE:0");
    expect(ics(expert)).toContain("METHOD:REQUEST");
    expect(ics(expert)).not.toContain("t".repeat(43));
    const [movedVisitor, movedExpert] = bookingRescheduledEmails(
      call({ icsSequence: 1, startsAt: new Date(Date.UTC(2026, 11, 2, 9)) }),
      "t".repeat(43),
      call(),
    );
    for (const email of [movedVisitor, movedExpert]) {
      expect(ics(email)).toContain("METHOD:REQUEST");
      expect(ics(email)).toContain("SEQUENCE:1");
      expect(ics(email)).toContain("UID:BC-ABC234@bedrock-talent");
      expect(ics(email)).toContain("DTSTART:20261202T090000Z");
    }
  });

  it("cancels the call in both calendars, and in the old expert's when it moves to another", async () => {
    for (const email of bookingCancelledEmails(call({ status: "cancelled", icsSequence: 2 }), "visitor")) {
      expect(ics(email)).toContain("METHOD:CANCEL");
      expect(ics(email)).toContain("STATUS:CANCELLED");
      expect(ics(email)).toContain("SEQUENCE:2");
    }
    const [, oldExpert] = bookingRescheduledEmails(
      call({ expert: daniel, meetingLink: null, icsSequence: 1 }),
      "t".repeat(43),
      call(),
    );
    expect(ics(oldExpert)).toContain("METHOD:CANCEL");
    expect(ics(oldExpert)).toContain("SEQUENCE:1");
  });

  it("puts the call's own video room in both emails and the invitation", async () => {
    const room = "https://meet.jit.si/bedrock-talent-0123456789abcdef0123456789abcdef";
    const [visitor, expert] = bookingConfirmedEmails(call({ expert: daniel, meetingLink: room }), "t".repeat(43));
    for (const email of [visitor, expert]) {
      expect(await textOf(email)).toContain(`Where: ${room}`);
      expect(await textOf(email)).not.toMatch(/send the link|send one/);
      expect(ics(email)).toContain(`LOCATION:${room}`);
    }
  });

  it("says the expert will send the link for a call with neither room nor link (booked before rooms), and asks the expert to", async () => {
    const [visitor, expert] = bookingConfirmedEmails(call({ expert: daniel, meetingLink: null }), "t".repeat(43));
    expect(await textOf(visitor)).toContain("Where: The Talent Expert will send the link before the call");
    // The expert is that Talent Expert: their copy says what to do, and to whom.
    const toExpert = await textOf(expert);
    expect(toExpert).not.toContain("The Talent Expert will send the link");
    expect(toExpert).toContain(
      "Where: No meeting link is set for you, so please send one to Linus (linus@kernel.example) before the call",
    );
    const [, reminder] = bookingReminderEmails(call({ expert: daniel, meetingLink: null }));
    expect(await textOf(reminder)).toContain("Where: No meeting link is set for you, so please send one to Linus");
    const [, withLink] = bookingConfirmedEmails(call(), "t".repeat(43));
    expect(await textOf(withLink)).toContain("Where: https://meet.example/anna");
  });

  it("asks nobody for a link to a call that is cancelled or moved away", async () => {
    const [, cancelled] = bookingCancelledEmails(
      call({ expert: daniel, meetingLink: null, status: "cancelled" }),
      "visitor",
    );
    const [, oldExpert] = bookingRescheduledEmails(call(), "t".repeat(43), call({ expert: daniel, meetingLink: null }));
    for (const email of [cancelled, oldExpert]) {
      expect(email?.to).toBe("daniel@bedrock.example");
      expect(await textOf(email)).not.toMatch(/Where:|send the link|send one/);
    }
  });
});
