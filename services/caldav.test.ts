import { randomUUID } from "node:crypto";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createTcpServer, type Socket } from "node:net";
import { getBasicAuthHeaders, makeCalendar } from "tsdav";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { busyTimes, type CaldavConnection, deleteEvent, discoverCalendars, putEvent } from "./caldav";
import { startCaldavServer } from "./test-caldav-server";

const ALICE = { username: "alice", password: "alice-app-password" };
/** Carol's account holds only the calendars of the discovery test, so its list is exact. */
const CAROL = { username: "carol", password: "carol-app-password" };
const BOB = { username: "bob", password: "bob-app-password" };

let server: Awaited<ReturnType<typeof startCaldavServer>>;
let alice: CaldavConnection;

beforeAll(async () => {
  // bcrypt, as servers store passwords; the first run on a fresh machine installs Radicale (apt-get) first.
  server = await startCaldavServer({ users: [ALICE, BOB, CAROL], encryption: "bcrypt" });
  alice = { serverUrl: server.url, ...ALICE };
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

/** A new calendar of `user`'s, made with MKCALENDAR as a calendar app does. */
async function newCalendar(
  user = ALICE,
  { name = `Calendar ${randomUUID().slice(0, 8)}`, components = ["VEVENT"], color }: NewCalendar = {},
) {
  const url = new URL(`${user.username}/${randomUUID()}/`, server.url).href;
  const [answer] = await makeCalendar({
    url,
    props: {
      "d:displayname": name,
      "c:supported-calendar-component-set": { "c:comp": components.map((name) => ({ _attributes: { name } })) },
      ...(color ? { "ca:calendar-color": color } : {}),
    },
    headers: getBasicAuthHeaders(user),
  });
  expect(answer?.status).toBe(201);
  return url;
}
type NewCalendar = { name?: string; components?: string[]; color?: string };

/** A calendar object as clients write them: one VCALENDAR, CRLF lines. */
const vcalendar = (...lines: string[]) =>
  ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bedrock Talent//tests//EN", ...lines, "END:VCALENDAR", ""].join("\r\n");

const vevent = (uid: string, ...lines: string[]) => [
  "BEGIN:VEVENT",
  `UID:${uid}`,
  "DTSTAMP:20260101T000000Z",
  ...lines,
  "END:VEVENT",
];

/** The zone's rules since 2007, as Apple Calendar and Thunderbird write them into every object. */
const vtimezoneNewYork = (tzid: string) => [
  "BEGIN:VTIMEZONE",
  `TZID:${tzid}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "DTSTART:20070311T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "DTSTART:20071104T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** Puts each object into the calendar under a UID of its own. */
async function seed(calendarUrl: string, ...objects: ((uid: string) => string)[]) {
  for (const object of objects) {
    const uid = randomUUID();
    const written = await putEvent(alice, calendarUrl, { uid, ics: object(uid) });
    expect(written).toMatchObject({ ok: true });
  }
}

const iso = (intervals: { start: Date; end: Date }[]) =>
  intervals.map(({ start, end }) => [start.toISOString(), end.toISOString()]);

async function busy(calendarUrl: string, from: string, to: string, floatingZone = "UTC") {
  const result = await busyTimes(alice, calendarUrl, { from: new Date(from), to: new Date(to), floatingZone });
  if (!result.ok) throw new Error(`busyTimes refused: ${result.reason}`);
  if (!result.value.changed) throw new Error("busyTimes: unchanged without a previous ctag");
  return iso(result.value.intervals);
}

/** A fetch that keeps every request it makes, to count them. */
function countingFetch() {
  const requests: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    requests.push(`${init?.method ?? "GET"} ${input instanceof Request ? input.url : String(input)}`);
    return globalThis.fetch(input, init);
  };
  return { fetch, requests };
}

async function listening(server: Server | ReturnType<typeof createTcpServer>) {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return `http://127.0.0.1:${address.port}/`;
}

describe("discoverCalendars", () => {
  it("lists the account's calendars (name, version, events or not, colour) found from the server's address", async () => {
    const work = await newCalendar(CAROL, { name: "Work", color: "#FF5733FF" });
    const tasks = await newCalendar(CAROL, { name: "Tasks", components: ["VTODO"] });
    await newCalendar(BOB, { name: "Bob's" });

    const found = await discoverCalendars({ serverUrl: server.url, ...CAROL });

    expect(found.ok).toBe(true);
    if (!found.ok) return;
    const byUrl = new Map(found.value.map((calendar) => [calendar.url, calendar]));
    expect([...byUrl.keys()].sort()).toEqual([work, tasks].sort());
    expect(byUrl.get(work)).toMatchObject({ displayName: "Work", supportsEvents: true, color: "#FF5733FF" });
    expect(byUrl.get(tasks)).toMatchObject({ displayName: "Tasks", supportsEvents: false, color: null });
    expect(byUrl.get(work)?.ctag).toEqual(expect.any(String));
  });

  it("says the password was refused", async () => {
    expect(await discoverCalendars({ serverUrl: server.url, username: "alice", password: "wrong" })).toEqual({
      ok: false,
      reason: "unauthorized",
    });
  });

  it("says nothing answers when the server is down", async () => {
    const stopped = await startCaldavServer({ users: [ALICE] });
    await stopped.stop();
    const connection = { serverUrl: stopped.url, ...ALICE };
    expect(await discoverCalendars(connection)).toEqual({ ok: false, reason: "unreachable" });
    expect(await busyTimes(connection, `${stopped.url}alice/x/`, window("2026-07-01", "2026-07-02"))).toEqual({
      ok: false,
      reason: "unreachable",
    });
  });

  it("says an address that answers like a web site is no CalDAV server", async () => {
    const site = createHttpServer((_request, response) =>
      response.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><title>Hello</title>"),
    );
    try {
      const url = await listening(site);
      expect(await discoverCalendars({ serverUrl: url, ...ALICE })).toEqual({ ok: false, reason: "not_caldav" });
    } finally {
      site.close();
    }
  });

  it("gives up on a server that never answers after the timeout, with its own reason", async () => {
    const sockets: Socket[] = [];
    const silent = createTcpServer((socket) => sockets.push(socket));
    try {
      const url = await listening(silent);
      const { fetch, requests } = countingFetch();
      const started = Date.now();
      expect(await discoverCalendars({ serverUrl: url, ...ALICE, timeoutMs: 300, fetch })).toEqual({
        ok: false,
        reason: "timeout",
      });
      // Discovery would try four addresses on the server: after the first timeout the others fail at once.
      expect(requests).toEqual([`PROPFIND ${url}.well-known/caldav`]);
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });
});

const window = (from: string, to: string, floatingZone = "UTC") => ({
  from: new Date(from),
  to: new Date(to),
  floatingZone,
});

describe("busyTimes", () => {
  it("reads a time in its TZID's zone: an IANA name in the tz database, another name in the object's VTIMEZONE", async () => {
    const calendar = await newCalendar();
    await seed(
      calendar,
      // Summer in New York: EDT, UTC-4.
      (uid) =>
        vcalendar(
          ...vtimezoneNewYork("America/New_York"),
          ...vevent(
            uid,
            "DTSTART;TZID=America/New_York:20260701T090000",
            "DTEND;TZID=America/New_York:20260701T100000",
          ),
        ),
      // Outlook's own zone names are no IANA names: only the VTIMEZONE says what they mean (winter: EST, UTC-5).
      (uid) =>
        vcalendar(
          ...vtimezoneNewYork("Eastern Standard Time"),
          ...vevent(
            uid,
            "DTSTART;TZID=Eastern Standard Time:20260106T090000",
            "DTEND;TZID=Eastern Standard Time:20260106T093000",
          ),
        ),
      // Kolkata is UTC+5:30; the VTIMEZONE Radicale adds to it says +5:00: the tz database has the last word.
      (uid) => vcalendar(...vevent(uid, "DTSTART;TZID=Asia/Kolkata:20260702T100000", "DURATION:PT45M")),
    );

    expect(await busy(calendar, "2026-01-01T00:00:00Z", "2026-08-01T00:00:00Z")).toEqual([
      ["2026-01-06T14:00:00.000Z", "2026-01-06T14:30:00.000Z"],
      ["2026-07-01T13:00:00.000Z", "2026-07-01T14:00:00.000Z"],
      ["2026-07-02T04:30:00.000Z", "2026-07-02T05:15:00.000Z"],
    ]);
  });

  it("expands a weekly series with a moved occurrence and an excluded one, across a change to summer time", async () => {
    const calendar = await newCalendar();
    const berlin = (time: string) => `TZID=Europe/Berlin:${time}`;
    await seed(calendar, (uid) =>
      vcalendar(
        // Mondays 10:00–11:00 in Berlin from 2 March 2026; Berlin moves to summer time on 29 March.
        ...vevent(
          uid,
          `DTSTART;${berlin("20260302T100000")}`,
          `DTEND;${berlin("20260302T110000")}`,
          "RRULE:FREQ=WEEKLY",
          `EXDATE;${berlin("20260316T100000")}`,
        ),
        // 9 March's occurrence moved to Wednesday 11 March, 15:00–16:30.
        ...vevent(
          uid,
          `RECURRENCE-ID;${berlin("20260309T100000")}`,
          `DTSTART;${berlin("20260311T150000")}`,
          `DTEND;${berlin("20260311T163000")}`,
        ),
      ),
    );

    // Five weeks: 2, 9 (moved to the 11th), 16 (excluded), 23 and 30 March.
    expect(await busy(calendar, "2026-03-02T00:00:00Z", "2026-04-06T00:00:00Z")).toEqual([
      ["2026-03-02T09:00:00.000Z", "2026-03-02T10:00:00.000Z"],
      ["2026-03-11T14:00:00.000Z", "2026-03-11T15:30:00.000Z"],
      ["2026-03-23T09:00:00.000Z", "2026-03-23T10:00:00.000Z"],
      ["2026-03-30T08:00:00.000Z", "2026-03-30T09:00:00.000Z"],
    ]);
  });

  it("counts an occurrence moved into the window from outside it, and not one cancelled on its own", async () => {
    const calendar = await newCalendar();
    await seed(calendar, (uid) =>
      vcalendar(
        // Daily 09:00–09:30 UTC, five times from 1 June 2026.
        ...vevent(uid, "DTSTART:20260601T090000Z", "DTEND:20260601T093000Z", "RRULE:FREQ=DAILY;COUNT=5"),
        // 5 June's moved to 1 June's afternoon; 2 June's cancelled.
        ...vevent(uid, "RECURRENCE-ID:20260605T090000Z", "DTSTART:20260601T150000Z", "DTEND:20260601T160000Z"),
        ...vevent(
          uid,
          "RECURRENCE-ID:20260602T090000Z",
          "DTSTART:20260602T090000Z",
          "DTEND:20260602T093000Z",
          "STATUS:CANCELLED",
        ),
      ),
    );

    expect(await busy(calendar, "2026-06-01T00:00:00Z", "2026-06-03T00:00:00Z")).toEqual([
      ["2026-06-01T09:00:00.000Z", "2026-06-01T09:30:00.000Z"],
      ["2026-06-01T15:00:00.000Z", "2026-06-01T16:00:00.000Z"],
    ]);
  });

  it("blocks an all-day event's whole day, and reads a floating time, in the owner's zone", async () => {
    const calendar = await newCalendar();
    await seed(
      calendar,
      (uid) => vcalendar(...vevent(uid, "DTSTART;VALUE=DATE:20260702", "DTEND;VALUE=DATE:20260703")),
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260704T090000", "DTEND:20260704T100000")),
    );

    // Tokyo is UTC+9: 2 July there is 1 July 15:00 to 2 July 15:00 UTC.
    expect(await busy(calendar, "2026-06-30T00:00:00Z", "2026-07-06T00:00:00Z", "Asia/Tokyo")).toEqual([
      ["2026-07-01T15:00:00.000Z", "2026-07-02T15:00:00.000Z"],
      ["2026-07-04T00:00:00.000Z", "2026-07-04T01:00:00.000Z"],
    ]);
  });

  it("ignores free (transparent) and cancelled events, merges overlapping ones and cuts them to the window", async () => {
    const calendar = await newCalendar();
    await seed(
      calendar,
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260801T100000Z", "DTEND:20260801T110000Z", "TRANSP:TRANSPARENT")),
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260801T120000Z", "DTEND:20260801T130000Z", "STATUS:CANCELLED")),
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260801T140000Z", "DTEND:20260801T150000Z", "TRANSP:OPAQUE")),
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260801T143000Z", "DTEND:20260801T160000Z")),
      (uid) => vcalendar(...vevent(uid, "DTSTART:20260801T230000Z", "DTEND:20260802T010000Z")),
    );

    expect(await busy(calendar, "2026-08-01T00:00:00Z", "2026-08-02T00:00:00Z")).toEqual([
      ["2026-08-01T14:00:00.000Z", "2026-08-01T16:00:00.000Z"],
      ["2026-08-01T23:00:00.000Z", "2026-08-02T00:00:00.000Z"],
    ]);
  });

  it("costs one request when the calendar has not changed since its ctag, and sees a change", async () => {
    const calendar = await newCalendar();
    await seed(calendar, (uid) => vcalendar(...vevent(uid, "DTSTART:20260901T100000Z", "DTEND:20260901T110000Z")));
    const { fetch, requests } = countingFetch();
    const connection = { ...alice, fetch };
    const september = window("2026-09-01T00:00:00Z", "2026-09-02T00:00:00Z");

    const first = await busyTimes(connection, calendar, september);
    expect(first.ok && first.value.changed).toBe(true);
    const ctag = first.ok && first.value.changed ? first.value.ctag : null;
    expect(ctag).toEqual(expect.any(String));
    expect(requests).toEqual([`PROPFIND ${calendar}`, `REPORT ${calendar}`]);

    requests.length = 0;
    expect(await busyTimes(connection, calendar, { ...september, previousCtag: ctag })).toEqual({
      ok: true,
      value: { changed: false },
    });
    expect(requests).toEqual([`PROPFIND ${calendar}`]);

    await seed(calendar, (uid) => vcalendar(...vevent(uid, "DTSTART:20260901T120000Z", "DTEND:20260901T130000Z")));
    const after = await busyTimes(connection, calendar, { ...september, previousCtag: ctag });
    expect(after.ok && after.value.changed && after.value.ctag).not.toBe(ctag);
    expect(after.ok && after.value.changed && iso(after.value.intervals)).toEqual([
      ["2026-09-01T10:00:00.000Z", "2026-09-01T11:00:00.000Z"],
      ["2026-09-01T12:00:00.000Z", "2026-09-01T13:00:00.000Z"],
    ]);
  });

  it("says the password was refused, and that a calendar is gone", async () => {
    const calendar = await newCalendar();
    const june = window("2026-06-01", "2026-06-02");
    expect(await busyTimes({ ...alice, password: "wrong" }, calendar, june)).toEqual({
      ok: false,
      reason: "unauthorized",
    });
    expect(await busyTimes(alice, `${server.url}alice/${randomUUID()}/`, june)).toEqual({
      ok: false,
      reason: "not_found",
    });
  });
});

describe("putEvent and deleteEvent", () => {
  const booking = (uid: string, start: string, end: string) =>
    vcalendar(...vevent(uid, `DTSTART:${start}`, `DTEND:${end}`, "SUMMARY:Call with a Talent Expert"));

  it("write a booking's event, change it (only from the version last written) and remove it", async () => {
    const calendar = await newCalendar();
    const uid = `${randomUUID()}@bedrock-talent.test`;
    const october = window("2026-10-01T00:00:00Z", "2026-10-02T00:00:00Z");
    const intervals = async () => {
      const result = await busyTimes(alice, calendar, october);
      return result.ok && result.value.changed ? iso(result.value.intervals) : result;
    };

    const written = await putEvent(alice, calendar, { uid, ics: booking(uid, "20261001T100000Z", "20261001T103000Z") });
    expect(written).toEqual({ ok: true, value: { etag: expect.any(String) } });
    const etag = written.ok ? written.value.etag : null;
    expect(await intervals()).toEqual([["2026-10-01T10:00:00.000Z", "2026-10-01T10:30:00.000Z"]]);

    const moved = await putEvent(alice, calendar, {
      uid,
      ics: booking(uid, "20261001T140000Z", "20261001T143000Z"),
      etag,
    });
    expect(moved).toEqual({ ok: true, value: { etag: expect.any(String) } });
    const movedEtag = moved.ok ? moved.value.etag : null;
    expect(movedEtag).not.toBe(etag);
    expect(await intervals()).toEqual([["2026-10-01T14:00:00.000Z", "2026-10-01T14:30:00.000Z"]]);

    // The first version's ETag no longer matches: the change made since is kept.
    expect(
      await putEvent(alice, calendar, { uid, ics: booking(uid, "20261001T160000Z", "20261001T163000Z"), etag }),
    ).toEqual({ ok: false, reason: "conflict" });
    expect(await deleteEvent(alice, calendar, uid, { etag })).toEqual({ ok: false, reason: "conflict" });
    expect(await intervals()).toEqual([["2026-10-01T14:00:00.000Z", "2026-10-01T14:30:00.000Z"]]);

    expect(await deleteEvent(alice, calendar, uid, { etag: movedEtag })).toEqual({ ok: true, value: undefined });
    expect(await intervals()).toEqual([]);
    // Already gone: no failure.
    expect(await deleteEvent(alice, calendar, uid)).toEqual({ ok: true, value: undefined });
  });

  it("refuses an event whose UID is not the one it is written under", async () => {
    const calendar = await newCalendar();
    await expect(
      putEvent(alice, calendar, { uid: "a", ics: booking("b", "20261001T100000Z", "20261001T103000Z") }),
    ).rejects.toThrow(/UID/);
  });
});
