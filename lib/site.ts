import { env } from "./env";

export const siteUrl = new URL(env.SITE_URL);

export function absoluteUrl(path: string): string {
  return new URL(path, siteUrl).toString();
}
