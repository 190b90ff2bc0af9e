import type { Metadata } from "next";
import { notFoundContent } from "@/components/site/not-found-content";
import { SiteShell } from "@/components/site/site-shell";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/**
 * Every 404: an address no route matches, and a page that calls notFound() (an unknown role, guide
 * or manage link), in the site's header and footer. As the root layout's boundary it is part of
 * every page's React payload, header and footer included (drawing them with a client component
 * instead would add 14 kB of JavaScript to every page): so the shell's markup is kept short.
 */
export default function NotFound() {
  return <SiteShell>{notFoundContent}</SiteShell>;
}
