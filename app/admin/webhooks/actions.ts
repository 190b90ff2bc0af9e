"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { withAudit } from "@/db/queries/audit";
import {
  addWebhookEndpoint,
  deleteWebhookEndpoint,
  replaceWebhookSecret,
  sendWebhookAgain,
  updateWebhookEndpoint,
} from "@/db/queries/webhooks";
import { type ActionState, fail } from "@/domain/action-state";
import { recordId } from "@/domain/validation/fields";
import { type WebhookEvent, webhookEvents } from "@/domain/vocabulary";
import { endpointUrlProblem } from "@/domain/webhooks";
import { staffAction } from "@/services/action";
import { newWebhookSecret } from "@/services/webhooks";

const returnTo = "/admin/webhooks";

/** The endpoint's address, description and events, as both its forms send them (each event a checkbox named `events`). */
const endpointFields = {
  url: z
    .string()
    .trim()
    .min(1, "Enter the endpoint's address.")
    .max(2000, "Keep the address under 2,000 characters.")
    .superRefine((value, context) => {
      const problem = endpointUrlProblem(value);
      if (problem) context.addIssue({ code: "custom", message: problem });
    }),
  description: z.string().trim().max(200, "Keep the description under 200 characters.").default(""),
};

/** The events ticked; a field error when none is (the schema reads one value per name, so they are read here). */
function chosenEvents(formData: FormData): { events: WebhookEvent[] } | { error: ActionState } {
  const events = webhookEvents.filter((event) => formData.getAll("events").includes(event));
  if (events.length > 0) return { events };
  return { error: fail("Choose at least one event.", { events: "Choose at least one event." }) };
}

const secretShown = (secret: string) =>
  `Its signing secret, shown only now — copy it into the receiving system: ${secret}`;

export const createWebhookEndpoint = staffAction(
  { returnTo, adminOnly: true, schema: z.object(endpointFields) },
  async (input, actor, formData) => {
    const chosen = chosenEvents(formData);
    if ("error" in chosen) return chosen.error;
    const { secret, sealed } = await newWebhookSecret();
    const id = await withAudit(
      actor,
      () => addWebhookEndpoint(actor, { ...input, events: chosen.events, secretSealed: sealed }),
      () => ({ action: "webhook.create", subject: input.url, details: chosen.events.join(", ") }),
    );
    revalidatePath(returnTo);
    return { status: "success", message: `Endpoint #${id} added. ${secretShown(secret)}` };
  },
);

export const updateWebhookEndpointSettings = staffAction(
  {
    returnTo,
    adminOnly: true,
    schema: z.object({ id: recordId, ...endpointFields, active: z.enum(["yes", "no"]) }),
  },
  async ({ id, active, ...input }, actor, formData) => {
    const chosen = chosenEvents(formData);
    if ("error" in chosen) return chosen.error;
    const change = { ...input, events: chosen.events, active: active === "yes" };
    const changed = await withAudit(
      actor,
      () => updateWebhookEndpoint(actor, id, change),
      (ok) =>
        ok && {
          action: "webhook.update",
          subject: `webhook #${id}`,
          details: `${change.active ? "on" : "off"}; ${change.url}; ${change.events.join(", ")}`,
        },
    );
    if (!changed) return fail("This endpoint no longer exists.");
    revalidatePath(`${returnTo}/${id}`);
    return { status: "success", message: change.active ? "Saved. The endpoint is on." : "Saved. The endpoint is off." };
  },
);

export const rollWebhookSecret = staffAction(
  { returnTo, adminOnly: true, schema: z.object({ id: recordId }) },
  async ({ id }, actor) => {
    const { secret, sealed } = await newWebhookSecret();
    const changed = await withAudit(
      actor,
      () => replaceWebhookSecret(actor, id, sealed),
      (ok) => ok && { action: "webhook.secret", subject: `webhook #${id}` },
    );
    if (!changed) return fail("This endpoint no longer exists.");
    return {
      status: "success",
      message: `The old secret no longer signs anything. ${secretShown(secret)}`,
    };
  },
);

export const removeWebhookEndpoint = staffAction(
  { returnTo, adminOnly: true, schema: z.object({ id: recordId }) },
  async ({ id }, actor) => {
    const deleted = await withAudit(
      actor,
      () => deleteWebhookEndpoint(actor, id),
      (ok) => ok && { action: "webhook.delete", subject: `webhook #${id}` },
    );
    if (!deleted) return fail("This endpoint no longer exists.");
    revalidatePath(returnTo);
    redirect(returnTo);
  },
);

export const resendWebhook = staffAction(
  { returnTo, adminOnly: true, schema: z.object({ id: recordId, deliveryId: recordId }) },
  async ({ id, deliveryId }, actor) => {
    const queued = await withAudit(
      actor,
      () => sendWebhookAgain(actor, id, deliveryId),
      (ok) => ok && { action: "webhook.resend", subject: `webhook #${id}`, details: `delivery #${deliveryId}` },
    );
    if (!queued) return fail("Not sent: the endpoint is off, or the delivery is not its own.");
    revalidatePath(`${returnTo}/${id}`);
    return { status: "success", message: "Queued: the same event, with the same id, is on its way again." };
  },
);
