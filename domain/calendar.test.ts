import { describe, expect, it } from "vitest";
import {
  buildIcs,
  buildIcsFeed,
  type CalendarCall,
  callEvent,
  googleCalendarUrl,
  outlookCalendarUrl,
  parseMailbox,
} from "./calendar";

const call: CalendarCall = {
  reference: "BC-ABC234",
  sequence: 0,
  startsAt: new Date("2027-03-29T07:30:00Z"),
  endsAt: new Date("2027-03-29T08:00:00Z"),
  organizer: { name: "Bedrock Talent", email: "talent@bedrock-talent.example" },
  expert: { name: "Anna Kowalczyk", email: "anna@example.com" },
  visitor: { name: "Grace Hopper", email: "grace@compiler.example", company: "Compiler Works" },
  meetingLink: null,
  manageUrl: "https://hire.example/book/manage/token",
};

describe("buildIcs", () => {
  it("writes UTC start and end, the site as organizer and both sides as attendees", () => {
    const ics = buildIcs(call).replace(/\r?\n[\t ]/g, "");
    expect(ics).toContain("DTSTART:20270329T073000Z");
    expect(ics).toContain("DTEND:20270329T080000Z");
    expect(ics).toMatch(/ORGANIZER;CN="?Bedrock Talent"?:MAILTO:talent@bedrock-talent.example/i);
    expect(ics).toMatch(/ATTENDEE;.*CN="?Anna Kowalczyk"?:mailto:anna@example.com/i);
    expect(ics).toMatch(/ATTENDEE;.*CN="?Grace Hopper"?:mailto:grace@compiler.example/i);
    expect(ics).toContain("UID:BC-ABC234@bedrock-talent");
    expect(ics).toContain("METHOD:REQUEST");
  });
});

describe("buildIcs across a call's life", () => {
  const line = (ics: string, name: string) => parseLines(ics).find((entry) => entry.name === name)?.value;

  it("keeps the UID and organizer, and carries the sequence it is given", () => {
    const booked = buildIcs(call);
    const moved = buildIcs({
      ...call,
      sequence: 1,
      startsAt: new Date("2027-03-30T07:30:00Z"),
      endsAt: new Date("2027-03-30T08:00:00Z"),
    });
    expect(line(moved, "UID")).toBe(line(booked, "UID"));
    expect(line(moved, "ORGANIZER")).toBe(line(booked, "ORGANIZER"));
    expect(line(booked, "SEQUENCE")).toBe("0");
    expect(line(moved, "SEQUENCE")).toBe("1");
    expect(line(moved, "METHOD")).toBe("REQUEST");
    expect(line(moved, "DTSTART")).toBe("20270330T073000Z");
  });

  it("cancels with METHOD:CANCEL, STATUS:CANCELLED, the same UID and a higher sequence", () => {
    const cancelled = buildIcs({ ...call, sequence: 2 }, "CANCEL");
    expect(line(cancelled, "METHOD")).toBe("CANCEL");
    expect(line(cancelled, "STATUS")).toBe("CANCELLED");
    expect(line(cancelled, "UID")).toBe("BC-ABC234@bedrock-talent");
    expect(line(cancelled, "SEQUENCE")).toBe("2");
    expect(line(buildIcs(call), "STATUS")).toBe("CONFIRMED");
  });

  it("puts a URL meeting link in LOCATION and URL, a phone number in LOCATION only", () => {
    const video = buildIcs({ ...call, meetingLink: "https://meet.example/anna" });
    expect(line(video, "LOCATION")).toBe("https://meet.example/anna");
    expect(line(video, "URL")).toBe("https://meet.example/anna");
    const phone = buildIcs({ ...call, meetingLink: "+44 20 7946 0958" });
    expect(line(phone, "LOCATION")).toBe("+44 20 7946 0958");
    expect(line(phone, "URL")).toBe(call.manageUrl);
    expect(line(buildIcs(call), "LOCATION")).toBe("The Talent Expert will send the link before the call");
  });
});

describe("parseMailbox", () => {
  it("reads MAIL_FROM with or without a display name", () => {
    expect(parseMailbox("Bedrock Talent <talent@bedrock-talent.example>")).toEqual({
      name: "Bedrock Talent",
      email: "talent@bedrock-talent.example",
    });
    expect(parseMailbox("talent@bedrock-talent.example")).toEqual({
      name: "Bedrock Talent",
      email: "talent@bedrock-talent.example",
    });
  });
});

describe("googleCalendarUrl", () => {
  it("encodes the UTC range", () => {
    const url = new URL(googleCalendarUrl(call));
    expect(url.searchParams.get("dates")).toBe("20270329T073000Z/20270329T080000Z");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
  });
});

