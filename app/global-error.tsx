"use client";

import "./globals.css";
import { buttonBaseClass, buttonVariantClasses, pageTitleSizes } from "@/components/ui/styles";

export default function GlobalError({ error, retry }: { error: Error & { digest?: string }; retry: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-xl px-4 py-20">
          <h1 className={pageTitleSizes.page}>Something went wrong on our side</h1>
          <p className="mt-4 text-ink-muted">
            Please try again in a moment.{error.digest ? ` Reference: ${error.digest}.` : null}
          </p>
          <button type="button" onClick={retry} className={`${buttonBaseClass} ${buttonVariantClasses.primary} mt-8`}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
