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

/** Content lines per RFC 5545 §3.1: unfolded, then name, parameters (quoted strings have no escapes) and value. */
function parseLines(ics: string) {
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  return ics
    .replace(/\r\n[\t ]/g, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
      if (!match) throw new Error(`not a content line: ${line}`);
      const params = [...(match[2] ?? "").matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map(([, key, value]) => [key, value?.replace(/^"|"$/g, "")]);
      return { name: match[1], params: Object.fromEntries(params) as Record<string, string>, value: match[3] ?? "" };
    });
}

describe("buildIcs with hostile names", () => {
  const hostile: CalendarCall = {
    ...call,
    expert: { name: 'Anna";SENT-BY="mailto:boss@evil.example', email: "anna@example.com" },
    visitor: {
      name: 'Eve\\";ROLE=CHAIR;X="a\\b,c;d\r\nATTENDEE:mailto:mallory@evil.example\rBEGIN:VALARM\u0007\u2028',
      email: "eve@example.com",
      company: 'Evil, Inc; "quoted"\\\rDESCRIPTION:owned\nLOCATION:x',
    },
  };

  it("keeps every name inside its own parameter: no parameter, property or line can be added", () => {
    const lines = parseLines(buildIcs(hostile));
    expect(lines.map((line) => line.name)).toEqual([
      "BEGIN", "VERSION", "CALSCALE", "PRODID", "METHOD", "X-PUBLISHED-TTL", "BEGIN", "UID", "SUMMARY", "DTSTAMP",
      "DTSTART", "DTEND", "DESCRIPTION", "URL", "STATUS", "ORGANIZER", "ATTENDEE", "END", "END",
    ]);
    const attendee = lines.find((line) => line.name === "ATTENDEE");
    expect(Object.keys(attendee?.params ?? {}).sort()).toEqual(["CN", "PARTSTAT", "ROLE", "RSVP"]);
    expect(attendee?.params.ROLE).toBe("REQ-PARTICIPANT");
    expect(attendee?.params.CN).toBe("Eve\\ ;ROLE=CHAIR;X= a\\b,c;d ATTENDEE:mailto:mallory@evil.example BEGIN:VALARM");
    expect(attendee?.value).toBe("mailto:eve@example.com");
    const organizer = lines.find((line) => line.name === "ORGANIZER");
    expect(Object.keys(organizer?.params ?? {})).toEqual(["CN"]);
    expect(organizer?.value).toBe("MAILTO:anna@example.com");
  });

  it("escapes TEXT values: commas, semicolons, backslashes and line breaks stay inside SUMMARY", () => {
    const summary = parseLines(buildIcs(hostile)).find((line) => line.name === "SUMMARY")?.value;
    expect(summary).toBe('Discovery call: Evil\\, Inc\\; "quoted"\\\\\\nDESCRIPTION:owned\\nLOCATION:x × Anna"\\;SENT-BY="mailto:boss@evil.example');
  });

  it("names an attendee whose name is nothing but quotes and control characters", () => {
    const attendee = parseLines(buildIcs({ ...call, visitor: { ...call.visitor, name: '"\r\n"' } })).find((line) => line.name === "ATTENDEE");
    expect(attendee?.params.CN).toBe("Guest");
  });
});
