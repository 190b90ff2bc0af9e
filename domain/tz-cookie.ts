/** The browser's time zone, remembered for signed-in pages (a preference, not a secret). */
export const TZ_COOKIE = "tz";
