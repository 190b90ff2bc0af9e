import type { Metadata } from "next";
import { BookingScheduler } from "./booking-scheduler";
import { bookingMetadata } from "./metadata";

/**
 * /book: the free times in UTC from the first free day, a static route served from Next's cache and
 * expired like its variants (app/(site)/book/in/[zone]/[day], where proxy.ts sends /book?tz=…&day=…):
 * after a minute, and at once when the free times change. As a page of its own it is served without
 * a rewrite or a match against the dynamic routes.
 */
export const revalidate = 60;

export const metadata: Metadata = bookingMetadata({ indexable: true });

export default function BookPage() {
  return <BookingScheduler timeZone="UTC" zoneInAddress={false} />;
}
