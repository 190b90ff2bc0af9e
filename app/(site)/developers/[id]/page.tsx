import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  availabilityText,
  englishText,
  FactList,
  NotableProjects,
  ScorecardSummary,
  SkillList,
  WorkHistory,
  yearsText,
  zoneText,
} from "@/components/talent/profile-parts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getDirectoryProfile } from "@/db/queries/directory";
import { directoryHref, isPublicId, parseDirectoryQuery } from "@/domain/directory";
import { engagementLabels, stageTitles, workplaceLabels } from "@/domain/labels";
import { readerTimeZoneIfKnown } from "@/services/reader-zone";
import { AskToInterviewForm } from "./ask-form";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One read per request: the metadata and the page ask for the same profile in the same zone. */
const profileOf = cache(async (id: string, zone: string) => (isPublicId(id) ? getDirectoryProfile(id, zone) : null));

/**
 * The profile, the view of the directory it was opened from (its filters, sort and page: the way back)
 * and the visitor's zone: the one chosen in the directory's form (?tz=), else the browser's (its
 * cookie); null when neither says, and then no hours in common are shown.
 */
async function viewOf({ params, searchParams }: Props) {
  const { id } = await params;
  const browserZone = await readerTimeZoneIfKnown();
  const query = parseDirectoryQuery(await searchParams, browserZone ?? "UTC");
  const zone = query.zoneGiven ? query.zone : browserZone;
  return { id, zone, query, profile: await profileOf(id, zone ?? "UTC") };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { id, profile } = await viewOf(props);
  if (!profile) return { title: "Developer not found", robots: { index: false } };
  const title = `${profile.label}: ${profile.seniority ? `${profile.seniority} ` : ""}backend developer`;
  const description =
    profile.headline || `A vetted backend developer skilled in ${profile.skills.slice(0, 4).join(", ")}.`;
  const path = `/developers/${id}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type: "profile", title, description, url: path },
  };
}

export default async function DeveloperPage(props: Props) {
  const { id, zone, query, profile } = await viewOf(props);
  if (!profile) notFound();

  const facts: [string, string][] = [
    ["Seniority", profile.seniority ?? "—"],
    ["Experience", yearsText(profile.yearsExperience)],
    ["Time zone", zoneText(profile, zone)],
    ["Availability", availabilityText(profile)],
    ["English", englishText(profile.englishLevel)],
    ["Other languages", profile.languages.join(", ") || "—"],
    ["Works", profile.workplace ? workplaceLabels[profile.workplace] : "—"],
    ["Looking for", profile.engagement ? engagementLabels[profile.engagement] : "—"],
    ["Vetting passed", profile.vetting.stages.map((stage) => stageTitles[stage]).join(", ") || "—"],
  ];

  return (
    <Container className="grid gap-10 py-14 sm:py-20 lg:grid-cols-[1fr_24rem]">
      <article aria-labelledby="developer-name">
        <p>
          <TextLink href={directoryHref(query, { page: query.page })}>← All developers</TextLink>
        </p>
        <div className="mt-6">
          <Badge>Vetted by Bedrock Talent</Badge>
        </div>
        <PageTitle id="developer-name" className="mt-3">
          {profile.label}
        </PageTitle>
        {profile.headline ? <p className="mt-2 text-lg text-ink-muted">{profile.headline}</p> : null}
        <SkillList skills={profile.skills} className="mt-4" />
        <FactList facts={facts.filter(([, value]) => value !== "—")} className="mt-6" />
        {profile.vetting.scorecard ? <ScorecardSummary scorecard={profile.vetting.scorecard} /> : null}

        <WorkHistory positions={profile.positions} id="history-title" level={2} />
        <NotableProjects projects={profile.projects} id="projects-title" level={2} />
      </article>

      <aside aria-labelledby="ask-title" className="lg:pt-16">
        <Card raised className="p-6">
          <h2 id="ask-title" className="text-xl font-bold">
            Ask to interview {profile.label}
          </h2>
          <p className="mt-2 text-sm text-ink-muted">
            A talent manager checks the fit with you and asks {profile.label} whether they are interested. Their name,
            contact details and CV are shared once you both say yes.
          </p>
          <div className="mt-5">
            <AskToInterviewForm developer={id} label={profile.label} />
          </div>
        </Card>
      </aside>
    </Container>
  );
}
