import { Card } from "@/components/ui/card";
import { StepNumber } from "@/components/ui/step-number";

type UseCase = { id: number; title: string; description: string };

export function UseCaseGrid({ useCases }: { useCases: UseCase[] }) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {useCases.map((useCase, index) => (
        <Card as="li" key={useCase.id} className="flex gap-4">
          <StepNumber n={index + 1} />
          <div>
            <h3 className="font-semibold">{useCase.title}</h3>
            <p className="mt-1 text-sm leading-6 text-ink-muted">{useCase.description}</p>
          </div>
        </Card>
      ))}
    </ol>
  );
}
