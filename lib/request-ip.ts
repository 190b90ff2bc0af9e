import "server-only";
import { headers } from "next/headers";

/**
 * The client's IP as the reverse proxy in front of the app reports it. Without a proxy these
 * headers can be forged, so the rate limit is a brake on abuse, not an identity.
 */
export async function clientIp(): Promise<string> {
  const list = await headers();
  const forwarded = list.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || list.get("x-real-ip")?.trim() || "unknown";
}
