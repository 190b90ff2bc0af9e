"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useLayoutEffect } from "react";

const PENDING = "data-zone-pending";

/**
 * When the address names no zone, loads the page in the browser's own (once); the visitor can still
 * pick another. Until then the times stay unseen (`data-zone-pending`, set before paint here and, on
 * a first page load, by the scheduler's inline script), so UTC times never flash.
 */
export function TimeZoneDetector() {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();

  useLayoutEffect(() => {
    const root = document.documentElement;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (params.get("tz") || !zone || zone === "UTC") {
      root.removeAttribute(PENDING);
      return;
    }
    root.setAttribute(PENDING, "");
    const next = new URLSearchParams(params);
    next.set("tz", zone);
    router.replace(`${pathname}?${next.toString()}`, { scroll: false });
  }, [params, pathname, router]);

  return null;
}
