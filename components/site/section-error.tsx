"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { buttonBaseClass, buttonVariantClasses, pageTitleSizes } from "@/components/ui/styles";

/**
 * A section's error.tsx (the dashboard, the account): the page that failed is replaced inside the
 * section's layout, so its navigation stays. An error thrown on the server reaches the browser as a
 * generic one with a digest, the key to the server's log entry: that is all that is shown of it.
 */
export function SectionError({
  error,
  retry,
  home,
  titleSize,
}: {
  error: unknown;
  retry: () => void;
  home: { href: string; label: string };
  titleSize: "page" | "admin";
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The message takes the place of what the person was reading or opening: they continue from it.
  useEffect(() => heading.current?.focus(), []);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  return (
    <>
      <h1 ref={heading} tabIndex={-1} className={pageTitleSizes[titleSize]}>
        Something went wrong on our side
      </h1>
      <p className="mt-4 max-w-xl text-ink-muted">
        This page could not be shown. Please try again in a moment.
        {digest ? ` The error is logged under reference ${digest}: quote it if it keeps happening.` : null}
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <button type="button" className={`${buttonBaseClass} ${buttonVariantClasses.primary}`} onClick={retry}>
          Try again
        </button>
        <Link href={home.href} className={`${buttonBaseClass} ${buttonVariantClasses.secondary}`}>
          {home.label}
        </Link>
      </div>
    </>
  );
}
