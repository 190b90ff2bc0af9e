"use client";

import { useEffect } from "react";
import { buttonBaseClass, buttonVariantClasses, containerClass, pageTitleSizes } from "@/components/ui/styles";

export default function SiteError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <div className={`${containerClass} py-20 sm:py-28`}>
      <h1 className={pageTitleSizes.page}>Something went wrong on our side</h1>
      <p className="mt-4 max-w-xl text-ink-muted">
        The page could not be shown. Please try again in a moment.
        {error.digest ? ` If it keeps happening, quote reference ${error.digest}.` : null}
      </p>
      <button type="button" className={`${buttonBaseClass} ${buttonVariantClasses.primary} mt-8`} onClick={retry}>
        Try again
      </button>
    </div>
  );
}
