import { formatDateTime } from "@/domain/slots";

type Entry = { id: number; kind: "note" | "status"; body: string; createdAt: Date; actor: string | null };

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

function Entries({ entries, timeZone }: { entries: Entry[]; timeZone: string }) {
  return (
    <ol className="space-y-3">
      {entries.map((entry) => (
        <li key={entry.id} className="rounded-lg border border-line bg-white p-3">
          <p className="text-xs text-ink-muted">
            {entry.kind === "note" ? "Note" : "Change"} by {entry.actor ?? "a former user"} ·{" "}
            {formatDateTime(entry.createdAt.getTime(), timeZone)}
          </p>
          <p className="mt-1 whitespace-pre-wrap text-sm">{entry.body}</p>
        </li>
      ))}
    </ol>
  );
}
