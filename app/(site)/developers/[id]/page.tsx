import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  availabilityText,
  englishText,
  FactList,
  ScorecardSummary,
  SkillList,
  yearsText,
  zoneText,
} from "@/components/talent/profile-parts";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { getDirectoryProfile } from "@/db/queries/directory";
import { isPublicId, monthLabel } from "@/domain/directory";
import { engagementLabels, stageTitles, workplaceLabels } from "@/domain/labels";
import { param } from "@/domain/search-params";
import { isValidTimeZone } from "@/domain/slots";
import { readerTimeZoneIfKnown } from "@/services/reader-zone";
import { AskToInterviewForm } from "./ask-form";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One read per request: the metadata and the page ask for the same profile in the same zone. */
const profileOf = cache(async (id: string, zone: string) => (isPublicId(id) ? getDirectoryProfile(id, zone) : null));

/**
 * The profile and the visitor's zone: the one chosen in the directory's form (?tz=), else the
 * browser's (its cookie); null when neither says, and then no hours in common are shown.
 */
async function viewOf({ params, searchParams }: Props) {
  const { id } = await params;
  const chosen = param((await searchParams).tz);
  const zone = chosen && isValidTimeZone(chosen) ? chosen : await readerTimeZoneIfKnown();
  return { id, zone, profile: await profileOf(id, zone ?? "UTC") };
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
  const { id, zone, profile } = await viewOf(props);
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
          <TextLink href="/developers">← All developers</TextLink>
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

        {profile.positions.length > 0 ? (
          <section aria-labelledby="history-title" className="mt-10">
            <h2 id="history-title" className="text-2xl font-bold">
              Work history
            </h2>
            <ol className="mt-4 space-y-4">
              {profile.positions.map((position) => (
                <li key={position.id} className="border-l-2 border-brand-200 pl-4">
                  <h3 className="font-semibold">{position.role}</h3>
                  <p className="text-sm text-ink-muted">
                    {position.companyKind} · {monthLabel(position.startMonth)}–{monthLabel(position.endMonth)}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap">{position.summary}</p>
                </li>
              ))}
            </ol>
          </section>
        ) : null}

        {profile.projects.length > 0 ? (
          <section aria-labelledby="projects-title" className="mt-10">
            <h2 id="projects-title" className="text-2xl font-bold">
              Notable projects
            </h2>
            <ul className="mt-4 grid gap-4 sm:grid-cols-2">
              {profile.projects.map((project) => (
                <li key={project.id}>
                  <Card className="h-full p-5">
                    <h3 className="font-semibold">{project.name}</h3>
                    <p className="mt-1 whitespace-pre-wrap text-sm">{project.summary}</p>
                  </Card>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
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
