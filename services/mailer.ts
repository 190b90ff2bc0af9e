import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/config/env";
import { siteUrl } from "@/config/site";
import { claimEmail, markEmailDelivered, markEmailFailed } from "@/db/queries/outbox";
import { redactTokens } from "@/domain/redact";
import type { EmailMessage } from "@/emails/message";
import { renderEmail } from "@/emails/render";
import { emailDeliveriesCounter } from "./metrics";

/** An email's two parts; one queued before emails had a message has its stored text only. */
export async function emailParts(email: {
  text: string;
  message: EmailMessage | null;
}): Promise<{ html: string | null; text: string }> {
  return email.message ? renderEmail(email.message, siteUrl.origin) : { html: null, text: email.text };
}

let transport: Transporter | null | undefined;
function getTransport() {
  if (transport === undefined) transport = env.SMTP_URL ? nodemailer.createTransport(env.SMTP_URL) : null;
  return transport;
}

/** The attempt of a delivery job: its number, and whether it is the last the queue will make. */
export type Attempt = { number: number; last: boolean };

/**
 * Delivers one email of the outbox: the "deliver-email" job (services/jobs/tasks.ts). An email
 * already sent, failed or being sent by another job is left alone. A failed attempt is recorded on
 * the email and thrown, so the queue retries it with back-off; the last one marks the email failed.
 */
export async function deliverEmail(id: number, attempt: Attempt, now = new Date()) {
  const email = await claimEmail(id, now);
  if (!email) return "skipped" as const;
  const smtp = getTransport();
  try {
    const { html, text } = await emailParts(email);
    if (!smtp) {
      // `next dev` sets NODE_ENV: a developer follows the link from the log. Anywhere else (a worker
      // with NODE_ENV unset included, which env.NODE_ENV would default to development) links are redacted.
      const logged = process.env.NODE_ENV === "development" ? text : redactTokens(text);
      console.info(`[mail] (no SMTP_URL, logged only) to=${email.to} subject="${email.subject}"\n${logged}`);
      await markEmailDelivered(email.id, "logged");
      emailDeliveriesCounter.inc({ result: "logged" });
      return "logged" as const;
    }
    await smtp.sendMail({
      from: env.MAIL_FROM,
      to: email.to,
      // The same id on every attempt: a receiving server that got an attempt whose answer was lost can tell.
      messageId: `<outbox-${email.id}-${email.createdAt.getTime()}@${siteUrl.hostname}>`,
      ...(email.replyTo ? { replyTo: email.replyTo } : {}),
      subject: email.subject,
      text,
      ...(html ? { html } : {}),
      attachments: email.attachments.map((file) => ({
        filename: file.filename,
        content: file.content,
        contentType: file.contentType,
      })),
    });
    await markEmailDelivered(email.id, "sent");
    emailDeliveriesCounter.inc({ result: "sent" });
    return "sent" as const;
  } catch (error) {
    emailDeliveriesCounter.inc({ result: "failed" });
    await markEmailFailed(email.id, attempt, error instanceof Error ? error.message : String(error));
    throw error;
  }
}
