import { Card } from "@/components/ui/card";
import { Eyebrow } from "@/components/ui/eyebrow";

type Fact = { id: number; label: string; text: string };

export function QuickFacts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map((fact) => (
        <Card key={fact.id}>
          <Eyebrow as="dt">{fact.label}</Eyebrow>
          <dd className="mt-2 leading-7">{fact.text}</dd>
        </Card>
      ))}
    </dl>
  );
}
