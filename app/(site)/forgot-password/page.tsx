import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { ForgotForm } from "./forgot-form";

export const metadata: Metadata = { title: "Reset your password", robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <PageTitle>Reset your password</PageTitle>
      <p className="mt-3 text-ink-muted">Enter the email you registered with and we will send you a link.</p>
      <Card raised className="mt-8 p-6">
        <ForgotForm />
      </Card>
    </Container>
  );
}
