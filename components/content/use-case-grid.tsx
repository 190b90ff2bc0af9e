type UseCase = { id: number; title: string; description: string };

export function UseCaseGrid({ useCases }: { useCases: UseCase[] }) {
  return (
    <ol className="numbered grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {useCases.map((useCase) => (
        <li key={useCase.id} className="card">
          <h3 className="font-semibold">{useCase.title}</h3>
          <p className="item-text">{useCase.description}</p>
        </li>
      ))}
    </ol>
  );
}
