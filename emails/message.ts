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
  /** Each one a paragraph; a line break inside one is kept. */
  paragraphs: string[];
  /**
   * Paragraphs a talent manager wrote: their http(s) addresses become links in the HTML part. Never
   * set on an email that carries what a visitor or company typed, which the site must not make clickable.
   */
  linkUrls?: boolean;
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
    ...(message.linkUrls ? { linkUrls: true } : {}),
    ...(message.details
      ? { details: message.details.map((detail) => ({ label: change(detail.label), value: change(detail.value) })) }
      : {}),
    ...(message.action ? { action: link(message.action) } : {}),
    ...(message.links ? { links: message.links.map(link) } : {}),
    ...(message.footnotes ? { footnotes: message.footnotes.map(change) } : {}),
  };
}

// Up to a space, a quote or angle bracket, or a square bracket (a stored copy's "[link expired]" follows its address).
const WEB_ADDRESS = /https?:\/\/[^\s<>"'[\]]+/gi;
const count = (text: string, character: string) => text.split(character).length - 1;

/** The address without the sentence's punctuation after it; a ")" stays when the address opened one (…/Go_(language)). */
function trimAddress(address: string) {
  let end = address.length;
  for (;;) {
    const head = address.slice(0, end);
    const last = head.at(-1) ?? "";
    if (last !== "" && ".,;:!?".includes(last)) end -= 1;
    else if (last === ")" && count(head, "(") < count(head, ")")) end -= 1;
    else return head;
  }
}

/** A line as text and http(s) links, in order; what does not parse as a web address stays text. */
export function webLinksIn(line: string): ({ text: string } | { href: string })[] {
  const pieces: ({ text: string } | { href: string })[] = [];
  let rest = 0;
  for (const match of line.matchAll(WEB_ADDRESS)) {
    const href = trimAddress(match[0]);
    if (!URL.canParse(href)) continue;
    if (match.index > rest) pieces.push({ text: line.slice(rest, match.index) });
    pieces.push({ href });
    rest = match.index + href.length;
  }
  if (rest < line.length) pieces.push({ text: line.slice(rest) });
  return pieces;
}
