import "server-only";
import { cookies } from "next/headers";
import { parseTimeZone } from "@/domain/time-zones";
import { TZ_COOKIE } from "@/domain/tz-cookie";

/** The zone the person reading a signed-in page is in (their browser says so through a cookie), else UTC. */
export async function readerTimeZone(): Promise<string> {
  return parseTimeZone((await cookies()).get(TZ_COOKIE)?.value);
}

/** The zone the browser told the server (its cookie), or null when it has not: then a page may not assume UTC. */
export async function readerTimeZoneIfKnown(): Promise<string | null> {
  const value = (await cookies()).get(TZ_COOKIE)?.value;
  return value ? parseTimeZone(value) : null;
}
