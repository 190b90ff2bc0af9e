/**
 * A connected CalDAV calendar (RFC 4791: iCloud, Fastmail, Nextcloud, Google's CalDAV, any such server), spoken
 * to with tsdav: find an account's calendars, read a calendar's busy times (domain/busy-times.ts reads the
 * events), and write, change or remove a booking's event. Every request has its own timeout, so a dead server
 * never holds a job, and every failure comes back as one of a closed set of reasons (CaldavFailure) that the
 * caller names to a person. Credentials are sent as HTTP Basic (an app password) on every request.
 */
import "server-only";
import ICAL from "ical.js";
import {
  calendarQuery,
  createAccount,
  createObject,
  type DAVResponse,
  deleteObject,
  fetchCalendars,
  getBasicAuthHeaders,
  propfind,
  updateObject,
} from "tsdav";
import { type BusyInterval, busyIntervals } from "@/domain/busy-times";
import { ok, type Result, refused } from "@/domain/result";

export type CaldavConnection = {
  serverUrl: string;
  username: string;
  /** An app password: the servers that offer CalDAV to third parties ask for one. */
  password: string;
  /** How long one request may take, 10 s unless told. */
  timeoutMs?: number;
  /** The fetch the requests go through (globalThis.fetch unless told): the tests count requests with it. */
  fetch?: typeof globalThis.fetch;
};

/**
 * Why a request did not do its work: the password was refused (`unauthorized`, 401 or 403); the address answers,
 * but not as a CalDAV server (`not_caldav`); nothing answers there (`unreachable`: refused, unknown host, TLS) or
 * not in time (`timeout`); the calendar is gone (`not_found`); the event changed since its ETag (`conflict`); the
 * server failed (`server_error`, 5xx: try again later).
 */
export type CaldavFailure =
  | "unauthorized"
  | "not_caldav"
  | "unreachable"
  | "timeout"
  | "not_found"
  | "conflict"
  | "server_error";

/** What finding an account's calendars may fail on (a calendar's own requests add `not_found` and `conflict`). */
export type DiscoveryFailure = Exclude<CaldavFailure, "not_found" | "conflict">;

export type CaldavCalendar = {
  url: string;
  displayName: string;
  /**
   * The calendar's version as the server tells it (its CalendarServer ctag, else its WebDAV sync-token): it changes
   * with every change of an event. null when the server gives neither (then every read fetches the events).
   */
  ctag: string | null;
  /** Whether the calendar takes events (a VTODO-only list does not). */
  supportsEvents: boolean;
  /** The colour the owner gave it (Apple's calendar-color, "#RRGGBB" or "#RRGGBBAA"), if any. */
  color: string | null;
};

export type BusyTimes = { changed: false } | { changed: true; ctag: string | null; intervals: BusyInterval[] };

const DEFAULT_TIMEOUT_MS = 10_000;
const DAY_MS = 24 * 60 * 60 * 1000;

const errorCode = (error: unknown): string | undefined => {
  if (!(error instanceof Error)) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : error.cause ? errorCode(error.cause) : undefined;
};

const isTimeout = (error: unknown): boolean =>
  error instanceof Error &&
  (error.name === "TimeoutError" ||
    ["UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT", "UND_ERR_BODY_TIMEOUT", "ETIMEDOUT"].includes(
      errorCode(error) ?? "",
    ) ||
    isTimeout(error.cause));

function failureOfStatus(status: number): CaldavFailure {
  if (status === 401 || status === 403) return "unauthorized";
  if (status === 404 || status === 410) return "not_found";
  if (status === 412) return "conflict";
  if (status >= 500) return "server_error";
  return "not_caldav";
}

/**
 * The requests of one call: the connection's fetch with a timeout on each request and the credentials, and what
 * the requests met, for the reason a failure is given (tsdav's own errors are sentences, not reasons).
 */
