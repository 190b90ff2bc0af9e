import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";

/** Raw messages the SMTP sink received for one address, oldest first. */
export function mailTo(address: string): string[] {
  const dir = process.env.E2E_MAIL_DIR ?? "";
  let files: string[] = [];
  try {
    files = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return files
    .map((file) => readFileSync(join(dir, file), "utf8"))
    .filter((raw) => raw.startsWith(`X-Envelope-To: ${address}`));
}

/** Undoes quoted-printable soft line breaks and escapes so URLs in the text part can be read. */
export const decodeQuotedPrintable = (text: string) =>
  text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** The decoded text of the newest email to `address` whose raw message matches `pattern` ("" when there is none). */
export const latestEmailTo = (address: string, pattern: RegExp = /./) =>
  decodeQuotedPrintable(
    mailTo(address)
      .reverse()
      .find((raw) => pattern.test(raw)) ?? "",
  );

/** The first link in the newest email to `address` whose path starts with `pathPrefix` (e.g. "/verify-email/"). */
export async function linkInMail(address: string, pathPrefix: string): Promise<string> {
  const pattern = new RegExp(`https?://[^\\s"<>]+${pathPrefix.replace(/[/]/g, "\\/")}[A-Za-z0-9_-]+`);
  let found: string | undefined;
  await expect
    .poll(
      () => {
        found = mailTo(address.toLowerCase())
          .reverse()
          .map((raw) => decodeQuotedPrintable(raw).match(pattern)?.[0])
          .find(Boolean);
        return found;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return new URL(found!).pathname;
}

/** Emails the sink received, parsed as a mail app would: subject, text part, HTML part. */
export async function mailsTo(address: string): Promise<ParsedMail[]> {
  return Promise.all(
    mailTo(address.toLowerCase()).map((raw) => simpleParser(raw.replace(/^X-Envelope-To: .*\r?\n/, ""))),
  );
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
