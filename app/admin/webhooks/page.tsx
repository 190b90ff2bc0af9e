import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { listWebhookEndpoints, pendingWebhookCounts } from "@/db/queries/webhooks";
import { readerTimeZone } from "@/services/reader-zone";
import { requireRole } from "@/services/session";
import { createWebhookEndpoint } from "./actions";
import { EndpointFields } from "./endpoint-fields";
import { endpointState } from "./endpoint-state";

export const metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const actor = await requireRole("/admin/webhooks", "admin");
  const zone = await readerTimeZone();
  const [endpoints, pending] = await Promise.all([listWebhookEndpoints(actor), pendingWebhookCounts(actor)]);
  return (
    <>
      <PageTitle size="admin">Webhooks</PageTitle>
      <p className="mt-2 max-w-prose text-sm text-ink-muted">
        Tell a company&apos;s other systems — an ATS, a chat — what happens here, as it happens. Each event is POSTed as
        JSON and signed per the Standard Webhooks specification, so the receiver can check it came from us; one that
        fails is tried again for about a day, and an endpoint that fails for 5 days is switched off and you are told.
      </p>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_24rem]">
        <section aria-labelledby="endpoints-title">
          <h2 id="endpoints-title" className="sr-only">
            Endpoints
          </h2>
          {endpoints.length === 0 ? <p className="text-ink-muted">No endpoints yet.</p> : null}
          <ul className="space-y-3">
            {endpoints.map((endpoint) => (
              <li
                key={endpoint.id}
                aria-label={endpoint.url}
                className="rounded-lg border border-line bg-white p-4 text-sm wrap-anywhere"
              >
                <p className="font-semibold">
                  <Link href={`/admin/webhooks/${endpoint.id}`} className="text-brand-700 underline">
                    {endpoint.url}
                  </Link>
                </p>
                {endpoint.description ? <p className="text-ink-muted">{endpoint.description}</p> : null}
                <p className="mt-1">
                  {endpointState(endpoint, zone)} · {endpoint.events.length} event
                  {endpoint.events.length === 1 ? "" : "s"} · {pending.get(endpoint.id) ?? 0} waiting
                </p>
              </li>
            ))}
          </ul>
        </section>
        <Card as="section" aria-labelledby="add-endpoint-title">
          <h2 id="add-endpoint-title" className="font-semibold">
            Add an endpoint
          </h2>
          <div className="mt-3">
            <ActionForm action={createWebhookEndpoint} submitLabel="Add the endpoint" resetOnSuccess>
              <EndpointFields idPrefix="new-endpoint" />
            </ActionForm>
          </div>
        </Card>
      </div>
    </>
  );
}
