import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormAlert } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { listSessions } from "@/db/queries/sessions";
import { formatDateTime } from "@/domain/slots";
import { readerTimeZone } from "@/services/reader-zone";
import { requireUser } from "@/services/session";
import { endEveryOtherSession, endEverySession, endOneSession } from "./actions";

export const metadata: Metadata = { title: "Signed-in devices", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const notices: Record<string, string> = {
  ended: "That device has been signed out.",
  gone: "That device was already signed out.",
};

export default async function SessionsPage({ searchParams }: Props) {
  const user = await requireUser("/account/sessions");
  const devices = await listSessions(user.id);
  const zone = await readerTimeZone();
  const { notice, count } = await searchParams;
  const message =
    notice === "others"
      ? `${Number(count) === 1 ? "1 other device has" : `${Number(count) || 0} other devices have`} been signed out.`
      : typeof notice === "string"
        ? notices[notice]
        : undefined;

  return (
    <>
      {message ? <FormAlert tone="success">{message}</FormAlert> : null}
      <PageTitle className="mt-4">Signed-in devices</PageTitle>
      <p className="mt-3 text-ink-muted">
        Every browser where you are signed in. If you do not recognise one, sign it out and change your password.
        Changing or resetting your password signs out every other device too.
      </p>
      <ul className="mt-8 space-y-3" aria-label="Devices">
        {devices.map((device) => {
          const current = device.key === user.sessionKey;
          return (
            <Card as="li" raised key={device.key} className="flex flex-wrap items-center justify-between gap-3">
              <div>
                <p className="font-semibold">
                  {device.device}
                  {current ? (
                    <span className="ml-2 rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-700">
                      This device
                    </span>
                  ) : null}
                </p>
                <p className="text-sm text-ink-muted">
                  Signed in{" "}
                  <time dateTime={device.createdAt.toISOString()}>
                    {formatDateTime(device.createdAt.getTime(), zone)}
                  </time>{" "}
                  · last active{" "}
                  <time dateTime={device.lastSeenAt.toISOString()}>
                    {formatDateTime(device.lastSeenAt.getTime(), zone)}
                  </time>
                </p>
              </div>
              {current ? null : (
                <form action={endOneSession}>
                  <input type="hidden" name="key" value={device.key} />
                  <Button
                    type="submit"
                    variant="secondary"
                    aria-label={`Sign out ${device.device}, signed in ${formatDateTime(device.createdAt.getTime(), zone)}`}
                  >
                    Sign out
                  </Button>
                </form>
              )}
            </Card>
          );
        })}
      </ul>
      <div className="mt-8 flex flex-wrap gap-3">
        {devices.length > 1 ? (
          <form action={endEveryOtherSession}>
            <Button type="submit" variant="secondary">
              Sign out everywhere else
            </Button>
          </form>
        ) : null}
        <form action={endEverySession}>
          <Button type="submit" variant="secondary">
            Sign out everywhere
          </Button>
        </form>
      </div>
    </>
  );
}
