import type { Metadata } from "next";
import { Suspense } from "react";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { LoginForm, LoginFormWithParams } from "./login-form";

export const metadata: Metadata = {
  title: "Sign in",
  description: "Sign in to your Bedrock Talent account to update your profile and follow your application.",
  alternates: { canonical: "/login" },
  openGraph: { url: "/login", title: "Sign in" },
};

/**
 * A static page: the query (where to go next, a notice) is read in the browser, which signing in
 * needs anyway. The prerendered HTML carries the plain form, so it paints before any script runs.
 */
export default function LoginPage() {
  return (
    <Container className="max-w-lg py-14 sm:py-20">
      <PageTitle>Sign in</PageTitle>
      <p className="mt-3 text-ink-muted">
        Developers follow their application here; talent managers reach their dashboard.
      </p>
      <Card raised className="mt-8 p-6">
        <Suspense fallback={<LoginForm callbackUrl={null} />}>
          <LoginFormWithParams />
        </Suspense>
      </Card>
    </Container>
  );
}
