/** Emails the e2e SMTP sink received, parsed as a mail app would: subject, text part, HTML part. */
import { simpleParser, type ParsedMail } from "mailparser";
import { expect, mailTo } from "./fixtures";

export async function mailsTo(address: string): Promise<ParsedMail[]> {
  return Promise.all(mailTo(address.toLowerCase()).map((raw) => simpleParser(raw.replace(/^X-Envelope-To: .*\r?\n/, ""))));
}

/** The newest email to the address whose subject matches, waiting for it to arrive. */
export async function mailWithSubject(address: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).reverse().find((mail) => subject.test(mail.subject ?? ""));
        return Boolean(found);
      },
      { timeout: 15_000, message: `an email to ${address} with subject ${subject}` },
    )
    .toBe(true);
  return found!;
}

/** The text part with lines joined, as one string to search. */
export const textPart = (mail: ParsedMail) => (mail.text ?? "").replace(/\s+/g, " ");
