import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageTitle } from "@/components/ui/page-title";
import { getOwnProfile, listSkillOptions } from "@/db/queries/candidates";
import { listSeniorityOptions } from "@/db/queries/content";
import { englishLevels } from "@/db/schema";
import { currencies, currencyLabel } from "@/domain/money";
import { timeZoneOptions } from "@/domain/time-zones";
import { requireRole } from "@/services/session";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Your profile", robots: { index: false } };

export default async function ProfilePage() {
  const user = await requireRole("/account/profile", "candidate");
  const [profile, seniorities, skills] = await Promise.all([
    getOwnProfile(user),
    listSeniorityOptions(),
    listSkillOptions(),
  ]);
  if (!profile) notFound();
  return (
    <>
      <PageTitle>Your profile</PageTitle>
      <p className="mt-3 text-ink-muted">
        {profile.stage === "draft"
          ? "Save a draft at any time. When it is complete, submit it and a talent manager will review it."
          : "Your profile is with our talent managers. Keep it up to date: changes are visible to them at once."}
      </p>
      <Card raised className="mt-8 p-6">
        <ProfileForm
          profile={profile}
          options={{
            seniorities,
            skills,
            timeZones: timeZoneOptions,
            currencies: currencies.map((code) => ({ value: code, label: currencyLabel(code) })),
            englishLevels,
          }}
        />
      </Card>
    </>
  );
}
