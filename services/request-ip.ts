import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER } from "@/server/trusted-proxies.cjs";

/**
 * The client's address as server/preload.cjs resolved it from the socket (and, only behind a
 * trusted proxy, X-Forwarded-For). That preload overwrites any value the client sent in this header;
 * a production server does not start without it (instrumentation.ts).
 */
export function clientIpFrom(source: Headers | Record<string, unknown> | undefined): string {
  const value = source instanceof Headers ? source.get(CLIENT_ADDRESS_HEADER) : source?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value !== "" ? value : "unknown";
}

export async function clientIp(): Promise<string> {
  return clientIpFrom(await headers());
}
