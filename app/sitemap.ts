import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/config/site";
import { listGuides, listRoles } from "@/db/queries/content";
import { listDirectoryEntries } from "@/db/queries/directory";

/**
 * Prerendered, and expired with the content pages whenever a profile comes into the directory or
 * leaves it (services/revalidate-content.ts). The age limit heals what nothing expires: a render
 * that raced such a change, or an account the inactivity rule erased outside the server.
 */
export const revalidate = 60;

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [roles, guides, developers] = await Promise.all([listRoles(), listGuides(), listDirectoryEntries()]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/book"), changeFrequency: "daily", priority: 0.9 },
    { url: absoluteUrl("/how-it-works"), changeFrequency: "monthly", priority: 0.8 },
    { url: absoluteUrl("/contact"), changeFrequency: "yearly", priority: 0.8 },
    { url: absoluteUrl("/join"), changeFrequency: "monthly", priority: 0.8 },
    { url: absoluteUrl("/privacy"), changeFrequency: "yearly", priority: 0.2 },
    { url: absoluteUrl("/developers"), changeFrequency: "daily", priority: 0.8 },
    // Listed profiles only: one that leaves the directory leaves the sitemap at once (see `revalidate`).
    ...developers.map((developer) => ({
      url: absoluteUrl(`/developers/${developer.publicId}`),
      lastModified: developer.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.5,
    })),
    ...roles.map((role) => ({
      url: absoluteUrl(`/hire/${role.slug}`),
      lastModified: role.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.9,
    })),
    ...guides.map((guide) => ({
      url: absoluteUrl(`/guides/${guide.slug}`),
      lastModified: guide.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.7,
    })),
  ];
}
