import type { Metadata } from "next";
import Link from "next/link";
import { BrowserZoneDefault } from "@/components/talent/browser-zone-default";
import { FactList, SkillList, yearsText, zoneText } from "@/components/talent/profile-parts";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { SelectField, TextField } from "@/components/ui/form-fields";
import { PageTitle } from "@/components/ui/page-title";
import { TextLink } from "@/components/ui/text-link";
import { listSkillOptions } from "@/db/queries/candidates";
import { listSeniorityOptions } from "@/db/queries/content";
import { searchDirectory } from "@/db/queries/directory";
import {
  DIRECTORY_PAGE_SIZE,
  type DirectoryCard,
  type DirectoryQuery,
  directoryHref,
  directorySortLabels,
  hasFilters,
  isFilteredView,
  overlapChoices,
  parseDirectoryQuery,
  profileHref,
  whyNoDevelopers,
} from "@/domain/directory";
import { availabilityLabels, optionsOf } from "@/domain/labels";
import { timeZoneChoices } from "@/domain/time-zones";
import { readerTimeZoneIfKnown } from "@/services/reader-zone";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const TITLE = "Vetted backend developers";
const DESCRIPTION =
  "Browse anonymised profiles of backend developers who passed our vetting and chose to be listed: skills, seniority, time zone, availability and what they built.";

/** The plain list is indexed; a filtered or re-sorted view is not (its canonical is the plain list). */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = parseDirectoryQuery(await searchParams, "UTC");
  const filtered = isFilteredView(query);
  const path = filtered || query.page === 1 ? "/developers" : `/developers?page=${query.page}`;
  return {
    title: TITLE,
    description: DESCRIPTION,
    alternates: { canonical: path },
    openGraph: { title: TITLE, description: DESCRIPTION, url: path },
    ...(filtered ? { robots: { index: false, follow: true } } : {}),
  };
}

export default async function DevelopersPage({ searchParams }: Props) {
  const params = await searchParams;
  const browserZone = await readerTimeZoneIfKnown();
  const query = parseDirectoryQuery(params, browserZone ?? "UTC");
  // Overlap is shown only against a zone the visitor gave (the form, or their browser's cookie), never an assumed UTC.
  const zoneKnown = query.zoneGiven || browserZone !== null;
  const [{ total, cards }, skills, seniorities] = await Promise.all([
    searchDirectory(query),
    listSkillOptions(),
    listSeniorityOptions(),
  ]);
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));

  return (
    <Container className="py-14 sm:py-20">
      <PageTitle className="sm:text-4xl">{TITLE}</PageTitle>
      <p className="mt-4 max-w-3xl text-lg leading-8 text-ink-muted">
        Every developer here passed our vetting and chose to be listed. Profiles are anonymised: you see what they work
        with and what they built, and ask to interview the ones you like. See{" "}
        <TextLink href="/how-it-works">how hiring through us works</TextLink>.
      </p>

      <div className="mt-10 grid gap-8 lg:grid-cols-[18rem_1fr]">
        <Filters query={query} zoneKnown={zoneKnown} skills={skills} seniorities={seniorities} />
        <section aria-labelledby="results-title">
          <h2 id="results-title" className="text-lg font-semibold" data-testid="directory-count">
            {total === 1 ? "1 developer" : `${total.toLocaleString("en-US")} developers`}
            {hasFilters(query) ? " match" : ""}
          </h2>
          {cards.length === 0 ? (
            <NoDevelopers query={query} total={total} />
          ) : (
            <ol className="mt-4 space-y-4">
              {cards.map((card) => (
                <li key={card.publicId}>
                  <DeveloperCard
                    card={card}
                    zone={zoneKnown ? query.zone : null}
                    href={profileHref(card.publicId, query)}
                  />
                </li>
              ))}
            </ol>
          )}
          {pages > 1 ? (
            <nav aria-label="Pages" className="mt-6 flex items-center justify-between gap-3 text-sm">
              <span className="text-ink-muted">
                Page {query.page} of {pages}
              </span>
              <span className="flex gap-2">
                {query.page > 1 ? (
                  <Link href={directoryHref(query, { page: query.page - 1 })} className={buttonClasses("secondary")}>
                    Previous
                  </Link>
                ) : null}
                {query.page < pages ? (
                  <Link href={directoryHref(query, { page: query.page + 1 })} className={buttonClasses("secondary")}>
                    Next
                  </Link>
                ) : null}
              </span>
            </nav>
          ) : null}
        </section>
      </div>
    </Container>
  );
}

