import { describe, expect, it } from "vitest";
import { buildIcs, googleCalendarUrl, type CalendarCall } from "./calendar";

const call: CalendarCall = {
  reference: "BC-ABC234",
  startsAt: new Date("2027-03-29T07:30:00Z"),
  endsAt: new Date("2027-03-29T08:00:00Z"),
  expert: { name: "Anna Kowalczyk", email: "anna@example.com" },
  visitor: { name: "Grace Hopper", email: "grace@compiler.example", company: "Compiler Works" },
  manageUrl: "https://hire.example/book/manage/token",
};

describe("buildIcs", () => {
  it("writes UTC start and end, organizer and attendee", () => {
    const ics = buildIcs(call).replace(/\r?\n[\t ]/g, "");
    expect(ics).toContain("DTSTART:20270329T073000Z");
    expect(ics).toContain("DTEND:20270329T080000Z");
    expect(ics).toMatch(/ORGANIZER;CN="?Anna Kowalczyk"?:MAILTO:anna@example.com/i);
    expect(ics).toMatch(/ATTENDEE;.*CN="?Grace Hopper"?:mailto:grace@compiler.example/i);
    expect(ics).toContain("UID:BC-ABC234@bedrock-talent");
    expect(ics).toContain("METHOD:REQUEST");
  });
});

describe("googleCalendarUrl", () => {
  it("encodes the UTC range", () => {
    const url = new URL(googleCalendarUrl(call));
    expect(url.searchParams.get("dates")).toBe("20270329T073000Z/20270329T080000Z");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
  });
});
