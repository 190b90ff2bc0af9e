import Link from "next/link";
import { Card } from "@/components/ui/card";
import { TextLink } from "@/components/ui/text-link";
import type { DirectoryCard } from "@/domain/directory";
import { directoryHref, parseDirectoryQuery } from "@/domain/directory";
import { timeZoneLabel } from "@/domain/labels";
import { yearsText } from "./profile-parts";

type Level = { seniority: string; total: number; cards: DirectoryCard[] };

/** A few listed developers per seniority level (the levels with some), each linking to its filtered directory. */
export function AvailableDevelopers({ levels }: { levels: Level[] }) {
  const shown = levels.filter((level) => level.total > 0);
  const all = parseDirectoryQuery({}, "UTC");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {shown.map((level) => (
        <Card as="section" key={level.seniority} aria-labelledby={`available-${level.seniority}`} className="p-5">
          <h3 id={`available-${level.seniority}`} className="text-lg font-semibold">
            {level.seniority}
          </h3>
          <ul className="mt-3 divide-y divide-line">
            {level.cards.map((card) => (
              <li key={card.publicId} className="py-2">
                <Link
                  href={`/developers/${card.publicId}`}
                  className="font-semibold underline-offset-4 hover:underline"
                >
                  {card.label}
                </Link>
                <span className="text-sm text-ink-muted">
                  {" "}
                  · {yearsText(card.yearsExperience)}
                  {card.timeZone ? ` · ${timeZoneLabel(card.timeZone)}` : ""}
                </span>
                {card.headline ? <p className="text-sm">{card.headline}</p> : null}
              </li>
            ))}
          </ul>
          <TextLink href={directoryHref(all, { seniority: level.seniority })} className="mt-3 inline-block text-sm">
            See all {level.total} {level.seniority.toLowerCase()} developers
          </TextLink>
        </Card>
      ))}
    </div>
  );
}
