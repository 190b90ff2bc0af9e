/**
 * A real webhook receiver on a free port, for the unit and browser tests (as services/test-smtp-sink.ts
 * is the mail server; the app never imports it): it checks every
 * request's signature with the Standard Webhooks library, as a company's system would, keeps each one
 * in order, and answers with the statuses it is told to (then 200). Receivers are told to drop a
 * repeated webhook-id: `uniqueEvents` is what such a receiver acts on.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

export type ReceivedWebhook = {
  id: string;
  /** Whether the signature checked out against the secret the receiver was given. */
  verified: boolean;
  body: { type: string; version: number; timestamp: string; data: Record<string, unknown> } | null;
  status: number;
  at: number;
};

const read = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

export async function startWebhookReceiver() {
  const received: ReceivedWebhook[] = [];
  let secret = "";
  const statuses: { status: number; when?: (body: NonNullable<ReceivedWebhook["body"]>) => boolean }[] = [];
  /** How long to hold each answer (a receiver that is slow, or killed mid-delivery). */
  let holdMs = 0;
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    const payload = await read(request);
    const headers = {
      "webhook-id": String(request.headers["webhook-id"] ?? ""),
      "webhook-timestamp": String(request.headers["webhook-timestamp"] ?? ""),
      "webhook-signature": String(request.headers["webhook-signature"] ?? ""),
    };
    let verified = false;
    let body: ReceivedWebhook["body"] = null;
    try {
      body = new Webhook(secret).verify(payload, headers) as ReceivedWebhook["body"];
      verified = true;
    } catch {
      // Kept as sent, to tell which event was refused.
      body = JSON.parse(payload) as ReceivedWebhook["body"];
    }
    const next = verified && body ? statuses.findIndex((entry) => !entry.when || (body && entry.when(body))) : -1;
    const status = !verified ? 401 : next >= 0 ? (statuses.splice(next, 1)[0]?.status ?? 200) : 200;
    received.push({ id: headers["webhook-id"], verified, body, status, at: Date.now() });
    if (holdMs > 0) await new Promise((resolve) => setTimeout(resolve, holdMs));
    response.writeHead(status, { "content-type": "text/plain" });
    response.end(status === 200 ? "ok, thanks" : `refused with ${status}`);
  };
  const server = createServer((request, response) => {
    void answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** The ids of the verified events, each once: what a receiver that drops repeats acts on. */
    uniqueEvents: () => [...new Set(received.filter((hook) => hook.verified).map((hook) => hook.id))],
    /** The secret to check signatures with (the one the site showed once). */
    trust(value: string) {
      secret = value;
    },
    /** The next answers' statuses, in order (then 200 again). */
    answerWith(...next: number[]) {
      statuses.push(...next.map((status) => ({ status })));
    },
    /** The next answer to an event `when` picks (other tests' events, sent to the same receiver, pass by). */
    answerEventWith(status: number, when: (body: NonNullable<ReceivedWebhook["body"]>) => boolean) {
      statuses.push({ status, when });
    },
    hold(ms: number) {
      holdMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
