import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { FormAlert } from "@/components/ui/form-fields";
import { ButtonLink } from "@/components/ui/button";
import { Button } from "@/components/ui/button";
import { getOwnProfile, stageLabels } from "@/db/queries/candidates";
import { isEmailVerified } from "@/db/queries/email-verifications";
import { formatDate } from "@/lib/format";
import { requireUser } from "@/lib/session";
import { resendVerificationLink } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  // Staff sign in through the same page and land on their dashboard.
  if (user.role !== "candidate") redirect("/admin");
  const profile = await getOwnProfile(user);
  if (!profile) notFound();
  const { notice } = await searchParams;
  const current = stageLabels[profile.stage];
  const verified = isEmailVerified(user.id);

  return (
    <>
      {notice === "submitted" ? <FormAlert tone="success">Thank you: your profile has been submitted to our talent managers.</FormAlert> : null}
      {notice === "verified" ? <FormAlert tone="success">Your email address is confirmed.</FormAlert> : null}
      {notice === "verify-sent" ? <FormAlert tone="success">We sent a new link to {user.email}. It works for 24 hours.</FormAlert> : null}
      {notice === "verify-limit" ? (
        <FormAlert tone="error">We already sent three links in the last hour, so no new one was sent. Please use one of those, or try again later.</FormAlert>
      ) : null}
      {verified ? null : (
        <section aria-labelledby="verify-title" className="mt-4 rounded-(--radius-card) border border-accent-700/30 bg-accent-100 p-5">
          <h2 id="verify-title" className="font-semibold">
            Confirm your email address
          </h2>
          <p className="mt-1 text-sm">
            We sent a link to <strong className="break-all">{user.email}</strong>. Open it to confirm the address is yours: you can submit your
            profile once it is confirmed.
          </p>
          <form action={resendVerificationLink} className="mt-3">
            <Button type="submit" variant="secondary">
              Send the link again
            </Button>
          </form>
        </section>
      )}
      <h1 className="mt-4 text-3xl font-bold tracking-tight">Hello, {user.name}</h1>

      <section aria-labelledby="stage-title" className="mt-8 rounded-(--radius-card) border border-line bg-white p-6 shadow-(--shadow-card)">
        <h2 id="stage-title" className="text-sm font-semibold uppercase tracking-wide text-ink-muted">
          Your application
        </h2>
        <p className="mt-2 text-2xl font-bold" data-testid="current-stage">
          {current.title}
        </p>
        <p className="mt-2 text-ink-muted">{current.text}</p>
        <div className="mt-5">
          <ButtonLink href="/account/profile" variant={profile.stage === "draft" ? "primary" : "secondary"}>
            {profile.stage === "draft" ? "Complete and submit your profile" : "Edit your profile"}
          </ButtonLink>
        </div>
      </section>

      <section aria-labelledby="history-title" className="mt-8">
        <h2 id="history-title" className="text-xl font-semibold">
          History
        </h2>
        <ol className="mt-4 space-y-3 border-l-2 border-brand-200 pl-5">
          {[...profile.history].reverse().map((event, index) => (
            <li key={`${event.stage}-${index}`}>
              <p className="font-semibold">{stageLabels[event.stage].title}</p>
              <p className="text-sm text-ink-muted">
                <time dateTime={event.at.toISOString()}>{formatDate(event.at)}</time>
                {event.reason ? ` · ${event.reason}` : null}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="data-title" className="mt-10">
        <h2 id="data-title" className="text-xl font-semibold">
          Your data
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <a href="/api/account/export" className="font-semibold text-brand-700 underline underline-offset-4">
              Download my data (JSON)
            </a>
          </li>
          <li>
            <Link href="/account/password" className="font-semibold text-brand-700 underline underline-offset-4">
              Change my password
            </Link>
          </li>
          <li>
            <Link href="/account/delete" className="font-semibold text-brand-700 underline underline-offset-4">
              Delete my account
            </Link>
          </li>
        </ul>
      </section>
    </>
  );
}
