import type { ReactNode } from "react";
import { Container } from "./container";
import { Eyebrow } from "./eyebrow";

/** A page section with an id-linked heading, so each section is a named landmark for screen readers. */
export function Section({
  id,
  eyebrow,
  title,
  intro,
  children,
  tone = "plain",
}: {
  id: string;
  eyebrow?: string;
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  tone?: "plain" | "muted";
}) {
  return (
    <section
      id={id}
      aria-labelledby={`${id}-title`}
      className={tone === "muted" ? "bg-surface-muted py-14 sm:py-20" : "py-14 sm:py-20"}
    >
      <Container>
        <div className="max-w-3xl">
          {eyebrow ? <Eyebrow>{eyebrow}</Eyebrow> : null}
          <h2 id={`${id}-title`} className="mt-2 text-2xl font-bold tracking-tight sm:text-3xl">
            {title}
          </h2>
          {intro ? <div className="mt-3 text-base leading-7 text-ink-muted">{intro}</div> : null}
        </div>
        <div className="mt-8">{children}</div>
      </Container>
    </section>
  );
}
