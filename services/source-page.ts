import "server-only";
import { headers } from "next/headers";

/**
 * The `from` of the page a form was sent from (`/contact?from=/hire/backend` → "/hire/backend"),
 * read from the post's Referer: a browser sends this site's full address to itself
 * (Referrer-Policy: strict-origin-when-cross-origin). Without one (a privacy setting), "".
 * The caller validates it like any field.
 */
export async function sourcePageFromReferer(): Promise<string> {
  const referer = (await headers()).get("referer");
  if (!referer || !URL.canParse(referer)) return "";
  return new URL(referer).searchParams.get("from") ?? "";
}
