import { cache } from "react";
import type { getCandidate } from "@/db/queries/admin/candidates";
import { getListingForStaff } from "@/db/queries/directory";

/*
 * Read by three sections (the profile, the experience and the sidebar's listing form): cached for
 * one request, so it is read once. The sections pass the page's session user, one object for the
 * whole request.
 */
export const listingFor = cache(getListingForStaff);

/** The candidate a page shows, as `getCandidate` reads it. */
export type CandidateRecord = NonNullable<Awaited<ReturnType<typeof getCandidate>>>;
