import { Card } from "@/components/ui/card";
import { StepNumber } from "@/components/ui/step-number";

type Step = { id: number; title: string; description: string; duration: string };

/** The steps from a request to a hire, in order, each with how long it usually takes. */
export function ProcessSteps({ steps }: { steps: Step[] }) {
  return (
    <ol className="max-w-3xl space-y-4">
      {steps.map((step, index) => (
        <Card as="li" key={step.id} className="flex gap-4">
          <StepNumber n={index + 1} />
          <div className="min-w-0">
            <h3 className="font-semibold">{step.title}</h3>
            <dl>
              <dt className="sr-only">How long it usually takes</dt>
              <dd className="mt-1 text-sm font-semibold text-brand-700">{step.duration}</dd>
            </dl>
            <p className="mt-2 text-sm leading-6 text-ink-muted">{step.description}</p>
          </div>
        </Card>
      ))}
    </ol>
  );
}