/** An empty page says why, and offers to clear the filters only when it has some. */
function NoDevelopers({ query, total }: { query: DirectoryQuery; total: number }) {
  const ask = <TextLink href="/contact?from=/developers">tell us who you need</TextLink>;
  const why = whyNoDevelopers(query, total);
  return (
    <p className="mt-4 text-ink-muted">
      {why === "no-match" ? (
        <>
          No listed developer matches these filters. <TextLink href="/developers">Clear the filters</TextLink>, or {ask}{" "}
          and we will search our whole network.
        </>
      ) : why === "none-listed" ? (
        <>
          No developer is listed in the directory right now: {ask} and we will introduce vetted developers from our
          network.
        </>
      ) : (
        <>
          This page is past the end of the list.{" "}
          <TextLink href={directoryHref(query, { page: 1 })}>Back to the first page</TextLink>.
        </>
      )}
    </p>
  );
}

/** A plain GET form: every filter is in the URL, and it works without JavaScript. */
function Filters({
  query,
  zoneKnown,
  skills,
  seniorities,
}: {
  query: DirectoryQuery;
  zoneKnown: boolean;
  skills: string[];
  seniorities: string[];
}) {
  const any = (label: string) => ({ value: "", label });
  return (
    <Card as="section" aria-labelledby="filters-title" className="h-fit p-5">
      <h2 id="filters-title" className="text-lg font-semibold">
        Filter
      </h2>
      <form method="get" action="/developers" className="mt-4 space-y-4">
        <TextField
          name="skill"
          label="Skill"
          markOptional={false}
          maxLength={40}
          list="skill-options"
          hint="For example Go, Kafka or PostgreSQL."
          defaultValue={query.skill ?? ""}
        />
        <datalist id="skill-options">
          {skills.map((skill) => (
            <option key={skill} value={skill} />
          ))}
        </datalist>
        <SelectField
          name="seniority"
          label="Seniority"
          markOptional={false}
          defaultValue={query.seniority ?? ""}
          options={[any("Any level"), ...seniorities.map((level) => ({ value: level, label: level }))]}
        />
        <SelectField
          name="availability"
          label="Availability"
          markOptional={false}
          defaultValue={query.availability ?? ""}
          options={[any("Full-time or part-time"), ...optionsOf(availabilityLabels)]}
        />
        <SelectField
          name="overlap"
          label="Hours in common with your working day"
          markOptional={false}
          defaultValue={query.overlap ? String(query.overlap) : ""}
          options={[
            any("Any"),
            ...overlapChoices.map((hours) => ({ value: String(hours), label: `At least ${hours} hours` })),
          ]}
        />
        <SelectField
          name="tz"
          label="Your time zone"
          markOptional={false}
          defaultValue={query.zone}
          options={timeZoneChoices(query.zone)}
        />
        {zoneKnown ? null : <BrowserZoneDefault selectId="field-tz" />}
        <SelectField
          name="sort"
          label="Sort by"
          markOptional={false}
          defaultValue={query.sort}
          options={optionsOf(directorySortLabels)}
        />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className={buttonClasses("primary")}>
            Show developers
          </button>
          {isFilteredView(query) ? <TextLink href="/developers">Clear</TextLink> : null}
        </div>
      </form>
    </Card>
  );
}

function DeveloperCard({ card, zone, href }: { card: DirectoryCard; zone: string | null; href: string }) {
  return (
    <Card as="article" aria-labelledby={`developer-${card.publicId}`} className="p-5">
      <h3 id={`developer-${card.publicId}`} className="text-xl font-bold">
        <Link href={href} className="underline-offset-4 hover:underline">
          {card.label}
          <span className="sr-only">: {card.headline || "view the profile"}</span>
        </Link>
      </h3>
      {card.headline ? <p className="mt-1 text-ink-muted">{card.headline}</p> : null}
      <SkillList skills={card.skills.slice(0, 8)} />
      <FactList
        facts={[
          ["Seniority", card.seniority ?? "—"],
          ["Experience", yearsText(card.yearsExperience)],
          ["Time zone", zoneText(card, zone)],
          ["Availability", card.availability ? availabilityLabels[card.availability] : "—"],
        ]}
      />
    </Card>
  );
}
