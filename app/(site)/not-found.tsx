import type { Metadata } from "next";
import { notFoundContent } from "@/components/site/not-found-content";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** A public page that calls notFound() (an unknown role, guide or manage link): the site layout already draws the header and footer. */
export default function SiteNotFound() {
  return notFoundContent;
}