describe("outlookCalendarUrl", () => {
  it("opens Outlook's compose deeplink with the UTC range and the meeting link as location", () => {
    const url = new URL(outlookCalendarUrl({ ...call, meetingLink: "https://meet.example/anna" }));
    expect(url.origin + url.pathname).toBe("https://outlook.live.com/calendar/0/deeplink/compose");
    expect(url.searchParams.get("rru")).toBe("addevent");
    expect(url.searchParams.get("startdt")).toBe("2027-03-29T07:30:00.000Z");
    expect(url.searchParams.get("enddt")).toBe("2027-03-29T08:00:00.000Z");
    expect(url.searchParams.get("location")).toBe("https://meet.example/anna");
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
      const match = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(
        line,
      );
      if (!match) throw new Error(`not a content line: ${line}`);
      const params = [...(match[2] ?? "").matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^";:,]*)/g)].map(([, key, value]) => [
        key,
        value?.replace(/^"|"$/g, ""),
      ]);
      return { name: match[1], params: Object.fromEntries(params) as Record<string, string>, value: match[3] ?? "" };
    });
}

describe("buildIcsFeed", () => {
  it("publishes the calls as their invitations have them, a cancelled one as cancelled, with no one's address", () => {
    const moved = { ...call, sequence: 3, manageUrl: null, meetingLink: "https://meet.example/anna" };
    const lines = parseLines(
      buildIcsFeed("Discovery calls: Anna\r\nMETHOD:REQUEST", [
        { event: callEvent(moved), cancelled: false },
        { event: callEvent({ ...call, reference: "BC-XYZ789", manageUrl: null }), cancelled: true },
      ]),
    );
    const values = (name: string) => lines.filter((line) => line.name === name).map((line) => line.value);
    expect(values("METHOD")).toEqual(["PUBLISH"]);
    expect(values("X-WR-CALNAME")).toEqual(["Discovery calls: Anna\\nMETHOD:REQUEST"]);
    expect(values("X-PUBLISHED-TTL")).toEqual(["PT1H"]);
    expect(values("REFRESH-INTERVAL")).toEqual(["PT1H"]);
    expect(values("UID")).toEqual(["BC-ABC234@bedrock-talent", "BC-XYZ789@bedrock-talent"]);
    expect(values("SEQUENCE")).toEqual(["3", "0"]);
    expect(values("STATUS")).toEqual(["CONFIRMED", "CANCELLED"]);
    expect(values("LOCATION")[0]).toBe("https://meet.example/anna");
    expect(values("ORGANIZER")).toEqual([]);
    expect(values("ATTENDEE")).toEqual([]);
  });

  it("is an empty calendar when there is nothing to show", () => {
    const lines = parseLines(buildIcsFeed("Interviews", []));
    expect(lines.map((line) => line.name)).not.toContain("VEVENT");
    expect(lines.filter((line) => line.name === "BEGIN").map((line) => line.value)).toEqual(["VCALENDAR"]);
  });
});

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
      "BEGIN",
      "VERSION",
      "CALSCALE",
      "PRODID",
      "METHOD",
      "X-PUBLISHED-TTL",
      "BEGIN",
      "UID",
      "SUMMARY",
      "DTSTAMP",
      "DTSTART",
      "DTEND",
      "SEQUENCE",
      "DESCRIPTION",
      "URL",
      "LOCATION",
      "STATUS",
      "ORGANIZER",
      "ATTENDEE",
      "ATTENDEE",
      "END",
      "END",
    ]);
    const [expert, attendee] = lines.filter((line) => line.name === "ATTENDEE");
    expect(Object.keys(attendee?.params ?? {}).sort()).toEqual(["CN", "PARTSTAT", "ROLE", "RSVP"]);
    expect(attendee?.params.ROLE).toBe("REQ-PARTICIPANT");
    expect(attendee?.params.CN).toBe("Eve\\ ;ROLE=CHAIR;X= a\\b,c;d ATTENDEE:mailto:mallory@evil.example BEGIN:VALARM");
    expect(attendee?.value).toBe("mailto:eve@example.com");
    expect(Object.keys(expert?.params ?? {}).sort()).toEqual(["CN", "PARTSTAT", "ROLE", "RSVP"]);
    expect(expert?.params.CN).toBe("Anna ;SENT-BY= mailto:boss@evil.example");
    expect(expert?.value).toBe("mailto:anna@example.com");
    const organizer = lines.find((line) => line.name === "ORGANIZER");
    expect(Object.keys(organizer?.params ?? {})).toEqual(["CN"]);
    expect(organizer?.value).toBe("MAILTO:talent@bedrock-talent.example");
  });

  it("escapes TEXT values: commas, semicolons, backslashes and line breaks stay inside SUMMARY", () => {
    const summary = parseLines(buildIcs(hostile)).find((line) => line.name === "SUMMARY")?.value;
    expect(summary).toBe(
      'Discovery call: Evil\\, Inc\\; "quoted"\\\\\\nDESCRIPTION:owned\\nLOCATION:x × Anna"\\;SENT-BY="mailto:boss@evil.example',
    );
  });

  it("names an attendee whose name is nothing but quotes and control characters", () => {
    const attendee = parseLines(buildIcs({ ...call, visitor: { ...call.visitor, name: '"\r\n"' } })).find(
      (line) => line.name === "ATTENDEE" && line.params.ROLE === "REQ-PARTICIPANT",
    );
    expect(attendee?.params.CN).toBe("Guest");
  });
});