function session(connection: CaldavConnection) {
  const base = connection.fetch ?? globalThis.fetch;
  const timeoutMs = connection.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const seen: { lastStatus?: number; refused: boolean; failure?: "timeout" | "unreachable" } = { refused: false };
  /**
   * The servers that did not answer in this call, and why: discovery tries up to four addresses on one server, and
   * after the first timeout the others fail at once, so a silent server costs one timeout, not four.
   */
  const silent = new Map<string, unknown>();
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const origin = new URL(input instanceof Request ? input.url : input).origin;
    if (silent.has(origin)) throw silent.get(origin);
    // The timeout also ends reading the body, so a server that trickles its answer is cut off too.
    const timeout = AbortSignal.timeout(timeoutMs);
    try {
      const response = await base(input, {
        ...init,
        signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
      });
      seen.lastStatus = response.status;
      if (response.status === 401) seen.refused = true;
      return response;
    } catch (error) {
      seen.failure = isTimeout(error) ? "timeout" : "unreachable";
      silent.set(origin, error);
      throw error;
    }
  };
  const failure = (error: unknown): DiscoveryFailure => {
    if (isTimeout(error)) return "timeout";
    if (seen.failure) return seen.failure;
    if (seen.refused) return "unauthorized";
    if (seen.lastStatus !== undefined && seen.lastStatus >= 500) return "server_error";
    return "not_caldav";
  };
  const headers = getBasicAuthHeaders({ username: connection.username, password: connection.password });
  return { fetch, headers, seen, failure };
}

/** A property tsdav read from XML: text, or a number or boolean when it looked like one. */
const text = (value: unknown): string | null =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean"
    ? String(value)
    : value && typeof value === "object" && "_cdata" in value && typeof value._cdata === "string"
      ? value._cdata
      : null;

const versionOf = (props: DAVResponse["props"]) => text(props?.getctag) ?? text(props?.syncToken);

/** The account's calendars, found from the server's address through /.well-known/caldav and the user's principal. */
export async function discoverCalendars(
  connection: CaldavConnection,
): Promise<Result<CaldavCalendar[], DiscoveryFailure>> {
  const { fetch, headers, failure } = session(connection);
  try {
    const account = await createAccount({
      account: { serverUrl: connection.serverUrl, accountType: "caldav" },
      headers,
      fetch,
    });
    const calendars = await fetchCalendars({ account, headers, fetch });
    return ok(
      calendars.map((calendar) => ({
        url: calendar.url,
        displayName:
          text(calendar.displayName) || decodeURIComponent(new URL(calendar.url).pathname.split("/").at(-2) ?? ""),
        ctag: text(calendar.ctag) ?? text(calendar.syncToken),
        supportsEvents: !calendar.components?.length || calendar.components.includes("VEVENT"),
        color: text(calendar.calendarColor),
      })),
    );
  } catch (error) {
    return refused(failure(error));
  }
}

