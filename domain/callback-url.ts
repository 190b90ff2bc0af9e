/**
 * Where to go after signing in: a place on this site only. Judged by parsing, as the browser will,
 * not by prefix: `/%09/evil.example` is `//evil.example` once the parser drops tabs and newlines.
 * Returns the path, query and hash, with leading slashes collapsed so the result cannot be read as
 * `//host` again (`/.//evil.example` parses to the path `//evil.example`).
 */
export function safeCallbackUrl(value: unknown, fallback: string, origin: string): string {
  if (typeof value !== "string" || value === "" || !URL.canParse(value, origin)) return fallback;
  const url = new URL(value, origin);
  if (url.origin !== new URL(origin).origin) return fallback;
  return url.pathname.replace(/^\/+/, "/") + url.search + url.hash;
}
