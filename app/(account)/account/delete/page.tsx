import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { requireRole } from "@/services/session";
import { DeleteForm } from "./delete-form";

export const metadata: Metadata = { title: "Delete your account", robots: { index: false } };

export default async function DeletePage() {
  await requireRole("/account/delete", "candidate");
  return (
    <>
      <PageTitle>Delete your account</PageTitle>
      <p className="mt-3 max-w-2xl text-ink-muted">
        We erase your profile, your CV file and your name and email. We keep only an anonymous record that an
        application existed and which stages it went through, so our statistics stay correct. Download your data first
        if you want a copy.
      </p>
      <Card raised className="mt-8 max-w-lg p-6">
        <DeleteForm />
      </Card>
    </>
  );
}
