import { notFound } from "next/navigation";
import { ActionField } from "@/components/admin/action-field";
import { ActionForm } from "@/components/admin/action-form";
import { DangerForm } from "@/components/admin/danger-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { findWebhookEndpoint, listWebhookDeliveries } from "@/db/queries/webhooks";
import { parseRecordId } from "@/domain/record-id";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireRole } from "@/services/session";
import { removeWebhookEndpoint, resendWebhook, rollWebhookSecret, updateWebhookEndpointSettings } from "../actions";
import { EndpointFields } from "../endpoint-fields";
import { endpointState } from "../endpoint-state";

export const metadata = { title: "Webhook endpoint" };

const deliveryStatusLabels = { pending: "Waiting", delivered: "Delivered", failed: "Failed" } as const;

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id: raw } = await params;
  const actor = await requireRole(`/admin/webhooks/${raw}`, "admin");
  const id = parseRecordId(raw);
  const endpoint = id === null ? null : await findWebhookEndpoint(actor, id);
  if (!endpoint) notFound();
  const zone = await readerTimeZone();
  const deliveries = await listWebhookDeliveries(actor, endpoint.id);
  return (
    <>
      <TextLink href="/admin/webhooks" className="text-sm">
        All webhooks
      </TextLink>
      <PageTitle size="admin" className="mt-2 wrap-anywhere">
        {endpoint.url}
      </PageTitle>
      <p className="mt-2 text-sm text-ink-muted" data-testid="endpoint-state">
        {endpointState(endpoint, zone)} · added {formatDateTime(endpoint.createdAt.getTime(), zone)}
        {endpoint.createdBy ? ` by ${endpoint.createdBy}` : ""}
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="deliveries-title" className="min-w-0">
          <h2 id="deliveries-title" className="font-semibold">
            Deliveries
          </h2>
          <p className="mt-1 text-sm text-ink-muted">The latest 50, newest first; times in {zone}.</p>
          {deliveries.length === 0 ? <p className="mt-3 text-ink-muted">Nothing sent yet.</p> : null}
          <ul className="mt-3 space-y-2">
            {deliveries.map((delivery) => (
              <li
                key={delivery.id}
                aria-label={`${delivery.eventType} ${delivery.eventId}`}
                className="rounded-lg border border-line bg-white p-4 text-sm wrap-anywhere"
              >
                <p>
                  <strong>{deliveryStatusLabels[delivery.status]}</strong> · <code>{delivery.eventType}</code> ·{" "}
                  {formatDateTime(delivery.createdAt.getTime(), zone)}
                </p>
                <p className="text-ink-muted">
                  <code>{delivery.eventId}</code> · {delivery.attempts} attempt{delivery.attempts === 1 ? "" : "s"}
                  {delivery.lastStatusCode !== null ? ` · answered ${delivery.lastStatusCode}` : ""}
                  {delivery.lastDurationMs !== null ? ` in ${delivery.lastDurationMs} ms` : ""}
                </p>
                {delivery.lastResponse ? (
                  <pre className="mt-2 max-h-32 overflow-auto rounded bg-surface-muted p-2 text-xs whitespace-pre-wrap">
                    {delivery.lastResponse}
                  </pre>
                ) : null}
                {endpoint.active ? (
                  <div className="mt-2">
                    <ActionForm action={resendWebhook} submitLabel={`Send ${delivery.eventId} again`}>
                      <input type="hidden" name="id" value={endpoint.id} />
                      <input type="hidden" name="deliveryId" value={delivery.id} />
                    </ActionForm>
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        <div className="space-y-6">
          <Card as="section" aria-labelledby="settings-title">
            <h2 id="settings-title" className="font-semibold">
              Settings
            </h2>
            <div className="mt-3">
              <ActionForm action={updateWebhookEndpointSettings} submitLabel="Save the endpoint">
                <input type="hidden" name="id" value={endpoint.id} />
                <EndpointFields idPrefix="endpoint" endpoint={endpoint} />
                <ActionField
                  id="endpoint-active"
                  name="active"
                  label="Sending"
                  type="select"
                  markOptional={false}
                  options={[
                    { value: "yes", label: "On" },
                    { value: "no", label: "Off" },
                  ]}
                  defaultValue={endpoint.active ? "yes" : "no"}
                />
              </ActionForm>
            </div>
          </Card>
          <Card as="section" aria-labelledby="secret-title">
            <h2 id="secret-title" className="font-semibold">
              Signing secret
            </h2>
            <p className="mt-1 text-sm text-ink-muted">
              Shown once, when it is made. A new one takes over at once: give it to the receiver first.
            </p>
            <div className="mt-3">
              <ActionForm action={rollWebhookSecret} submitLabel="Make a new secret">
                <input type="hidden" name="id" value={endpoint.id} />
              </ActionForm>
            </div>
          </Card>
          <DangerForm
            action={removeWebhookEndpoint}
            summary="Delete this endpoint…"
            warning="It receives nothing more, and its delivery log goes with it."
            submitLabel="Delete the endpoint"
          >
            <input type="hidden" name="id" value={endpoint.id} />
          </DangerForm>
        </div>
      </div>
    </>
  );
}
