import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getOutboxEmail } from "@/db/queries/outbox";
import { outboxStatusLabels } from "@/domain/labels";
import { parseRecordId } from "@/domain/record-id";
import { formatDateTime } from "@/domain/slots";
import { emailParts } from "@/services/mailer";
import { readerTimeZone } from "@/services/reader-zone";
import { requireStaff } from "@/services/session";

export const metadata = { title: "Email" };

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/outbox/${id}`);
  const zone = await readerTimeZone();
  const emailId = parseRecordId(id);
  const email = emailId ? await getOutboxEmail(actor, emailId) : null;
  if (!email) notFound();
  const { html, text } = await emailParts(email);

  const facts: [string, string][] = [
    ["To", email.to],
    ["Kind", email.kind],
    ["Queued", formatDateTime(email.createdAt.getTime(), zone)],
    [
      "Status",
      `${outboxStatusLabels[email.status]}${email.attempts > 0 ? ` after ${email.attempts} attempt${email.attempts === 1 ? "" : "s"}` : ""}`,
    ],
  ];
  if (email.sentAt) facts.push(["Delivered", formatDateTime(email.sentAt.getTime(), zone)]);
  if (email.lastError) facts.push(["Last error", email.lastError]);

  return (
    <>
      <TextLink href="/admin/outbox" className="text-sm">
        All emails
      </TextLink>
      <PageTitle size="admin" className="mt-3 break-words">
        {email.subject}
      </PageTitle>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words text-ink-muted">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-ink-muted">
        As stored: links that carried a personal token read “[link expired]”.
      </p>
      {html ? (
        <Card as="section" aria-labelledby="email-html" className="mt-4">
          <h2 id="email-html" className="text-lg font-semibold">
            HTML
          </h2>
          <iframe
            src={`/admin/outbox/${email.id}/html`}
            title={`HTML version of “${email.subject}”`}
            sandbox=""
            className="mt-3 h-[36rem] w-full rounded border border-line"
          />
        </Card>
      ) : null}
      <Card as="section" aria-labelledby="email-text" className="mt-6">
        <h2 id="email-text" className="text-lg font-semibold">
          Text
        </h2>
        {/* Plain text, rendered as text: whatever a visitor typed into it stays text, never markup. */}
        <pre
          className="mt-3 overflow-x-auto whitespace-pre-wrap break-words font-sans text-sm"
          data-testid="email-text"
        >
          {text}
        </pre>
      </Card>
      <Card as="section" aria-labelledby="email-attachments" className="mt-6">
        <h2 id="email-attachments" className="text-lg font-semibold">
          Attachments
        </h2>
        {email.attachments.length === 0 ? (
          <p className="mt-2 text-sm text-ink-muted">None.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {email.attachments.map((file) => (
              <li key={file.filename}>
                {file.filename}{" "}
                <span className="text-ink-muted">
                  ({file.contentType}, {file.size.toLocaleString("en-US")} bytes)
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
