import { Card } from "@/components/ui/card";

type UseCase = { id: number; title: string; description: string };

export function UseCaseGrid({ useCases }: { useCases: UseCase[] }) {
  return (
    <ol className="numbered grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {useCases.map((useCase) => (
        <Card as="li" key={useCase.id}>
          <h3 className="font-semibold">{useCase.title}</h3>
          <p className="item-text">{useCase.description}</p>
        </Card>
      ))}
    </ol>
  );
}
