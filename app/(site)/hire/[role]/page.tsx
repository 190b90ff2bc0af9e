import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { QuickFacts } from "@/components/content/quick-facts";
import { SeniorityTable } from "@/components/content/seniority-table";
import { TalentExperts } from "@/components/content/talent-experts";
import { TechnologyList } from "@/components/content/technology-list";
import { ToolGrid } from "@/components/content/tool-grid";
import { UseCaseGrid } from "@/components/content/use-case-grid";
import { JsonLd } from "@/components/site/json-ld";
import { AvailableDevelopers } from "@/components/talent/available-developers";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { Section } from "@/components/ui/section";
import { TextLink } from "@/components/ui/text-link";
import { absoluteUrl, FLAGSHIP_ROLE } from "@/config/site";
import { getRolePage, listRoles, listTalentExperts } from "@/db/queries/content";
import { listAvailableBySeniority } from "@/db/queries/directory";
import { formatMoney, formatSalaryRange } from "@/domain/format";

type Props = { params: Promise<{ role: string }> };

/**
 * Content edits revalidate this page at once (services/revalidate-content.ts). A visitor's render that
 * began before an edit and ended after it is stored as of its start, so the edit expires it too
 * (server/cache-handler.cjs). The minute's age limit is for changes no edit announces (a listing the
 * scheduled erasure removed outside the server).
 */
export const revalidate = 60;

/**
 * Only the roles the build knew are rendered here, so a made-up address never reaches the page or
 * the cache. Any other /hire/<slug> falls through to next.config.ts's rewrite: a role created since
 * the build is drawn per request by app/(site)/hire-added until the next build, anything else is a 404.
 */
export const dynamicParams = false;

