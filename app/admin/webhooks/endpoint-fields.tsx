"use client";

import { useContext } from "react";
import { ActionField } from "@/components/admin/action-field";
import { FieldErrorsContext } from "@/components/admin/action-form";
import { CheckboxField } from "@/components/ui/form-fields";
import { type WebhookEvent, webhookEvents } from "@/domain/vocabulary";
import { webhookEventLabels } from "@/domain/webhooks";

/** An endpoint's address, description and events: the fields of both the add and the settings form. */
export function EndpointFields({
  idPrefix,
  endpoint,
}: {
  idPrefix: string;
  endpoint?: { url: string; description: string; events: WebhookEvent[] };
}) {
  const error = useContext(FieldErrorsContext).events;
  const errorId = `${idPrefix}-events-error`;
  return (
    <>
      <ActionField
        id={`${idPrefix}-url`}
        name="url"
        label="Endpoint URL"
        required
        hint="Where we POST each event, signed. https:// (plain http only for localhost)."
        defaultValue={endpoint?.url}
      />
      <ActionField
        id={`${idPrefix}-description`}
        name="description"
        label="Description"
        hint="For you: which system this is."
        defaultValue={endpoint?.description}
      />
      <fieldset aria-describedby={error ? errorId : undefined} className="space-y-2">
        <legend className="text-sm font-semibold">Events</legend>
        {error ? (
          <p id={errorId} className="text-sm font-medium text-danger-700">
            {error}
          </p>
        ) : null}
        {webhookEvents.map((event) => (
          <CheckboxField
            key={event}
            id={`${idPrefix}-event-${event}`}
            name="events"
            value={event}
            defaultChecked={endpoint?.events.includes(event) ?? false}
            label={
              <>
                {webhookEventLabels[event]} <code className="text-xs text-ink-muted">{event}</code>
              </>
            }
          />
        ))}
      </fieldset>
    </>
  );
}