const icsTime = (instant: number) => `${new Date(instant).toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/**
 * The busy times of one calendar between `from` and `to` (see domain/busy-times.ts; `floatingZone` is the owner's
 * IANA zone, for all-day events and floating times), or `{ changed: false }` when its version is still
 * `previousCtag`: an unchanged calendar costs one request, a changed one two. The version is read before the
 * events, so an event changed in between is read again next time rather than missed.
 */
export async function busyTimes(
  connection: CaldavConnection,
  calendarUrl: string,
  {
    from,
    to,
    floatingZone,
    previousCtag,
  }: { from: Date; to: Date; floatingZone: string; previousCtag?: string | null },
): Promise<Result<BusyTimes, CaldavFailure>> {
  const { fetch, headers, seen, failure } = session(connection);
  const unlessFailed = (): CaldavFailure | null =>
    seen.lastStatus !== undefined && (seen.lastStatus < 200 || seen.lastStatus >= 300)
      ? failureOfStatus(seen.lastStatus)
      : null;
  try {
    const [version] = await propfind({
      url: calendarUrl,
      props: { "cs:getctag": {}, "d:sync-token": {} },
      depth: "0",
      headers,
      fetch,
    });
    const refusedBy = unlessFailed();
    if (refusedBy) return refused(refusedBy);
    const ctag = versionOf(version?.props);
    if (ctag !== null && previousCtag === ctag) return ok({ changed: false });

    // The server's filter is widened by a day each way: a server may place an all-day event in another zone than
    // the owner's. The exact window is cut here.
    const responses = await calendarQuery({
      url: calendarUrl,
      props: { "d:getetag": {}, "c:calendar-data": {} },
      filters: {
        "comp-filter": {
          _attributes: { name: "VCALENDAR" },
          "comp-filter": {
            _attributes: { name: "VEVENT" },
            "time-range": {
              _attributes: { start: icsTime(from.getTime() - DAY_MS), end: icsTime(to.getTime() + DAY_MS) },
            },
          },
        },
      },
      depth: "1",
      headers,
      fetch,
    });
    const queryRefusedBy = unlessFailed();
    if (queryRefusedBy) return refused(queryRefusedBy);
    const objects = responses
      .filter((response) => response.ok)
      .map((response) => text(response.props?.calendarData))
      .filter((data) => data !== null);
    return ok({ changed: true, ctag, intervals: busyIntervals(objects, { from, to, floatingZone }) });
  } catch (error) {
    return refused(failure(error));
  }
}

/** A booking's event in the calendar: the object `<uid>.ics`, so a later step finds it by the booking alone. */
const eventUrl = (calendarUrl: string, uid: string) =>
  new URL(`${encodeURIComponent(uid)}.ics`, calendarUrl.endsWith("/") ? calendarUrl : `${calendarUrl}/`).href;

/**
 * Writes a booking's event (a whole VCALENDAR whose VEVENT has this UID), new or replacing the one there. With the
 * ETag the last write returned, a change made in the calendar since then is not overwritten (`conflict`). The
 * new ETag is null when the server does not give one (some do not when they rewrite the event).
 */
export async function putEvent(
  connection: CaldavConnection,
  calendarUrl: string,
  { uid, ics, etag }: { uid: string; ics: string; etag?: string | null },
): Promise<Result<{ etag: string | null }, CaldavFailure>> {
  const eventUid = ICAL.Component.fromString(ics).getFirstSubcomponent("vevent")?.getFirstPropertyValue("uid");
  if (eventUid !== uid) throw new Error(`putEvent: the event's UID (${String(eventUid)}) is not ${uid}`);
  const { fetch, headers, failure } = session(connection);
  const request = {
    url: eventUrl(calendarUrl, uid),
    data: ics,
    headers: { ...headers, "content-type": "text/calendar; charset=utf-8" },
    fetch,
  };
  try {
    const response = etag ? await updateObject({ ...request, etag }) : await createObject(request);
    await response.body?.cancel();
    if (!response.ok) return refused(failureOfStatus(response.status));
    return ok({ etag: response.headers.get("etag") });
  } catch (error) {
    return refused(failure(error));
  }
}

/**
 * Removes a booking's event; one already gone is no failure. With an ETag, an event changed in the calendar since
 * is left (`conflict`).
 */
export async function deleteEvent(
  connection: CaldavConnection,
  calendarUrl: string,
  uid: string,
  { etag }: { etag?: string | null } = {},
): Promise<Result<undefined, CaldavFailure>> {
  const { fetch, headers, failure } = session(connection);
  try {
    const response = await deleteObject({ url: eventUrl(calendarUrl, uid), etag: etag ?? undefined, headers, fetch });
    await response.body?.cancel();
    if (response.ok || response.status === 404) return ok();
    return refused(failureOfStatus(response.status));
  } catch (error) {
    return refused(failure(error));
  }
}
