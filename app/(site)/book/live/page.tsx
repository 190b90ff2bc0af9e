import type { Metadata } from "next";
import { connection } from "next/server";
import { parseTimeZone, unknownTimeZone } from "@/domain/time-zones";
import { BookingScheduler } from "../booking-scheduler";
import { bookingMetadata } from "../metadata";

export const metadata: Metadata = bookingMetadata({ indexable: false });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * /book?tz=…&day=… for what the cache does not keep (see domain/booking-address.ts): a zone alias,
 * a name that is no zone (times in UTC, and the page says so), a day far ahead. Rendered per request.
 */
export default async function LiveBookPage({ searchParams }: Props) {
  await connection();
  const params = await searchParams;
  return (
    <BookingScheduler
      timeZone={parseTimeZone(params.tz)}
      day={typeof params.day === "string" ? params.day : undefined}
      zoneInAddress={typeof params.tz === "string"}
      unknown={unknownTimeZone(params.tz)}
    />
  );
}
