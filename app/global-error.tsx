"use client";

import "./globals.css";
import { Button } from "@/components/ui/button";
import { PageTitle } from "@/components/ui/page-title";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="mx-auto max-w-xl px-4 py-20">
          <PageTitle>Something went wrong on our side</PageTitle>
          <p className="mt-4 text-ink-muted">
            Please try again in a moment.{error.digest ? ` Reference: ${error.digest}.` : null}
          </p>
          <Button type="button" onClick={reset} className="mt-8 text-base">
            Try again
          </Button>
        </main>
      </body>
    </html>
  );
}
