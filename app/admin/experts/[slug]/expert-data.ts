import type { getExpertForEdit } from "@/db/queries/experts";

/** The expert the page edits, with their weekly hours, time off ahead and number of upcoming calls. */
export type ExpertForEdit = NonNullable<Awaited<ReturnType<typeof getExpertForEdit>>>;
