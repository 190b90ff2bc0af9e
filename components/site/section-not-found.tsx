import type { ReactNode } from "react";
import { ButtonLink } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";

/** A section's not-found.tsx (the dashboard, the account): the 404 message inside the section's layout. */
export function SectionNotFound({
  children,
  home,
  titleSize,
}: {
  children: ReactNode;
  home: { href: string; label: string };
  titleSize: "page" | "admin";
}) {
  return (
    <>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <PageTitle size={titleSize} className="mt-2">
        We could not find that page
      </PageTitle>
      <p className="mt-4 max-w-xl text-ink-muted">{children}</p>
      <div className="mt-8">
        <ButtonLink href={home.href}>{home.label}</ButtonLink>
      </div>
    </>
  );
}
