import { render, toPlainText } from "@react-email/render";
import { EmailLayout } from "./layout";
import type { EmailMessage } from "./message";

/**
 * The HTML and plain-text parts of an email. The text part is converted from the same HTML
 * (react-email's html-to-text, what `render(…, { plainText: true })` does after rendering again),
 * so the two always say the same thing; a button becomes its label followed by its address.
 */
export async function renderEmail(message: EmailMessage, siteUrl: string): Promise<{ html: string; text: string }> {
  const html = await render(<EmailLayout message={message} siteUrl={siteUrl} />);
  return { html, text: toPlainText(html) };
}
