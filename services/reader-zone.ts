import "server-only";
import { cookies } from "next/headers";
import { parseTimeZone } from "@/domain/time-zones";
import { TZ_COOKIE } from "@/domain/tz-cookie";

/** The zone the person reading a signed-in page is in (their browser says so through a cookie), else UTC. */
export async function readerTimeZone(): Promise<string> {
  return parseTimeZone((await cookies()).get(TZ_COOKIE)?.value);
}
