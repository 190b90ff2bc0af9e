import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireUser } from "@/services/session";
import { PasswordForm } from "./password-form";

export const metadata: Metadata = { title: "Change your password", robots: { index: false } };

export default async function PasswordPage() {
  await requireUser("/account/password");
  return (
    <>
      <PageTitle>Change your password</PageTitle>
      <Card raised className="mt-8 max-w-lg p-6">
        <PasswordForm />
      </Card>
    </>
  );
}
