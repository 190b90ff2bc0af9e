import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonTable } from "@/components/content/comparison-table";
import { GuideSectionItems } from "@/components/content/guide-section-items";
import { JsonLd } from "@/components/site/json-ld";
import { SITE_NAME } from "@/components/site/logo";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { Eyebrow } from "@/components/ui/eyebrow";
import { PageTitle } from "@/components/ui/page-title";
import { absoluteUrl, FLAGSHIP_GUIDE } from "@/config/site";
import { getGuidePage, listGuides } from "@/db/queries/content";
import { formatDate } from "@/domain/format";

type Props = { params: Promise<{ slug: string }> };

/**
 * Content edits revalidate this page at once (services/revalidate-content.ts). A visitor's render that
 * began before an edit and ended after it is stored as of its start, so the edit expires it too
 * (server/cache-handler.cjs). The minute's age limit is a backstop for changes no edit announces.
 */
export const revalidate = 60;

/**
 * Only the guides the build knew (guides come with the code's seed; the editor changes them, it does
 * not add any): any other /guides/<slug> is the site's 404 without reaching the page or the cache.
 */
export const dynamicParams = false;

/** The flagship guide has its own static route (config/site.ts). */
export async function generateStaticParams() {
  return (await listGuides()).filter((guide) => guide.slug !== FLAGSHIP_GUIDE).map((guide) => ({ slug: guide.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guide = await getGuidePage((await params).slug);
  if (!guide) return {};
  const path = `/guides/${guide.slug}`;
  return {
    title: guide.title,
    description: guide.description,
    alternates: { canonical: path },
    openGraph: {
      type: "article",
      title: guide.title,
      description: guide.description,
      url: path,
      publishedTime: guide.publishedAt.toISOString(),
      modifiedTime: guide.updatedAt.toISOString(),
    },
  };
}

export default async function GuidePage({ params }: Props) {
  const guide = await getGuidePage((await params).slug);
  if (!guide) notFound();

  return (
    <article>
      <JsonLd
        data={{
          "@type": "Article",
          headline: guide.title,
          description: guide.description,
          datePublished: guide.publishedAt.toISOString(),
          dateModified: guide.updatedAt.toISOString(),
          mainEntityOfPage: absoluteUrl(`/guides/${guide.slug}`),
          author: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
          publisher: { "@type": "Organization", name: SITE_NAME, url: absoluteUrl("/") },
        }}
      />
      <header className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-14 sm:py-20">
          <Badge>Guide</Badge>
          <PageTitle size="hero" className="mt-4 sm:text-5xl">
            {guide.title}
          </PageTitle>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-ink-muted">{guide.description}</p>
          <p className="mt-4 text-sm text-ink-muted">
            Published <time dateTime={guide.publishedAt.toISOString()}>{formatDate(guide.publishedAt)}</time>
          </p>
        </Container>
      </header>

      <Container className="grid gap-10 pb-20 lg:grid-cols-[14rem_1fr]">
        <nav aria-label="On this page" className="guide-toc lg:sticky lg:top-24 lg:self-start">
          <Eyebrow as="h2" tone="muted">
            On this page
          </Eyebrow>
          <ol>
            {guide.sections.map((section) => (
              <li key={section.id}>
                <a href={`#${section.key}`}>{section.heading}</a>
              </li>
            ))}
          </ol>
        </nav>

        <div className="min-w-0 max-w-3xl space-y-14">
          {guide.sections.map((section) => (
            <section
              key={section.id}
              id={section.key}
              aria-labelledby={`${section.key}-title`}
              className="guide-section"
            >
              <h2 id={`${section.key}-title`}>{section.heading}</h2>
              {section.body ? <p className="guide-text">{section.body}</p> : null}
              {section.items.length > 0 ? <GuideSectionItems items={section.items} /> : null}
              {section.key === "comparison" ? (
                <div className="mt-6">
                  <ComparisonTable
                    rows={guide.comparisonRows}
                    caption="Frontend and backend development side by side"
                  />
                </div>
              ) : null}
            </section>
          ))}

          <aside aria-labelledby="guide-cta-title" className="rounded-(--radius-card) bg-brand-800 p-8 text-white">
            <h2 id="guide-cta-title" className="text-2xl font-bold">
              Ready to hire?
            </h2>
            <p className="mt-3 text-brand-100">
              See seniority levels, indicative salaries and the tools we vet for, then talk to a Talent Expert.
            </p>
            <ButtonLink href="/hire/backend" variant="secondary" className="mt-6">
              Hire backend developers
            </ButtonLink>
          </aside>
        </div>
      </Container>
    </article>
  );
}
