import Link from "next/link";
import { notFound } from "next/navigation";
import { getOutboxEmail } from "@/db/queries/outbox";
import { formatDateTime } from "@/lib/slots";
import { requireStaff } from "@/lib/session";
import { readerTimeZone } from "@/lib/reader-zone";

export const metadata = { title: "Email" };

export default async function OutboxEmailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireStaff(`/admin/outbox/${id}`);
  const zone = await readerTimeZone();
  const email = /^\d{1,10}$/.test(id) ? await getOutboxEmail(actor, Number(id)) : null;
  if (!email) notFound();

  const facts: [string, string][] = [
    ["To", email.to],
    ["Kind", email.kind],
    ["Queued", formatDateTime(email.createdAt.getTime(), zone)],
    ["Status", `${email.status}${email.attempts > 0 ? ` after ${email.attempts} attempt${email.attempts === 1 ? "" : "s"}` : ""}`],
  ];
  if (email.sentAt) facts.push(["Delivered", formatDateTime(email.sentAt.getTime(), zone)]);
  if (email.lastError) facts.push(["Last error", email.lastError]);

  return (
    <>
      <Link href="/admin/outbox" className="text-sm font-semibold text-brand-700 underline underline-offset-4">
        All emails
      </Link>
      <h1 className="mt-3 break-words text-2xl font-bold">{email.subject}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        {facts.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words text-ink-muted">{value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="email-text" className="mt-6 rounded-(--radius-card) border border-line bg-white p-5">
        <h2 id="email-text" className="text-lg font-semibold">
          Text
        </h2>
        <p className="mt-1 text-sm text-ink-muted">As stored: links that carried a personal token read “[link expired]”.</p>
        {/* Plain text, rendered as text: whatever a visitor typed into it stays text, never markup. */}
        <pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words font-sans text-sm" data-testid="email-text">
          {email.text}
        </pre>
      </section>
      <section aria-labelledby="email-attachments" className="mt-6 rounded-(--radius-card) border border-line bg-white p-5">
        <h2 id="email-attachments" className="text-lg font-semibold">
          Attachments
        </h2>
        {email.attachments.length === 0 ? (
          <p className="mt-2 text-sm text-ink-muted">None.</p>
        ) : (
          <ul className="mt-2 list-disc pl-5 text-sm">
            {email.attachments.map((file) => (
              <li key={file.filename}>
                {file.filename} <span className="text-ink-muted">({file.contentType}, {file.size.toLocaleString("en-US")} bytes)</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
