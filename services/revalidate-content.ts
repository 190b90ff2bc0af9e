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
 * The free times changed: a call was booked, cancelled or moved (by the visitor or by staff), or an
 * expert's hours, time off or rules were saved. /book's pages are cached (app/(site)/book/in/…), so
 * they are expired here, at once, on this instance and (through the shared cache handler) on every
 * other; the next visit renders them again. The dashboard's expert pages are refreshed with them.
 */
export function revalidateSchedule() {
  // The route's own path (its group included): the tags Next gives a cached page come from it.
  revalidatePath("/(site)/book", "layout");
  revalidatePath("/admin/experts", "layout");
}
