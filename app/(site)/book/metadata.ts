import type { Metadata } from "next";

/** /book's metadata; its variants (another zone, another day) point search engines to /book and are not indexed. */
export const bookingMetadata = ({ indexable }: { indexable: boolean }): Metadata => ({
  title: "Book a 30-minute discovery call",
  description:
    "Pick a time for a 30-minute discovery call with a Talent Expert about your project challenges, technical needs and team.",
  alternates: { canonical: "/book" },
  openGraph: { url: "/book", title: "Book a 30-minute discovery call" },
  ...(indexable ? {} : { robots: { index: false, follow: true } }),
});
