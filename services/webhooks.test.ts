import { afterEach, describe, expect, it } from "vitest";
import { closeAppDatabase, insertStaffUser, insertTestRequest, openFreshDatabase } from "../db/test-database";
import { startWebhookReceiver } from "./test-webhook-receiver";

afterEach(() => closeAppDatabase());

const DAY = 24 * 60 * 60 * 1000;
const first = { number: 1, last: false };

/** A fresh database with an admin, a running receiver, and an endpoint for `events` that trusts its secret. */
async function setUp(name: string, events: ("request.created" | "call.booked")[] = ["request.created"]) {
  await openFreshDatabase(name);
  const receiver = await startWebhookReceiver();
  const admin = await insertStaffUser({ name: "Ada Admin", email: "ada@staff.example", role: "admin" });
  const queries = await import("@/db/queries/webhooks");
  const { deliverWebhook, newWebhookSecret } = await import("./webhooks");
  const { secret, sealed } = await newWebhookSecret();
  receiver.trust(secret);
  const endpointId = await queries.addWebhookEndpoint(admin, {
    url: receiver.url,
    description: "Our ATS",
    events,
    secretSealed: sealed,
  });
  const deliveries = () => queries.listWebhookDeliveries(admin, endpointId);
  return { receiver, admin, queries, deliverWebhook, endpointId, deliveries, secret };
}

