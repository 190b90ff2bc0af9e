import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { isCachedBookingPage } from "@/domain/booking-address";
import { BookingScheduler } from "../../../booking-scheduler";
import { bookingMetadata } from "../../../metadata";

/**
 * /book and /book?tz=…&day=… for a listed zone and a near day (next.config.ts and proxy.ts rewrite
 * them here; this address itself is not public). Rendered on the first request for each zone and day,
 * then served from Next's cache: again after a minute (past times drop off, "today" moves), and at
 * once after anything that changes the free times (a booking, a cancellation, a move, an expert's
 * hours, time off or rules: services/revalidate-content.ts). The database constraint, not this page,
 * is what stops a double booking: a time taken a moment ago is refused with the nearest free ones.
 */
export const revalidate = 60;

export async function generateStaticParams(): Promise<{ zone: string; day: string }[]> {
  return [];
}

type Props = { params: Promise<{ zone: string; day: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { zone, day } = await params;
  // Only the page in UTC for the first free day is /book itself; the others are its variants.
  return bookingMetadata({ indexable: decodeURIComponent(zone) === "UTC" && day === "first" });
}

export default async function CachedBookPage({ params }: Props) {
  const { zone: encoded, day } = await params;
  const zone = decodeURIComponent(encoded);
  if (!isCachedBookingPage(zone, day)) notFound();
  return <BookingScheduler timeZone={zone} day={day === "first" ? undefined : day} zoneInAddress={zone !== "UTC"} />;
}
