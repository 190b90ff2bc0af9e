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
    <section id={id} aria-labelledby={`${id}-title`} className={tone === "muted" ? "section section-muted" : "section"}>
      <Container>
        <div className="section-head">
          {eyebrow ? <Eyebrow>{eyebrow}</Eyebrow> : null}
          <h2 id={`${id}-title`} className="section-title">
            {title}
          </h2>
          {intro ? <div className="section-intro">{intro}</div> : null}
        </div>
        {children}
      </Container>
    </section>
  );
}
