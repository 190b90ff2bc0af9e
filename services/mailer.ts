import "server-only";
import { after } from "next/server";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/config/env";
import { siteUrl } from "@/config/site";
import { claimDueEmails, markEmailDelivered, markEmailFailed } from "@/db/queries/outbox";
import { redactTokens } from "@/domain/redact";
import type { EmailMessage } from "@/emails/message";
import { renderEmail } from "@/emails/render";

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

/** Delivers every due email of the outbox once. Safe to run concurrently: each email is claimed first. */
export async function deliverDueEmails(now = new Date()) {
  const smtp = getTransport();
  const counts = { sent: 0, logged: 0, failed: 0 };
  for (const email of await claimDueEmails(now)) {
    try {
      const { html, text } = await emailParts(email);
      if (!smtp) {
        // `next dev` sets NODE_ENV: a developer follows the link from the log. Anywhere else (a cron job
        // with NODE_ENV unset included, which env.NODE_ENV would default to development) links are redacted.
        const logged = process.env.NODE_ENV === "development" ? text : redactTokens(text);
        console.info(`[mail] (no SMTP_URL, logged only) to=${email.to} subject="${email.subject}"\n${logged}`);
        await markEmailDelivered(email.id, "logged");
        counts.logged++;
        continue;
      }
      await smtp.sendMail({
        from: env.MAIL_FROM,
        to: email.to,
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
      counts.sent++;
    } catch (error) {
      await markEmailFailed(email.id, email.attempts, error instanceof Error ? error.message : String(error));
      counts.failed++;
    }
  }
  return counts;
}

/** For actions that queued email: delivery happens after the response is sent; `npm run jobs` retries anything that fails. */
export function sendEmailsSoon() {
  after(() => deliverDueEmails().catch((error) => console.error("[mail] delivery failed", error)));
}
