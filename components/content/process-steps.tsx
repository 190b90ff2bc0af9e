import { Card } from "@/components/ui/card";

type Step = { id: number; title: string; description: string; duration: string };

/** The steps from a request to a hire, in order, each with how long it usually takes. */
export function ProcessSteps({ steps }: { steps: Step[] }) {
  return (
    <ol className="numbered max-w-3xl space-y-4">
      {steps.map((step) => (
        <Card as="li" key={step.id}>
          <h3 className="font-semibold">{step.title}</h3>
          <dl>
            <dt className="sr-only">How long it usually takes</dt>
            <dd className="mt-1 text-sm font-semibold text-brand-700">{step.duration}</dd>
          </dl>
          <p className="item-text mt-2">{step.description}</p>
        </Card>
      ))}
    </ol>
  );
}
