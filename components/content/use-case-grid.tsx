import { Card } from "@/components/ui/card";

type UseCase = { id: number; title: string; description: string };

export function UseCaseGrid({ useCases }: { useCases: UseCase[] }) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {useCases.map((useCase, index) => (
        <Card as="li" key={useCase.id} className="flex gap-4">
          <span
            aria-hidden="true"
            className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold text-brand-800"
          >
            {index + 1}
          </span>
          <div>
            <h3 className="font-semibold">{useCase.title}</h3>
            <p className="mt-1 text-sm leading-6 text-ink-muted">{useCase.description}</p>
          </div>
        </Card>
      ))}
    </ol>
  );
}
