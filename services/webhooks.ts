import "server-only";
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";
import { absoluteUrl } from "@/config/site";
import type { NewEmail } from "@/db/queries/outbox";
import {
  claimWebhookDelivery,
  recordWebhookDelivered,
  recordWebhookFailed,
  switchOffWebhookEndpoint,
  type WebhookAnswer,
} from "@/db/queries/webhooks";
import { failedTooLong, responseExcerpt, SWITCH_OFF_AFTER_MS, WEBHOOK_TIMEOUT_MS } from "@/domain/webhooks";
import type { Attempt } from "./mailer";
import { webhookDeliveriesCounter } from "./metrics";
import { seal, unseal } from "./secret-box";

/** A new signing secret, as Standard Webhooks writes them (whsec_ and 32 random bytes), and its sealed copy to store. */
export async function newWebhookSecret() {
  const secret = `whsec_${randomBytes(32).toString("base64")}`;
  return { secret, sealed: await seal(secret) };
}

/** The endpoint's answer, as much as the log keeps: the body is read only up to 2 kB. */
async function readAnswer(response: Response, started: number): Promise<WebhookAnswer> {
  let text = "";
  const reader = response.body?.getReader();
  if (reader) {
    const decoder = new TextDecoder();
    while (text.length < 2048) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
    await reader.cancel().catch(() => undefined);
  }
  return {
    statusCode: response.status,
    durationMs: Math.round(performance.now() - started),
    response: responseExcerpt(text),
  };
}

/** Why a request got no answer, in words for the log (never the request itself: it is signed). */
function noAnswer(error: unknown, started: number): WebhookAnswer {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : null;
  const timedOut = error instanceof Error && error.name === "TimeoutError";
  const message = timedOut
    ? `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`
    : `No answer: ${cause ?? (error instanceof Error ? error.message : String(error))}`;
  return { statusCode: null, durationMs: Math.round(performance.now() - started), response: responseExcerpt(message) };
}

/**
 * Delivers one webhook: the "deliver-webhook" job. The body is signed per the Standard Webhooks
 * specification (webhook-id, webhook-timestamp, webhook-signature) and POSTed; a 2xx answer delivers
 * it, anything else — a redirect included, which is not followed — is a failed attempt, recorded in
 * the endpoint's log and thrown so the queue tries again with back-off. An endpoint failing for
 * longer than SWITCH_OFF_AFTER_MS is switched off and the admin who added it told.
 */
export async function deliverWebhook(id: number, attempt: Attempt, now = new Date()) {
  const delivery = await claimWebhookDelivery(id, now);
  if (!delivery) return "skipped" as const;
  const secret = await unseal(delivery.endpoint.secretSealed);
  if (!secret) {
    // Trying again cannot help: only a new secret can.
    const answer = {
      statusCode: null,
      durationMs: 0,
      response: "Not sent: the signing secret cannot be read (the encryption key changed). Make a new secret.",
    };
    await recordWebhookFailed(delivery, { number: attempt.number, last: true }, answer, now);
    webhookDeliveriesCounter.inc({ result: "failed" });
    return "failed" as const;
  }
  const sentAt = new Date();
  const started = performance.now();
  let answer: WebhookAnswer;
  try {
    const response = await fetch(delivery.endpoint.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "Bedrock-Talent-Webhooks/1",
        "webhook-id": delivery.eventId,
        "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
        "webhook-signature": new Webhook(secret).sign(delivery.eventId, sentAt, delivery.body),
      },
      body: delivery.body,
      redirect: "manual",
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    answer = await readAnswer(response, started);
  } catch (error) {
    answer = noAnswer(error, started);
  }
  if (answer.statusCode !== null && answer.statusCode >= 200 && answer.statusCode < 300) {
    await recordWebhookDelivered(delivery, attempt.number, answer);
    webhookDeliveriesCounter.inc({ result: "delivered" });
    return "delivered" as const;
  }
  webhookDeliveriesCounter.inc({ result: "failed" });
  const failingSince = await recordWebhookFailed(delivery, attempt, answer);
  if (failedTooLong(failingSince, now)) await switchOffWebhookEndpoint(delivery.endpointId, switchedOffEmail);
  throw new Error(answer.statusCode === null ? answer.response : `The endpoint answered ${answer.statusCode}`);
}

const days = SWITCH_OFF_AFTER_MS / (24 * 60 * 60 * 1000);

/** Tells the admin who added an endpoint that it was switched off, and how to turn it on again. */
export function switchedOffEmail(endpoint: {
  id: number;
  url: string;
  owner: { name: string; email: string };
}): NewEmail {
  return {
    kind: "webhook-switched-off",
    to: endpoint.owner.email,
    subject: "A webhook endpoint was switched off",
    message: {
      preview: `${endpoint.url} failed every delivery for ${days} days.`,
      greeting: `Hello ${endpoint.owner.name},`,
      paragraphs: [
        `The webhook endpoint ${endpoint.url} has answered none of our deliveries for ${days} days, so we switched it off: it receives no new events, and the events still waiting are marked failed.`,
        "Its delivery log shows what it answered. Once it works again, turn it on and send the events it missed again from the log.",
      ],
      action: { label: "Open the endpoint", href: absoluteUrl(`/admin/webhooks/${endpoint.id}`) },
    },
  };
}
