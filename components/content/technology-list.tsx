import { Card } from "@/components/ui/card";

type Technology = { id: number; name: string; creator: string; year: number };

export function TechnologyList({ technologies }: { technologies: Technology[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
      {technologies.map((tech) => (
        <Card as="li" key={tech.id}>
          <h3 className="text-lg font-bold">{tech.name}</h3>
          <p className="tech-facts">
            Created by <b>{tech.creator}</b>
            <br />
            First released in <b>{tech.year}</b>
          </p>
        </Card>
      ))}
    </ul>
  );
}
