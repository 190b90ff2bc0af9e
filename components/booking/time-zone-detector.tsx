"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLayoutEffect } from "react";
import { currentZoneName } from "@/domain/zone-names";
import { ZONE_PENDING } from "./zone-pending";

/**
 * When the address names no zone, loads the page in the browser's own (once); the visitor can still
 * pick another. Until then the times stay unseen (see zone-pending.ts).
 */
export function TimeZoneDetector() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  useLayoutEffect(() => {
    const root = document.documentElement;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (params.get("tz") || !zone || zone === "UTC") {
      root.removeAttribute(ZONE_PENDING);
      return;
    }
    root.setAttribute(ZONE_PENDING, "");
    const next = new URLSearchParams(params);
    next.set("tz", currentZoneName(zone));
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  }, [params, pathname, router]);

  return null;
}
