import { type LineAuthor, withLineTimes } from "@/domain/activity-line";
import { formatDateTime } from "@/domain/slots";

type Entry = { id: number; kind: "note" | "status"; body: string; createdAt: Date; author: LineAuthor };

/** The "Notes and activity" section of a request or a candidate, newest first. */
export function Timeline({ entries, timeZone = "UTC" }: { entries: Entry[]; timeZone?: string }) {
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title" className="mb-3 font-semibold">
        Notes and activity
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-ink-muted">No activity yet.</p>
      ) : (
        <Entries entries={entries} timeZone={timeZone} />
      )}
    </section>
  );
}

/** "Change by the company", "Note by Morgan Manager", "Automatic change" … */
function byline({ kind, author }: Entry) {
  if (author === "system") return "Automatic change";
  const who =
    author === null
      ? "a former user"
      : typeof author === "object"
        ? author.staff
        : { company: "the company", candidate: "the candidate" }[author];
  return `${kind === "note" ? "Note" : "Change"} by ${who}`;
}

function Entries({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  const inZone = (instant: number) => formatDateTime(instant, timeZone);
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-line bg-white p-3">
          <p className="text-xs text-ink-muted">
            {byline(entry)} · {inZone(entry.createdAt.getTime())}
          </p>
          {/* A note is the staff member's words as typed; the site's lines show their times in the reader's zone. */}
          <p className="mt-1 whitespace-pre-wrap text-sm">
            {entry.kind === "note" ? entry.body : withLineTimes(entry.body, inZone)}
          </p>
        </li>
      ))}
    </ol>
  );
}
