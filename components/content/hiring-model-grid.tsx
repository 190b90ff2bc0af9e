import { Card } from "@/components/ui/card";
import { Eyebrow } from "@/components/ui/eyebrow";

type HiringModel = { id: number; name: string; description: string; bestFor: string };

export function HiringModelGrid({ models }: { models: HiringModel[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-3">
      {models.map((model) => (
        <Card as="li" raised key={model.id}>
          <h3 className="text-lg font-semibold">{model.name}</h3>
          <p className="mt-2 text-sm leading-6 text-ink-muted">{model.description}</p>
          <dl className="mt-4">
            <Eyebrow as="dt">Best for</Eyebrow>
            <dd className="mt-1 text-sm leading-6">{model.bestFor}</dd>
          </dl>
        </Card>
      ))}
    </ul>
  );
}
