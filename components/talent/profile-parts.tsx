import { Card } from "@/components/ui/card";
import { monthLabel } from "@/domain/directory";
import { formatDate } from "@/domain/format";
import { availabilityLabels, englishLevelLabels, recommendationLabels, timeZoneLabel } from "@/domain/labels";
import type { Recommendation } from "@/domain/vocabulary";

/*
 * The pieces of an anonymised candidate that shortlists and the public directory show alike.
 */

export function SkillList({ skills, className = "mt-3" }: { skills: string[]; className?: string }) {
  if (skills.length === 0) return null;
  return (
    <ul aria-label="Skills" className={`${className} flex flex-wrap gap-2`}>
      {skills.map((skill) => (
        <li key={skill} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
          {skill}
        </li>
      ))}
    </ul>
  );
}

export function FactList({ facts, className = "mt-4" }: { facts: [string, string][]; className?: string }) {
  return (
    <dl className={`${className} grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2`}>
      {facts.map(([label, value]) => (
        <div key={label}>
          <dt className="text-ink-muted">{label}</dt>
          <dd className="font-medium">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

type Candidate = {
  yearsExperience: number | null;
  timeZone: string | null;
  utcOffset: string | null;
  overlapHours: number | null;
  availability: string | null;
  earliestStart: string | null;
  englishLevel: string | null;
};

export const yearsText = (years: number | null) =>
  years === null ? "—" : `${years} ${years === 1 ? "year" : "years"}`;

/** "Europe/Berlin (UTC+1) · 6 hours in common with a 9:00–17:00 day in New York", or "—". */
export function zoneText(candidate: Candidate, otherZone: string | null) {
  if (!candidate.timeZone) return "—";
  const overlap = candidate.overlapHours;
  const common =
    overlap !== null && otherZone
      ? ` · ${overlap} ${overlap === 1 ? "hour" : "hours"} in common with a 9:00–17:00 day in ${timeZoneLabel(otherZone)}`
      : "";
  return `${timeZoneLabel(candidate.timeZone)} (${candidate.utcOffset})${common}`;
}

export function availabilityText(candidate: Candidate) {
  return (
    [
      candidate.availability ? availabilityLabels[candidate.availability as keyof typeof availabilityLabels] : null,
      candidate.earliestStart ? `from ${formatDate(new Date(`${candidate.earliestStart}T00:00:00Z`))}` : null,
    ]
      .filter(Boolean)
      .join(", ") || "—"
  );
}

export const englishText = (level: string | null) =>
  level ? englishLevelLabels[level as keyof typeof englishLevelLabels] : "—";

export function ScorecardSummary({
  scorecard,
}: {
  scorecard: { ratings: { competence: string; rating: number }[]; recommendation: Recommendation; strengths: string };
}) {
  return (
    <div className="mt-4 rounded-lg border border-line p-4">
      <h3 className="text-sm font-semibold">
        Our vetting scorecard · recommendation: {recommendationLabels[scorecard.recommendation]}
      </h3>
      <ul aria-label="Ratings" className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {scorecard.ratings.map((entry) => (
          <li key={entry.competence}>
            {entry.competence}: <strong>{entry.rating}/5</strong>
          </li>
        ))}
      </ul>
      {scorecard.strengths ? (
        <p className="mt-2 whitespace-pre-wrap text-sm">Strengths: {scorecard.strengths}</p>
      ) : null}
    </div>
  );
}

type Position = {
  id: number;
  role: string;
  companyKind: string;
  startMonth: string;
  endMonth: string | null;
  summary: string;
};
type Project = { id: number; name: string; summary: string };

/** Under a page's title (2: the directory profile) or a card's (3: a shortlist's candidate). */
const HEADINGS = {
  2: { Title: "h2", Entry: "h3", title: "text-2xl font-bold", space: "mt-10" },
  3: { Title: "h3", Entry: "h4", title: "text-lg font-semibold", space: "mt-6" },
} as const;

/** Positions, newest first, as companies read them: the kind of company, never its name. `id` names the heading. */
export function WorkHistory({ positions, id, level }: { positions: Position[]; id: string; level: 2 | 3 }) {
  if (positions.length === 0) return null;
  const { Title, Entry, title, space } = HEADINGS[level];
  return (
    <section aria-labelledby={id} className={space}>
      <Title id={id} className={title}>
        Work history
      </Title>
      <ol className="mt-4 space-y-4">
        {positions.map((position) => (
          <li key={position.id} className="border-l-2 border-brand-200 pl-4">
            <Entry className="font-semibold">{position.role}</Entry>
            <p className="text-sm text-ink-muted">
              {position.companyKind} · {monthLabel(position.startMonth)}–{monthLabel(position.endMonth)}
            </p>
            <p className="mt-1 whitespace-pre-wrap">{position.summary}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function NotableProjects({ projects, id, level }: { projects: Project[]; id: string; level: 2 | 3 }) {
  if (projects.length === 0) return null;
  const { Title, Entry, title, space } = HEADINGS[level];
  return (
    <section aria-labelledby={id} className={space}>
      <Title id={id} className={title}>
        Notable projects
      </Title>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {projects.map((project) => (
          <li key={project.id}>
            <Card className="h-full p-5">
              <Entry className="font-semibold">{project.name}</Entry>
              <p className="mt-1 whitespace-pre-wrap text-sm">{project.summary}</p>
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
