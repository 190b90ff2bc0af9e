import type { Metadata } from "next";
import { NotFoundContent } from "@/components/site/not-found-content";
import { NotFoundShell } from "@/components/site/not-found-shell";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

/** Every 404: an address no route matches, and a page that calls notFound() (an unknown role, guide or manage link). */
export default function NotFound() {
  return (
    <NotFoundShell>
      <NotFoundContent />
    </NotFoundShell>
  );
}
