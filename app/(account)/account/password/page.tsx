import type { Metadata } from "next";
import { requireUser } from "@/lib/session";
import { PasswordForm } from "./password-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Change your password", robots: { index: false } };

export default async function PasswordPage() {
  await requireUser("/account/password");
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">Change your password</h1>
      <Card raised className="mt-8 max-w-lg p-6">
        <PasswordForm />
      </Card>
    </>
  );
}
