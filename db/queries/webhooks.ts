import "server-only";
import { randomBytes } from "node:crypto";
import { and, desc, eq, isNull, lte, sql } from "drizzle-orm";
import type { WebhookEvent } from "@/domain/vocabulary";
import { WEBHOOK_ATTEMPTS, type WebhookData, webhookBody } from "@/domain/webhooks";
import { type Db, db, transaction } from "../index";
import { addJob } from "../queue";
import { changedRows } from "../rows";
import { users, webhookDeliveries, webhookEndpoints } from "../schema";
import { enqueueEmail, type NewEmail } from "./outbox";
import { assertRole, type SessionUser } from "./users";

/** The delivery's job: one per delivery, so adding it again ("send again") replaces a waiting one. */
const deliveryJob = (writer: Db, id: number) =>
  addJob(writer, "deliver-webhook", { id }, { key: `webhook:${id}`, maxAttempts: WEBHOOK_ATTEMPTS });

/** A new event id, as Standard Webhooks writes them: the same for every endpoint and every attempt. */
const newEventId = () => `msg_${randomBytes(16).toString("base64url")}`;

/**
 * Queues an event for every active endpoint that subscribes to it, inside the transaction of the
 * change that causes it (so it is sent only if the change commits), each with its delivery job.
 */
export async function queueWebhookEvent<Event extends WebhookEvent>(
  tx: Db,
  type: Event,
  data: WebhookData[Event],
  now = new Date(),
) {
  const endpoints = await tx
    .select({ id: webhookEndpoints.id, events: webhookEndpoints.events })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.active, true));
  const subscribed = endpoints.filter((endpoint) => endpoint.events.includes(type));
  if (subscribed.length === 0) return;
  const eventId = newEventId();
  const body = webhookBody(type, data, now);
  for (const endpoint of subscribed) {
    const [row] = await tx
      .insert(webhookDeliveries)
      .values({ endpointId: endpoint.id, eventId, eventType: type, body, nextAttemptAt: now, createdAt: now })
      .returning({ id: webhookDeliveries.id });
    if (row) await deliveryJob(tx, row.id);
  }
}

// ---- the dashboard (admins only)

export type NewEndpoint = { url: string; description: string; events: WebhookEvent[]; secretSealed: string };

export async function addWebhookEndpoint(actor: SessionUser, endpoint: NewEndpoint) {
  assertRole(actor, "admin");
  const [row] = await transaction((tx) =>
    tx
      .insert(webhookEndpoints)
      .values({ ...endpoint, createdById: actor.id })
      .returning({ id: webhookEndpoints.id }),
  );
  if (!row) throw new Error("webhook endpoint insert returned no row");
  return row.id;
}

/** What the dashboard shows of an endpoint (never its secret). */
const endpointColumns = {
  id: webhookEndpoints.id,
  url: webhookEndpoints.url,
  description: webhookEndpoints.description,
  events: webhookEndpoints.events,
  active: webhookEndpoints.active,
  failingSince: webhookEndpoints.failingSince,
  switchedOffAt: webhookEndpoints.switchedOffAt,
};

export async function listWebhookEndpoints(actor: SessionUser) {
  assertRole(actor, "admin");
  return db.select(endpointColumns).from(webhookEndpoints).orderBy(webhookEndpoints.id);
}

export async function findWebhookEndpoint(actor: SessionUser, id: number) {
  assertRole(actor, "admin");
  const [row] = await db
    .select({
      ...endpointColumns,
      createdAt: webhookEndpoints.createdAt,
      createdBy: users.name,
    })
    .from(webhookEndpoints)
    .leftJoin(users, eq(users.id, webhookEndpoints.createdById))
    .where(eq(webhookEndpoints.id, id))
    .limit(1);
  return row ?? null;
}

/** Changes what an endpoint receives and whether it is on; turning it on again clears a switch-off. */
export async function updateWebhookEndpoint(
  actor: SessionUser,
  id: number,
  change: { url: string; description: string; events: WebhookEvent[]; active: boolean },
  now = new Date(),
) {
  assertRole(actor, "admin");
  const result = await transaction((tx) =>
    tx
      .update(webhookEndpoints)
      .set({
        ...change,
        // Turned on again after a switch-off: it starts afresh (an endpoint on already keeps its failing time).
        ...(change.active
          ? {
              switchedOffAt: null,
              failingSince: sql`case when ${webhookEndpoints.active} then ${webhookEndpoints.failingSince} else null end`,
            }
          : {}),
        updatedAt: now,
      })
      .where(eq(webhookEndpoints.id, id)),
  );
  return changedRows(result) > 0;
}

export async function replaceWebhookSecret(actor: SessionUser, id: number, secretSealed: string, now = new Date()) {
  assertRole(actor, "admin");
  const result = await transaction((tx) =>
    tx.update(webhookEndpoints).set({ secretSealed, updatedAt: now }).where(eq(webhookEndpoints.id, id)),
  );
  return changedRows(result) > 0;
}

/** Deletes an endpoint and its delivery log; its waiting jobs find nothing to send. */
export async function deleteWebhookEndpoint(actor: SessionUser, id: number) {
  assertRole(actor, "admin");
  const result = await transaction((tx) => tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id)));
  return changedRows(result) > 0;
}

