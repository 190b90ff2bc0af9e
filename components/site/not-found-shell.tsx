"use client";

import type { ReactNode } from "react";
import { SiteShell } from "./site-shell";

/**
 * The site's header and footer around the not-found page, as a client component. The root layout's
 * not-found page is part of every page's React payload; as a server component its whole header and
 * footer were written out there again on every page (about 6 kB of each page's HTML). As a client
 * component it is one reference there, and the header and footer are rendered only on a 404.
 */
export function NotFoundShell({ children }: { children: ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
