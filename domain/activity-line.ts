/**
 * A line of a request's or a candidate's timeline as stored (activities.body) and read back. Who
 * wrote it is a user (actor_id: staff, or the candidate) or someone without an account: the company,
 * through its shortlist link or the directory, or the site on its own. Those lines begin with a tag
 * saying which, since their actor_id is null, as is a staff member's whose account was deleted.
 * Times are written as their UTC minute and shown in the zone of whoever reads the timeline.
 */

/** Who writes a line without an account. */
export type AccountlessAuthor = "company" | "system";

/** Who wrote a line, as the timeline says it: null when their account no longer exists. */
export type LineAuthor = AccountlessAuthor | "candidate" | { staff: string } | null;

const TAGS: Record<AccountlessAuthor, string> = { company: "[by the company] ", system: "[automatic] " };

export const taggedLine = (author: AccountlessAuthor, text: string) => `${TAGS[author]}${text}`;

/**
 * A stored line and who wrote it. Only a status line without an actor can carry a tag: a note is
 * always staff's, and their words are taken as written.
 */
export function readLine(line: {
  kind: "note" | "status";
  body: string;
  actor: { name: string; role: string } | null;
}): { text: string; author: LineAuthor } {
  if (line.actor)
    return { text: line.body, author: line.actor.role === "candidate" ? "candidate" : { staff: line.actor.name } };
  if (line.kind === "status")
    for (const [author, tag] of Object.entries(TAGS) as [AccountlessAuthor, string][])
      if (line.body.startsWith(tag)) return { text: line.body.slice(tag.length), author };
  return { text: line.body, author: null };
}

/** An instant as a line writes it: "2026-12-17 11:30 UTC". */
export const lineTime = (instant: Date | number) =>
  `${new Date(instant).toISOString().slice(0, 16).replace("T", " ")} UTC`;

const LINE_TIME = /(?<![\w-])(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) UTC(?![\w+-])/g;

/** The text with every time a line wrote (lineTime) put as `format` says, e.g. in the reader's zone. */
export const withLineTimes = (text: string, format: (instant: number) => string) =>
  text.replace(LINE_TIME, (written, year, month, day, hour, minute) => {
    const instant = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute));
    // "2026-02-30 11:00 UTC" is no time a line wrote: it stays as it is.
    return lineTime(instant) === written ? format(instant) : written;
  });
