import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";

/** The 404 message: shown by the root not-found page (in the site's shell) and by the public pages' own (inside it). */
export function NotFoundContent() {
  return (
    <Container className="py-20 sm:py-28">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight sm:text-4xl">We could not find that page</h1>
      <p className="mt-4 max-w-xl text-ink-muted">The link may be out of date, or the page may have moved. These are good places to continue:</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/">Go to the home page</ButtonLink>
        <ButtonLink href="/hire/backend" variant="secondary">
          Hire backend developers
        </ButtonLink>
      </div>
    </Container>
  );
}
