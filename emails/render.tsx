import { render } from "@react-email/render";
import { EmailLayout } from "./layout";
import type { EmailMessage } from "./message";

/**
 * The HTML and plain-text parts of an email. The text part is rendered from the same markup
 * (react-email's html-to-text), so the two always say the same thing; a button becomes its
 * label followed by its address.
 */
export async function renderEmail(message: EmailMessage, siteUrl: string): Promise<{ html: string; text: string }> {
  const email = <EmailLayout message={message} siteUrl={siteUrl} />;
  const [html, text] = await Promise.all([render(email), render(email, { plainText: true })]);
  return { html, text };
}
