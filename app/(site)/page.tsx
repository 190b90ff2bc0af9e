import type { Metadata } from "next";
import { TalentExperts } from "@/components/content/talent-experts";
import { JsonLd } from "@/components/site/json-ld";
import { SITE_NAME } from "@/components/site/logo";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { absoluteUrl } from "@/config/site";
import { getFeaturedRole, listGuides, listTalentExperts } from "@/db/queries/content";
import { formatMoney, formatYears } from "@/domain/format";

export const metadata: Metadata = {
  alternates: { canonical: "/" },
  openGraph: { url: "/", title: `${SITE_NAME} — hire vetted backend developers` },
};

const offers = [
  {
    title: "Vetted backend engineers",
    text: "Every developer we introduce has passed a technical interview on APIs, databases, security and the tools you use.",
  },
  {
    title: "Honest numbers up front",
    text: "Seniority levels and indicative salaries are published, so you can plan a budget before the first call.",
  },
  {
    title: "One Talent Expert, start to finish",
    text: "A dedicated expert learns your project, shortlists candidates and stays with you until the hire is made.",
  },
];

export default async function HomePage() {
  const [role, experts, guides] = await Promise.all([getFeaturedRole(), listTalentExperts(), listGuides()]);

  return (
    <>
      <JsonLd
        data={{
          "@type": "Organization",
          name: SITE_NAME,
          url: absoluteUrl("/"),
          logo: absoluteUrl("/icon.svg"),
          description: "A hiring agency that finds, vets and introduces backend developers to companies.",
        }}
      />
      <div className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-16 sm:py-24">
          <Badge>For companies hiring engineers</Badge>
          <PageTitle size="hero" className="mt-4 sm:text-6xl">
            Hire backend developers you can build on
          </PageTitle>
          <p className="mt-6 max-w-2xl text-lg leading-8 text-ink-muted">
            We find, vet and introduce backend engineers, from a first junior hire to a team lead who owns your
            architecture. Start with a 30-minute discovery call with a Talent Expert.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/book">Book a discovery call</ButtonLink>
            {role ? (
              <ButtonLink href={`/hire/${role.slug}`} variant="secondary">
                See levels and salaries
              </ButtonLink>
            ) : null}
            <ButtonLink href="/developers" variant="secondary">
              Browse vetted developers
            </ButtonLink>
            <ButtonLink href="/contact?from=/" variant="secondary">
              Send a contact request
            </ButtonLink>
          </div>
        </Container>
      </div>

      <Section id="offer" eyebrow="What we offer" title="Hiring backend talent without the guesswork">
        <ul className="grid gap-4 md:grid-cols-3">
          {offers.map((offer) => (
            <Card as="li" raised key={offer.title}>
              <h3 className="text-lg font-semibold">{offer.title}</h3>
              <p className="mt-2 text-sm leading-6 text-ink-muted">{offer.text}</p>
            </Card>
          ))}
        </ul>
        <p className="mt-6 text-ink-muted">
          <TextLink href="/how-it-works">See how it works</TextLink>: from your request to a hire, how long each step
          usually takes, the hiring models and answers to common questions.
        </p>
      </Section>

      {role ? (
        <Section
          id="featured-role"
          tone="muted"
          eyebrow="Featured role"
          title={role.name}
          intro={<p>{role.summary}</p>}
        >
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={`${role.name} salaries by level`}>
            {role.seniorityLevels.map((level) => (
              <Card as="li" raised key={level.id}>
                <p className="font-semibold">{level.name}</p>
                <p className="text-sm text-ink-muted">{formatYears(level.yearsMin, level.yearsMax)}</p>
                <p className="mt-3 text-2xl font-bold tabular-nums">{formatMoney(level.salary, role.salaryCurrency)}</p>
                <p className="text-xs text-ink-muted">indicative average per year, {role.salaryYear}</p>
              </Card>
            ))}
          </ul>
          <p className="mt-6 text-sm text-ink-muted">
            {role.useCases.length} areas where backend developers make a difference, {role.tools.length} tools we vet
            for, and {role.technologies.length} core technologies.
          </p>
          <ButtonLink href={`/hire/${role.slug}`} className="mt-6">
            Hire {role.name.toLowerCase()}s
          </ButtonLink>
        </Section>
      ) : null}

      <Section
        id="talent-experts"
        eyebrow="Talk to a Talent Expert"
        title="Every hire starts with a 30-minute discovery call"
        intro={
          <p>
            Tell us about your project challenges, technical needs and team; we come back with a plan and a shortlist.
          </p>
        }
      >
        <TalentExperts experts={experts} />
        <ButtonLink href="/book" className="mt-8">
          Book a 30-minute discovery call
        </ButtonLink>
      </Section>

      {guides.length > 0 ? (
        <Section id="guides" tone="muted" eyebrow="Guides" title="Learn before you hire">
          <ul className="grid gap-4 md:grid-cols-2">
            {guides.map((guide) => (
              <Card as="li" raised key={guide.slug}>
                <TextLink variant="quiet" href={`/guides/${guide.slug}`} className="text-lg font-semibold">
                  {guide.title}
                </TextLink>
                <p className="mt-2 text-sm text-ink-muted">{guide.description}</p>
              </Card>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}
