"use client";

import { useEffect } from "react";
import { currentZoneName } from "@/domain/zone-names";

/**
 * Chooses the browser's own zone in a zone select that the address and cookie left at UTC, without
 * loading the page again: the visitor's next "Show developers" counts overlap in their zone.
 */
export function BrowserZoneDefault({ selectId }: { selectId: string }) {
  useEffect(() => {
    const select = document.getElementById(selectId);
    // Chromium says "Asia/Calcutta"; the list has "Asia/Kolkata".
    const zone = currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone);
    if (!(select instanceof HTMLSelectElement) || !zone) return;
    if ([...select.options].some((option) => option.value === zone)) select.value = zone;
  }, [selectId]);
  return null;
}
