import type { Metadata } from "next";
import { connection } from "next/server";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { findUsableResetToken } from "@/db/queries/password-resets";
import { hashManageToken, isWellFormedToken } from "@/domain/manage-token";
import { ResetForm } from "./reset-form";

export const metadata: Metadata = {
  title: "Choose a new password",
  robots: { index: false, follow: false },
  referrer: "same-origin",
};

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const usable = isWellFormedToken(token) && (await findUsableResetToken(hashManageToken(token))) !== null;
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <PageTitle>Choose a new password</PageTitle>
      {usable ? (
        <Card raised className="mt-8 p-6">
          <ResetForm token={token} />
        </Card>
      ) : (
        <p className="mt-6 text-ink-muted">
          This link has expired or was already used. <TextLink href="/forgot-password">Ask for a new one</TextLink>.
        </p>
      )}
    </Container>
  );
}
