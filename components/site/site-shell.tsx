import type { ReactNode } from "react";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/*
 * One element each for every shell: the site layout and the root not-found page (whose boundary is
 * part of every page's React payload) both draw the header and footer, and React writes an element
 * it has already sent as a reference to it instead of a second copy.
 */
const header = <SiteHeader />;
const footer = <SiteFooter />;

export function SiteShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      {header}
      <main id="main" className="flex-1" tabIndex={-1}>
        {children}
      </main>
      {footer}
    </div>
  );
}