/** The endpoint's delivery log, newest first. */
export async function listWebhookDeliveries(actor: SessionUser, endpointId: number, limit = 50) {
  assertRole(actor, "admin");
  return db
    .select({
      id: webhookDeliveries.id,
      eventId: webhookDeliveries.eventId,
      eventType: webhookDeliveries.eventType,
      status: webhookDeliveries.status,
      attempts: webhookDeliveries.attempts,
      lastStatusCode: webhookDeliveries.lastStatusCode,
      lastDurationMs: webhookDeliveries.lastDurationMs,
      lastResponse: webhookDeliveries.lastResponse,
      deliveredAt: webhookDeliveries.deliveredAt,
      createdAt: webhookDeliveries.createdAt,
    })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

/**
 * "Send again": the same event (same id, same body) gets a fresh round of attempts, whatever its last
 * one did. False when the delivery is not the endpoint's, or the endpoint is off.
 */
export async function sendWebhookAgain(actor: SessionUser, endpointId: number, deliveryId: number, now = new Date()) {
  assertRole(actor, "admin");
  return transaction(async (tx) => {
    const [endpoint] = await tx
      .select({ active: webhookEndpoints.active })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, endpointId))
      .limit(1);
    if (!endpoint?.active) return false;
    const result = await tx
      .update(webhookDeliveries)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now })
      .where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId)));
    if (changedRows(result) === 0) return false;
    await deliveryJob(tx, deliveryId);
    return true;
  });
}

// ---- delivery (the "deliver-webhook" job)

/**
 * Takes one delivery for an attempt, with what it needs to send it: a lease of `leaseMs`, so two
 * jobs that meet on it never both send; undefined when it is delivered, failed, leased, or its
 * endpoint is off or gone.
 */
export async function claimWebhookDelivery(id: number, now = new Date(), leaseMs = 2 * 60_000) {
  return transaction(async (tx) => {
    const [claimed] = await tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
      .where(
        and(
          eq(webhookDeliveries.id, id),
          eq(webhookDeliveries.status, "pending"),
          lte(webhookDeliveries.nextAttemptAt, now),
        ),
      )
      .returning({
        id: webhookDeliveries.id,
        endpointId: webhookDeliveries.endpointId,
        eventId: webhookDeliveries.eventId,
        body: webhookDeliveries.body,
        createdAt: webhookDeliveries.createdAt,
      });
    if (!claimed) return undefined;
    const [endpoint] = await tx
      .select({
        url: webhookEndpoints.url,
        secretSealed: webhookEndpoints.secretSealed,
        active: webhookEndpoints.active,
      })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, claimed.endpointId))
      .limit(1);
    if (!endpoint?.active) return undefined;
    return { ...claimed, endpoint };
  });
}

export type WebhookAnswer = { statusCode: number | null; durationMs: number; response: string };

/** A 2xx answer: the delivery is done, and its endpoint no longer failing. */
export async function recordWebhookDelivered(
  delivery: { id: number; endpointId: number },
  attempt: number,
  answer: WebhookAnswer,
  now = new Date(),
) {
  await transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: "delivered",
        attempts: attempt,
        lastStatusCode: answer.statusCode,
        lastDurationMs: answer.durationMs,
        lastResponse: answer.response,
        deliveredAt: now,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    await tx.update(webhookEndpoints).set({ failingSince: null }).where(eq(webhookEndpoints.id, delivery.endpointId));
  });
}

/**
 * A failed attempt (an answer other than 2xx, or none): recorded on the delivery (failed after its
 * last attempt), and the endpoint marked failing from now unless it already was. Returns since when
 * it fails, for the switch-off rule.
 */
export async function recordWebhookFailed(
  delivery: { id: number; endpointId: number },
  attempt: { number: number; last: boolean },
  answer: WebhookAnswer,
  now = new Date(),
) {
  return transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        status: attempt.last ? "failed" : "pending",
        attempts: attempt.number,
        lastStatusCode: answer.statusCode,
        lastDurationMs: answer.durationMs,
        lastResponse: answer.response,
        nextAttemptAt: now,
      })
      .where(eq(webhookDeliveries.id, delivery.id));
    await tx
      .update(webhookEndpoints)
      .set({ failingSince: now })
      .where(and(eq(webhookEndpoints.id, delivery.endpointId), isNull(webhookEndpoints.failingSince)));
    const [endpoint] = await tx
      .select({ failingSince: webhookEndpoints.failingSince })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.id, delivery.endpointId))
      .limit(1);
    return endpoint?.failingSince ?? now;
  });
}

/**
 * Switches an endpoint off for failing: its waiting deliveries end failed, and the email `notice`
 * makes for the admin who added it (none when they are gone) is queued with the change. False when it
 * was already off.
 */
export async function switchOffWebhookEndpoint(
  endpointId: number,
  notice: (endpoint: { id: number; url: string; owner: { name: string; email: string } }) => NewEmail,
  now = new Date(),
) {
  return transaction(async (tx) => {
    const result = await tx
      .update(webhookEndpoints)
      .set({ active: false, switchedOffAt: now, updatedAt: now })
      .where(and(eq(webhookEndpoints.id, endpointId), eq(webhookEndpoints.active, true)));
    if (changedRows(result) === 0) return false;
    await tx
      .update(webhookDeliveries)
      .set({ status: "failed" })
      .where(and(eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.status, "pending")));
    const [row] = await tx
      .select({ url: webhookEndpoints.url, name: users.name, email: users.email })
      .from(webhookEndpoints)
      .innerJoin(users, eq(users.id, webhookEndpoints.createdById))
      .where(eq(webhookEndpoints.id, endpointId))
      .limit(1);
    if (row) await enqueueEmail(notice({ id: endpointId, url: row.url, owner: row }), tx);
    return true;
  });
}

/** How many deliveries wait per endpoint (the dashboard list). */
export async function pendingWebhookCounts(actor: SessionUser) {
  assertRole(actor, "admin");
  const rows = await db
    .select({ endpointId: webhookDeliveries.endpointId, count: sql<number>`count(*)` })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.status, "pending"))
    .groupBy(webhookDeliveries.endpointId);
  return new Map(rows.map((row) => [row.endpointId, Number(row.count)]));
}
