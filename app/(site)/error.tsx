"use client";

import { useEffect } from "react";
import { Button } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";

export default function SiteError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <Container className="py-20 sm:py-28">
      <PageTitle>Something went wrong on our side</PageTitle>
      <p className="mt-4 max-w-xl text-ink-muted">
        The page could not be shown. Please try again in a moment.
        {error.digest ? ` If it keeps happening, quote reference ${error.digest}.` : null}
      </p>
      <Button className="mt-8" onClick={reset}>
        Try again
      </Button>
    </Container>
  );
}
