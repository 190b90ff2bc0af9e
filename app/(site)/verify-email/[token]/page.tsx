import type { Metadata } from "next";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { confirmEmailAddress } from "./actions";

export const metadata: Metadata = {
  title: "Confirm your email address",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

type Props = {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * The link from the confirmation email. Confirming takes a click (a form post), so a mail scanner that
 * fetches every link does not confirm anything on the person's behalf.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const { token } = await params;
  const { failed } = await searchParams;
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <PageTitle>Confirm your email address</PageTitle>
      {failed ? (
        <p className="mt-6 text-ink-muted" role="alert">
          This link has expired or was already used. Sign in and send a new one from{" "}
          <TextLink href="/account">your account page</TextLink>.
        </p>
      ) : (
        <form action={confirmEmailAddress} className="mt-6 space-y-4">
          <p className="text-ink-muted">One click proves the address is yours; then you can submit your profile.</p>
          <input type="hidden" name="token" value={token} />
          <Button type="submit">Confirm my email address</Button>
        </form>
      )}
    </Container>
  );
}
