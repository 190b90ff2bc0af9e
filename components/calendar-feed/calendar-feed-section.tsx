"use client";

import { type RefObject, useActionState, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-fields";
import { SubmitButton } from "@/components/ui/submit-button";
import type { CalendarFeedAnswer } from "@/domain/calendar-feed";

/**
 * A person's private calendar feed: create a link, then (shown this once, like a password) the
 * webcal:// link to paste into a calendar app; afterwards only that a link exists, with "Make a new
 * link" and "Turn the feed off". `whose` names the meetings ("your interviews").
 */
export function CalendarFeedSection({
  action,
  feed,
  whose,
  hidden = {},
}: {
  action: (previous: CalendarFeedAnswer, formData: FormData) => Promise<CalendarFeedAnswer>;
  /** The live feed's dates, already written on the reader's clock; null when there is none. */
  feed: { created: string; lastUsed: string | null } | null;
  whose: string;
  /** Fields that say whose feed it is (the expert's id on the dashboard). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, { status: "idle" });
  const url = state.status === "success" ? state.url : undefined;
  const answer = useRef<HTMLDivElement>(null);
  const link = useRef<HTMLInputElement>(null);
  // The pressed button is gone once the page shows the new state: focus goes to what the answer says.
  useEffect(() => {
    if (state.status === "idle") return;
    if (url) link.current?.focus();
    else answer.current?.focus();
  }, [state, url]);

  return (
    <Card as="section" aria-labelledby="calendar-feed-title" className="p-6">
      <h2 id="calendar-feed-title" className="text-xl font-semibold">
        Calendar feed
      </h2>
      <p className="mt-1 text-sm text-ink-muted">
        Subscribe to {whose} in Apple Calendar, Google Calendar, Outlook or Thunderbird, without connecting an account:
        new, moved and cancelled ones show up there by themselves (calendar apps check every hour or so).
      </p>
      <p className="mt-2 text-sm font-medium">
        Keep the link private: anyone who has it sees the times, the names and the meeting links. If it was shared by
        mistake, make a new link or turn the feed off.
      </p>
      <div ref={answer} tabIndex={-1} className="mt-4 space-y-4 focus:outline-none">
        {state.status !== "idle" ? <FormAlert tone={state.status}>{state.message}</FormAlert> : null}
        {url ? <NewLink url={url} link={link} /> : null}
      </div>
      <ActionForm action={formAction} className="mt-4 space-y-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {feed ? (
          <>
            <p className="text-sm">
              A feed link exists: made {feed.created}, {feed.lastUsed ? `last used ${feed.lastUsed}` : "not used yet"}.
              Making a new link or turning the feed off stops the current link at once.
            </p>
            <div className="flex flex-wrap gap-3">
              <SubmitButton name="intent" value="new" variant="secondary" pendingLabel="Making a new link…">
                Make a new link
              </SubmitButton>
              <SubmitButton name="intent" value="off" variant="danger" pendingLabel="Turning it off…">
                Turn the feed off
              </SubmitButton>
            </div>
          </>
        ) : (
          <SubmitButton name="intent" value="new" pendingLabel="Creating the link…">
            Create a private feed link
          </SubmitButton>
        )}
      </ActionForm>
    </Card>
  );
}

const noSubscription = () => () => {};

/** The link just made, selectable without JavaScript; with it, a copy button too. */
function NewLink({ url, link }: { url: string; link: RefObject<HTMLInputElement | null> }) {
  // A copy button only where it can work: in the browser, with the clipboard (a secure page or localhost).
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => Boolean(navigator.clipboard),
    () => false,
  );
  const [copied, setCopied] = useState("");
  return (
    <div className="space-y-3">
      <div>
        <label htmlFor="calendar-feed-url" className="block text-sm font-semibold text-ink">
          Your private feed link
        </label>
        <p id="calendar-feed-url-hint" className="mt-1 text-sm text-ink-muted">
          Shown only now: copy it into your calendar app. Lost it? Make a new link.
        </p>
        <div className="mt-1.5 flex flex-wrap items-center gap-2">
          <input
            ref={link}
            id="calendar-feed-url"
            readOnly
            value={url}
            aria-describedby="calendar-feed-url-hint"
            onFocus={(event) => event.currentTarget.select()}
            className="block min-w-0 flex-1 rounded-lg border border-line bg-white px-3 py-2.5 font-mono text-sm text-ink shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-200"
          />
          {canCopy ? (
            <Button
              type="button"
              variant="secondary"
              onClick={() =>
                navigator.clipboard.writeText(url).then(
                  () => setCopied("Copied."),
                  () => setCopied("Could not copy: select the link and copy it yourself."),
                )
              }
            >
              Copy link
            </Button>
          ) : null}
        </div>
        <p aria-live="polite" className="mt-1 text-sm text-ink-muted">
          {copied}
        </p>
      </div>
      <div className="text-sm">
        <p className="font-semibold">How to subscribe</p>
        <ul className="mt-1 list-disc space-y-1 pl-5">
          <li>
            Apple Calendar: File → New Calendar Subscription, then paste the link (iPhone: Settings → Calendar →
            Accounts → Add Account → Other → Add Subscribed Calendar).
          </li>
          <li>Google Calendar, on a computer: Other calendars → + → From URL, then paste the link.</li>
          <li>Outlook: Add calendar → Subscribe from web, then paste the link.</li>
          <li>Thunderbird: New Calendar → On the Network, then paste the link.</li>
        </ul>
        <p className="mt-1 text-ink-muted">
          An app that refuses a link starting with webcal:// takes it with https:// in its place.
        </p>
      </div>
    </div>
  );
}
