import { env } from "./env";

export const siteUrl = new URL(env.SITE_URL);

/**
 * Whether the public site is served over https, as every real deployment is. The local production
 * build (`npm start`, the e2e suite) runs over plain http://127.0.0.1, where a Secure cookie would
 * never be sent back, so "production" for cookies means the site's own URL, not NODE_ENV.
 */
export const isHttpsSite = siteUrl.protocol === "https:";

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}

/**
 * The role and the guide the site is built around (the header links both). Each has a static route of
 * its own, app/(site)/hire/backend and app/(site)/guides/backend-development, which Next serves
 * without matching the dynamic routes (about a tenth more requests answered). The seed creates both,
 * and the editor can neither rename nor delete a role or a guide.
 */
export const FLAGSHIP_ROLE = "backend";
export const FLAGSHIP_GUIDE = "backend-development";
