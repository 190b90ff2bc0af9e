import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Content pages are prerendered. Every content edit (roles, levels, facts, tools, guides,
 * experts) goes through here so the public pages update at once. Content feeds the home page,
 * the hire and guide pages and the sitemap together, so the whole public layout is revalidated:
 * with a handful of pages that is cheaper than tracking which page shows which row.
 */
export function revalidateContent() {
  revalidatePath("/", "layout");
}

/**
 * Weekly hours and time off change only the free times. /book and the manage pages read them on
 * every request (they call `connection()`), so they show a change at once; revalidating them too
 * keeps that true should they ever be cached. The dashboard's expert pages are refreshed with them.
 */
export function revalidateSchedule() {
  revalidatePath("/book", "layout");
  revalidatePath("/admin/experts", "layout");
}