describe("webhooks", () => {
  it("signs each event per Standard Webhooks and delivers it once, with no personal data in it", async () => {
    const { receiver, deliverWebhook, deliveries, secret } = await setUp("webhooks-deliver");
    try {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      const requestId = await insertTestRequest("Ledgerly");
      const [delivery] = await deliveries();
      expect(delivery).toMatchObject({ eventType: "request.created", status: "pending", attempts: 0 });
      expect(await deliverWebhook(delivery?.id ?? 0, first)).toBe("delivered");
      // A second job on the same delivery (a retry added while it ran) sends nothing.
      expect(await deliverWebhook(delivery?.id ?? 0, first)).toBe("skipped");

      expect(receiver.received).toHaveLength(1);
      const [hook] = receiver.received;
      expect(hook?.verified).toBe(true);
      expect(hook?.id).toBe(delivery?.eventId);
      expect(hook?.body).toMatchObject({
        type: "request.created",
        version: 1,
        data: { request: { id: requestId, company: "Ledgerly", role: "Backend developer", developers: 1 } },
      });
      // The contact's name, address and message stay with us.
      expect(JSON.stringify(hook?.body)).not.toMatch(/Jordan|jordan@|One senior engineer/);
      expect((await deliveries())[0]).toMatchObject({
        status: "delivered",
        attempts: 1,
        lastStatusCode: 200,
        lastResponse: "ok, thanks",
      });
    } finally {
      await receiver.close();
    }
  });

  it("queues nothing for an endpoint that did not choose the event, or is off", async () => {
    const { receiver, admin, queries, endpointId, deliveries } = await setUp("webhooks-choice", ["call.booked"]);
    try {
      await insertTestRequest("Ledgerly");
      expect(await deliveries()).toEqual([]);
      await queries.updateWebhookEndpoint(admin, endpointId, {
        url: receiver.url,
        description: "",
        events: ["request.created"],
        active: false,
      });
      await insertTestRequest("Otherco");
      expect(await deliveries()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  it("records a 500, tries again with the same id, and sends again on request", async () => {
    const { receiver, admin, queries, deliverWebhook, endpointId, deliveries } = await setUp("webhooks-retry");
    try {
      receiver.answerWith(500);
      await insertTestRequest("Ledgerly");
      const [queued] = await deliveries();
      const id = queued?.id ?? 0;
      await expect(deliverWebhook(id, first)).rejects.toThrow("The endpoint answered 500");
      expect((await deliveries())[0]).toMatchObject({
        status: "pending",
        attempts: 1,
        lastStatusCode: 500,
        lastResponse: "refused with 500",
      });
      expect((await queries.findWebhookEndpoint(admin, endpointId))?.failingSince).toBeInstanceOf(Date);

      expect(await deliverWebhook(id, { number: 2, last: false })).toBe("delivered");
      expect(receiver.received.map((hook) => [hook.id, hook.status])).toEqual([
        [queued?.eventId, 500],
        [queued?.eventId, 200],
      ]);
      expect((await queries.findWebhookEndpoint(admin, endpointId))?.failingSince).toBeNull();

      // "Send again": the same event, the same id, a fresh round of attempts.
      expect(await queries.sendWebhookAgain(admin, endpointId, id)).toBe(true);
      expect(await deliverWebhook(id, first)).toBe("delivered");
      expect(receiver.received).toHaveLength(3);
      expect(receiver.uniqueEvents()).toEqual([queued?.eventId]);
    } finally {
      await receiver.close();
    }
  });

  it("ends failed after the last attempt, and records an endpoint that does not answer", async () => {
    const { receiver, deliverWebhook, deliveries } = await setUp("webhooks-last");
    await insertTestRequest("Ledgerly");
    await receiver.close();
    const [queued] = await deliveries();
    await expect(deliverWebhook(queued?.id ?? 0, { number: 14, last: true })).rejects.toThrow(/No answer/);
    expect((await deliveries())[0]).toMatchObject({ status: "failed", attempts: 14, lastStatusCode: null });
    expect((await deliveries())[0]?.lastResponse).toMatch(/^No answer: /);
  });

  it("switches off an endpoint failing for 5 days, fails what waits for it, and tells the admin who added it", async () => {
    const { receiver, admin, queries, deliverWebhook, endpointId, deliveries } = await setUp("webhooks-off");
    try {
      receiver.answerWith(503, 503, 503);
      await insertTestRequest("Ledgerly");
      await insertTestRequest("Otherco");
      const [newer, older] = await deliveries();
      const start = new Date(Date.now() + 1_000);
      await expect(deliverWebhook(older?.id ?? 0, first, start)).rejects.toThrow("503");
      expect((await queries.findWebhookEndpoint(admin, endpointId))?.active).toBe(true);
      // Four days later it still fails: on, failing since the first failure.
      const failingSince = (await queries.findWebhookEndpoint(admin, endpointId))?.failingSince;
      await expect(
        deliverWebhook(older?.id ?? 0, { number: 2, last: false }, new Date(Date.now() + 4 * DAY)),
      ).rejects.toThrow();
      expect((await queries.findWebhookEndpoint(admin, endpointId))?.failingSince).toEqual(failingSince);
      expect((await queries.findWebhookEndpoint(admin, endpointId))?.active).toBe(true);
      // Five days: switched off.
      await expect(
        deliverWebhook(older?.id ?? 0, { number: 3, last: false }, new Date(Date.now() + 5 * DAY + 2_000)),
      ).rejects.toThrow();
      const endpoint = await queries.findWebhookEndpoint(admin, endpointId);
      expect(endpoint?.active).toBe(false);
      expect(endpoint?.switchedOffAt).toBeInstanceOf(Date);
      expect((await deliveries()).map((delivery) => delivery.status)).toEqual(["failed", "failed"]);
      expect(await deliverWebhook(newer?.id ?? 0, first, new Date(Date.now() + 6 * DAY))).toBe("skipped");

      const { db } = await import("@/db");
      const { outbox } = await import("@/db/schema");
      const { eq } = await import("drizzle-orm");
      const [notice] = await db.select().from(outbox).where(eq(outbox.kind, "webhook-switched-off"));
      expect(notice).toMatchObject({ to: admin.email, subject: "A webhook endpoint was switched off" });
      // Turned on again, it starts afresh; "send again" works once more.
      await queries.updateWebhookEndpoint(admin, endpointId, {
        url: receiver.url,
        description: "",
        events: ["request.created"],
        active: true,
      });
      const again = await queries.findWebhookEndpoint(admin, endpointId);
      expect([again?.active, again?.switchedOffAt, again?.failingSince]).toEqual([true, null, null]);
      expect(await queries.sendWebhookAgain(admin, endpointId, newer?.id ?? 0)).toBe(true);
    } finally {
      await receiver.close();
    }
  });

  it("fails at once, without sending, when the secret cannot be opened (the encryption key changed)", async () => {
    const { receiver, deliverWebhook, deliveries } = await setUp("webhooks-key");
    try {
      await insertTestRequest("Ledgerly");
      const { db, transaction } = await import("@/db");
      const { webhookEndpoints } = await import("@/db/schema");
      const [endpoint] = await db.select().from(webhookEndpoints);
      // Sealed under another key: a byte of it changed is the same to AES-GCM (the tag no longer matches).
      const sealed = endpoint?.secretSealed ?? "";
      const altered = `${sealed.slice(0, -2)}${sealed.endsWith("A") ? "B" : "A"}${sealed.slice(-1)}`;
      await transaction((tx) => tx.update(webhookEndpoints).set({ secretSealed: altered }));
      const [queued] = await deliveries();
      expect(await deliverWebhook(queued?.id ?? 0, first)).toBe("failed");
      expect(receiver.received).toEqual([]);
      expect((await deliveries())[0]).toMatchObject({ status: "failed" });
      expect((await deliveries())[0]?.lastResponse).toMatch(/signing secret cannot be read/);
    } finally {
      await receiver.close();
    }
  });
});
