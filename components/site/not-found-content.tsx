import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { PageTitle } from "@/components/ui/page-title";

/** The 404 message, inside the site's header and footer (app/not-found.tsx). */
function NotFoundContent() {
  return (
    <Container className="py-20 sm:py-28">
      <p className="text-sm font-semibold text-brand-700">404</p>
      <PageTitle className="mt-2 sm:text-4xl">We could not find that page</PageTitle>
      <p className="mt-4 max-w-xl text-ink-muted">
        The link may be out of date, or the page may have moved. These are good places to continue:
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <ButtonLink href="/">Go to the home page</ButtonLink>
        <ButtonLink href="/hire/backend" variant="secondary">
          Hire backend developers
        </ButtonLink>
      </div>
    </Container>
  );
}

/**
 * The root not-found page and the public pages' own both draw it, and both boundaries are part of
 * every page's React payload: one element, which React sends once and then refers to.
 */
export const notFoundContent = <NotFoundContent />;
