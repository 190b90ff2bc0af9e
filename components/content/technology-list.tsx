import { Card } from "@/components/ui/card";

type Technology = { id: number; name: string; creator: string; year: number };

export function TechnologyList({ technologies }: { technologies: Technology[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      {technologies.map((tech) => (
        <Card as="li" key={tech.id}>
          <h3 className="text-lg font-bold">{tech.name}</h3>
          <p className="mt-2 text-sm text-ink-muted">
            Created by <span className="font-medium text-ink">{tech.creator}</span>
          </p>
          <p className="text-sm text-ink-muted">
            First released in <span className="font-medium text-ink">{tech.year}</span>
          </p>
        </Card>
      ))}
    </ul>
  );
}
