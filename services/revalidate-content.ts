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
 * A profile came into the public directory or left it (listed or unlisted by the candidate, hidden or
 * shown by staff, a stage change away from "vetted" or back, a hire, an erased account). The hire
 * pages list developers and the sitemap their profiles, so both are expired at once, as a content
 * edit expires them. The inactivity erasure runs outside the server (`npm run jobs`), where nothing
 * can be expired: there the pages' one-minute age limit takes the profile down.
 */
export function revalidateDirectory() {
  revalidateContent();
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
