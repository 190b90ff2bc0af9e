import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageTitle } from "@/components/ui/page-title";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getOwnProfile } from "@/db/queries/candidates";
import { requireUser } from "@/services/session";
import { AccountNotice, VerifyEmailCard } from "./account-notices";
import { ApplicationCard, ApplicationHistory } from "./application";
import { DirectorySection } from "./directory-section";
import { InterviewsSection } from "./interviews-section";
import { ProposalsSection } from "./proposals-section";
import { ScorecardSection } from "./scorecard-section";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  // Staff sign in through the same page and land on their dashboard.
  if (user.role !== "candidate") redirect("/admin");
  const profile = await getOwnProfile(user);
  if (!profile) notFound();
  const { notice } = await searchParams;

  // The async sections read their own records, all at once: React starts each as it meets it.
  return (
    <>
      <AccountNotice notice={notice} email={user.email} />
      <VerifyEmailCard user={user} />
      <PageTitle className="mt-4">Hello, {user.name}</PageTitle>
      <ApplicationCard stage={profile.stage} />
      <ScorecardSection user={user} />
      <DirectorySection user={user} />
      <InterviewsSection user={user} />
      <ProposalsSection user={user} />
      <ApplicationHistory history={profile.history} />

      <section aria-labelledby="data-title" className="mt-10">
        <h2 id="data-title" className="text-xl font-semibold">
          Your data
        </h2>
        <ul className="mt-3 space-y-2">
          <li>
            <TextAnchor href="/api/account/export">Download my data (JSON)</TextAnchor>
          </li>
          <li>
            <TextLink href="/account/password">Change my password</TextLink>
          </li>
          <li>
            <TextLink href="/account/delete">Delete my account</TextLink>
          </li>
        </ul>
      </section>
    </>
  );
}