/** The flagship role has its own static route (config/site.ts). */
export async function generateStaticParams() {
  return (await listRoles()).filter((role) => role.slug !== FLAGSHIP_ROLE).map((role) => ({ role: role.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const role = await getRolePage((await params).role);
  if (!role) return {};
  const path = `/hire/${role.slug}`;
  const title = `Hire ${role.name.toLowerCase()}s`;
  return {
    title,
    description: role.summary,
    alternates: { canonical: path },
    openGraph: { title, description: role.summary, url: path },
  };
}

export default async function HireRolePage({ params }: Props) {
  const [role, experts] = await Promise.all([getRolePage((await params).role), listTalentExperts()]);
  if (!role) notFound();
  const available = await listAvailableBySeniority(role.seniorityLevels.map((level) => level.name));

  const plural = `${role.name.toLowerCase()}s`;
  const salaryRange = formatSalaryRange(
    role.seniorityLevels.map((level) => level.salary),
    role.salaryCurrency,
  );

  return (
    <>
      <JsonLd
        data={{
          "@type": "Occupation",
          name: role.name,
          description: role.summary,
          url: absoluteUrl(`/hire/${role.slug}`),
          occupationLocation: { "@type": "Country", name: "United States" },
          estimatedSalary: role.seniorityLevels.map((level) => ({
            "@type": "MonetaryAmountDistribution",
            name: level.name,
            currency: role.salaryCurrency,
            duration: "P1Y",
            median: level.salary,
          })),
          skills: role.tools.map((tool) => tool.name).join(", "),
        }}
      />
      <div className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-14 sm:py-20">
          <Badge>Hire · {role.name}</Badge>
          <PageTitle size="hero" className="mt-4 sm:text-5xl">
            {role.headline}
          </PageTitle>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-ink-muted">{role.summary}</p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/book">Book a discovery call</ButtonLink>
            <ButtonLink href={`/contact?from=/hire/${role.slug}`} variant="secondary">
              Send a contact request
            </ButtonLink>
          </div>
          <dl className="hero-stats mt-10 grid max-w-3xl grid-cols-2 gap-4 sm:grid-cols-3">
            {salaryRange ? (
              <div className="col-span-2 sm:col-span-1">
                <dt>Indicative salary by level ({role.salaryYear})</dt>
                <dd className="tabular-nums">{salaryRange}</dd>
              </div>
            ) : null}
            <div>
              <dt>Seniority levels</dt>
              <dd>{role.seniorityLevels.length}</dd>
            </div>
            <div>
              <dt>Discovery call</dt>
              <dd>30 minutes</dd>
            </div>
          </dl>
        </Container>
      </div>

      <Section id="use-cases" eyebrow="Where it is used" title={`What companies hire ${plural} for`}>
        <UseCaseGrid useCases={role.useCases} />
      </Section>

      <Section
        id="seniority"
        tone="muted"
        eyebrow="Seniority"
        title={`${role.seniorityLevels.map((level) => level.name).join(", ")} compared`}
        intro={
          <p>
            What each level typically owns and earns. The salaries are our indicative averages for each level, in{" "}
            {role.salaryCurrency} per year for {role.salaryYear}
            {role.seniorityLevels[0]
              ? `, starting at ${formatMoney(role.seniorityLevels[0].salary, role.salaryCurrency)} for a ${role.seniorityLevels[0].name.toLowerCase()}`
              : ""}
            , published to help you plan a budget. They are not a national average, which puts every level of one
            country’s market together.
          </p>
        }
      >
        <SeniorityTable
          roleName={role.name}
          levels={role.seniorityLevels}
          currency={role.salaryCurrency}
          salaryYear={role.salaryYear}
        />
      </Section>

      {available.some((level) => level.total > 0) ? (
        <Section
          id="available"
          eyebrow="Available now"
          title={`Vetted ${plural} you could interview`}
          intro={
            <p>
              Anonymised profiles of developers who passed our vetting and chose to be listed.{" "}
              <TextLink href="/developers">Browse the whole directory</TextLink>.
            </p>
          }
        >
          <AvailableDevelopers levels={available} />
        </Section>
      ) : (
        <Section
          id="available"
          title={`Vetted ${plural}, introduced on request`}
          intro={
            <p>
              No developer is listed in our directory right now. Tell us who you need, and we introduce vetted {plural}{" "}
              from our network.
            </p>
          }
        >
          <ButtonLink href={`/contact?from=/hire/${role.slug}`} variant="secondary">
            Tell us who you need
          </ButtonLink>
        </Section>
      )}

      <Section id="quick-facts" eyebrow="Quick facts" title={`${role.name} work at a glance`}>
        <QuickFacts facts={role.quickFacts} />
      </Section>

      <Section
        id="technologies"
        tone="muted"
        eyebrow="Technologies"
        title="Top related technologies"
        intro={<p>The platforms most backend teams build on, with who created them and when.</p>}
      >
        <TechnologyList technologies={role.technologies} />
      </Section>

      <Section
        id="tools"
        eyebrow="Tools"
        title="Top tools and frameworks"
        intro={<p>The frameworks and runtimes we vet candidates on most often.</p>}
      >
        <ToolGrid tools={role.tools} />
      </Section>

      <Section
        id="talent-expert"
        tone="muted"
        eyebrow="Talk to a Talent Expert"
        title="Start with a 30-minute discovery call"
        intro={
          <p>
            A Talent Expert learns about your project challenges, technical needs and team diversity, then tells you how
            we would staff it.
          </p>
        }
      >
        <TalentExperts experts={experts} bios={false} />
        <ButtonLink href="/book" className="mt-8">
          Book a 30-minute discovery call
        </ButtonLink>
        <p className="mt-6 text-ink-muted">
          Prefer to write first?{" "}
          <TextLink href={`/contact?from=/hire/${role.slug}`}>Send us a contact request</TextLink> and we will reply
          within one business day.
        </p>
        <p className="mt-3 text-ink-muted">
          What happens after that? <TextLink href="/how-it-works">How hiring works</TextLink>: each step and its usual
          time, the hiring models and answers to common questions.
        </p>
      </Section>
    </>
  );
}
