/**
 * What an email says, as plain data. It is stored in the outbox as JSON and rendered to HTML and
 * text by one layout (emails/layout.tsx) when the email is sent or previewed, so every email the
 * site sends looks the same and a stored one can always be shown again.
 */
export type EmailMessage = {
  /** The line mail apps show beside the subject. */
  preview: string;
  /** "Hello Anna," — left out for emails to staff. */
  greeting?: string;
  paragraphs: string[];
  /** Facts as label and value: when, with whom, the reference. */
  details?: { label: string; value: string }[];
  /** The one thing to do next, shown as a button. */
  action?: EmailLink;
  /** Further links, shown under the button. */
  links?: EmailLink[];
  /** Quieter lines at the end: why you got this, what to do if it was not you. */
  footnotes?: string[];
};

export type EmailLink = { label: string; href: string };

/** The message with `change` applied to every piece of text in it (for redaction and erasure). */
export function mapMessageText(message: EmailMessage, change: (text: string) => string): EmailMessage {
  const link = (item: EmailLink) => ({ label: change(item.label), href: change(item.href) });
  return {
    preview: change(message.preview),
    ...(message.greeting === undefined ? {} : { greeting: change(message.greeting) }),
    paragraphs: message.paragraphs.map(change),
    ...(message.details
      ? { details: message.details.map((detail) => ({ label: change(detail.label), value: change(detail.value) })) }
      : {}),
    ...(message.action ? { action: link(message.action) } : {}),
    ...(message.links ? { links: message.links.map(link) } : {}),
    ...(message.footnotes ? { footnotes: message.footnotes.map(change) } : {}),
  };
}
