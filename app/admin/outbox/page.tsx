import { ActionForm } from "@/components/admin/action-form";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { EMAIL_ATTEMPTS, listOutbox } from "@/db/queries/outbox";
import { outboxStatusLabels } from "@/domain/labels";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";
import { retryOutboxEmail } from "./actions";

export const metadata = { title: "Outbox" };

export default async function OutboxPage() {
  const actor = await requireStaff("/admin/outbox");
  const zone = await readerTimeZone();
  const emails = await listOutbox(actor);
  return (
    <>
      <PageTitle size="admin">Outbox</PageTitle>
      <p className="mt-2 text-sm text-ink-muted">
        The last 100 emails. Each is tried up to {EMAIL_ATTEMPTS} times, with a growing wait in between (about three and
        a half hours in all), then marked failed; retry by hand here. Open an email to read it as its recipient did
        (HTML and text).
      </p>
      <ul className="mt-6 space-y-2">
        {emails.map((email) => (
          <li
            key={email.id}
            aria-label={`${email.subject} to ${email.to}`}
            data-testid={`outbox-${email.id}`}
            className="flex flex-wrap items-start justify-between gap-3 rounded-lg border border-line bg-white p-4 text-sm"
          >
            <div>
              <p className="font-semibold">
                <TextLink href={`/admin/outbox/${email.id}`} variant="plain">
                  {email.subject}
                </TextLink>
              </p>
              <p className="text-ink-muted">
                To {email.to} · {email.kind} · queued {formatDateTime(email.createdAt.getTime(), zone)}
              </p>
              <p>
                Status: <strong>{outboxStatusLabels[email.status]}</strong>
                {email.attempts > 0 ? ` after ${email.attempts} attempt${email.attempts === 1 ? "" : "s"}` : null}
                {email.lastError ? ` · ${email.lastError}` : null}
              </p>
            </div>
            {email.status === "failed" ? (
              <ActionForm action={retryOutboxEmail} submitLabel="Retry">
                <input type="hidden" name="id" value={email.id} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
      {emails.length === 0 ? <p className="mt-6 text-ink-muted">No emails yet.</p> : null}
    </>
  );
}
