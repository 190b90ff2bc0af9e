import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { Eyebrow } from "@/components/ui/eyebrow";
import { PageTitle } from "@/components/ui/page-title";
import { Section } from "@/components/ui/section";
import { candidateStageText } from "@/domain/labels";

export const metadata: Metadata = {
  title: "Join as a backend developer",
  description:
    "Apply once with your profile and CV, follow every vetting stage online, and get introduced to companies hiring backend developers.",
  alternates: { canonical: "/join" },
  openGraph: { url: "/join", title: "Join as a backend developer" },
};

const reasons = [
  {
    title: "Backend work only",
    text: "APIs, data, infrastructure and security: every company we work with is hiring for the server side.",
  },
  {
    title: "One application",
    text: "Apply once. After vetting we propose you to every company whose needs match your profile.",
  },
  {
    title: "You see where you stand",
    text: "Your account shows the stage of your application and its history, in plain words.",
  },
  {
    title: "Your data stays yours",
    text: "Download everything we hold about you, or delete your account, at any time.",
  },
];

const steps = (["submitted", "screening", "technical_interview", "vetted", "placed"] as const).map(
  (stage) => candidateStageText[stage],
);

export default function JoinPage() {
  return (
    <>
      <div className="bg-gradient-to-b from-brand-50 to-white">
        <Container className="py-16 sm:py-24">
          <Eyebrow>For backend developers</Eyebrow>
          <PageTitle size="hero" className="mt-3 sm:text-5xl">
            Find your next backend role through Bedrock Talent
          </PageTitle>
          <p className="mt-5 max-w-2xl text-lg leading-8 text-ink-muted">
            Create an account, complete your profile with your CV, and we take it from there: screening, a technical
            interview, then introductions to companies.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/register">Create your account</ButtonLink>
            <ButtonLink href="/login" variant="secondary">
              Sign in
            </ButtonLink>
          </div>
        </Container>
      </div>
      <Section id="why" eyebrow="Why join" title="Built for backend engineers">
        <ul className="grid gap-4 md:grid-cols-2">
          {reasons.map((reason) => (
            <Card as="li" key={reason.title}>
              <h3 className="font-semibold">{reason.title}</h3>
              <p className="mt-2 text-sm leading-6 text-ink-muted">{reason.text}</p>
            </Card>
          ))}
        </ul>
      </Section>
      <Section id="stages" tone="muted" eyebrow="After you apply" title="What happens next">
        <ol className="grid gap-4 md:grid-cols-5">
          {steps.map((step, index) => (
            <Card as="li" key={step.title}>
              <p className="text-sm font-semibold text-brand-700">Step {index + 1}</p>
              <h3 className="mt-1 font-semibold">{step.title}</h3>
              <p className="mt-2 text-sm leading-6 text-ink-muted">{step.text}</p>
            </Card>
          ))}
        </ol>
        <ButtonLink href="/register" className="mt-8">
          Apply now
        </ButtonLink>
      </Section>
    </>
  );
}
