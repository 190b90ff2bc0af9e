import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/config/site";
import { listGuides, listRoles } from "@/db/queries/content";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [roles, guides] = await Promise.all([listRoles(), listGuides()]);
  return [
    { url: absoluteUrl("/"), changeFrequency: "weekly", priority: 1 },
    { url: absoluteUrl("/book"), changeFrequency: "daily", priority: 0.9 },
    { url: absoluteUrl("/how-it-works"), changeFrequency: "monthly", priority: 0.8 },
    { url: absoluteUrl("/contact"), changeFrequency: "yearly", priority: 0.8 },
    { url: absoluteUrl("/join"), changeFrequency: "monthly", priority: 0.8 },
    { url: absoluteUrl("/privacy"), changeFrequency: "yearly", priority: 0.2 },
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
