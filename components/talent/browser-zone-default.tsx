"use client";

import { useEffect } from "react";

/**
 * Chooses the browser's own zone in a zone select that the address and cookie left at UTC, without
 * loading the page again: the visitor's next "Show developers" counts overlap in their zone.
 */
export function BrowserZoneDefault({ selectId }: { selectId: string }) {
  useEffect(() => {
    const select = document.getElementById(selectId);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!(select instanceof HTMLSelectElement) || !zone) return;
    if ([...select.options].some((option) => option.value === zone)) select.value = zone;
  }, [selectId]);
  return null;
}
