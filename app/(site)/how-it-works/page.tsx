import type { Metadata } from "next";
import { FaqList } from "@/components/content/faq-list";
import { HiringModelGrid } from "@/components/content/hiring-model-grid";
import { ProcessSteps } from "@/components/content/process-steps";
import { JsonLd } from "@/components/site/json-ld";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";
import { Section } from "@/components/ui/section";
import { TextAnchor, TextLink } from "@/components/ui/text-link";
import { getFeaturedRole, listSiteContent } from "@/db/queries/content";

const path = "/how-it-works";
const title = "How hiring backend developers with us works";
const description =
  "From your request to a hire: each step and how long it usually takes, the ways you can hire (full-time, contract or a team) and answers to the questions companies ask.";

export const metadata: Metadata = {
  title: "How it works",
  description,
  alternates: { canonical: path },
  openGraph: { title, description, url: path },
};

/**
 * Content edits revalidate this page at once (services/revalidate-content.ts). A visitor's render that
 * began before an edit and ended after it is stored as of its start, so the edit expires it too
 * (server/cache-handler.cjs). The minute's age limit is a backstop for changes no edit announces.
 */
export const revalidate = 60;

const sections = [
  { id: "how-it-works", label: "Steps" },
  { id: "hiring-models", label: "Hiring models" },
  { id: "faq", label: "Questions" },
];

export default async function HowItWorksPage() {
  const [{ steps, hiringModels, faqs }, role] = await Promise.all([listSiteContent(), getFeaturedRole()]);

  return (
    <>
      <JsonLd
        data={{
          "@type": "FAQPage",
          mainEntity: faqs.map((faq) => ({
            "@type": "Question",
            name: faq.question,
            acceptedAnswer: { "@type": "Answer", text: faq.answer },
          })),
        }}
      />
      <div className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-14 sm:py-20">
          <Badge>For companies</Badge>
          <PageTitle size="hero" className="mt-4 sm:text-5xl">
            {title}
          </PageTitle>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-ink-muted">
            Every step from your first message to a signed hire, how long each one usually takes, the ways you can hire,
            and straight answers to the questions companies ask us.
          </p>
          <nav aria-label="On this page" className="mt-6">
            <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
              {sections.map((section) => (
                <li key={section.id}>
                  <TextAnchor variant="quiet" href={`#${section.id}`}>
                    {section.label}
                  </TextAnchor>
                </li>
              ))}
            </ul>
          </nav>
        </Container>
      </div>

      <Section id="how-it-works" eyebrow="How it works" title="From your request to a hire">
        <ProcessSteps steps={steps} />
      </Section>

      <Section
        id="hiring-models"
        tone="muted"
        eyebrow="Hiring models"
        title="Full-time, contract or a whole team"
        intro={<p>Tell us on the discovery call which one suits you; we shortlist developers who want the same.</p>}
      >
        <HiringModelGrid models={hiringModels} />
      </Section>

      <Section id="faq" eyebrow="FAQ" title="Questions companies ask us">
        <FaqList faqs={faqs} />
        {role ? (
          <p className="mt-6 text-ink-muted">
            Planning a budget? See the{" "}
            <TextLink href={`/hire/${role.slug}`}>indicative salaries of {role.name.toLowerCase()}s by level</TextLink>.
          </p>
        ) : null}
      </Section>

      <Section
        id="start"
        tone="muted"
        eyebrow="Get started"
        title="Tell us who you need"
        intro={<p>Book a discovery call with a Talent Expert, or write to us first and we will come back to you.</p>}
      >
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/book">Book a call</ButtonLink>
          <ButtonLink href={`/contact?from=${path}`} variant="secondary">
            Send a request
          </ButtonLink>
        </div>
      </Section>
    </>
  );
}
