import { cache } from "react";
import { type getRequest, listAssignees } from "@/db/queries/admin/requests";
import { listSeniorityOptions } from "@/db/queries/content";

/*
 * Read by two sections each (the heading and the assignee form; the details form and the matching):
 * cached for one request, so each is read once. The sections pass the page's session user, one
 * object for the whole request.
 */
export const assigneesFor = cache(listAssignees);
export const seniorityOptions = cache(listSeniorityOptions);

/** The request a page shows, as `getRequest` reads it. */
export type RequestRecord = NonNullable<Awaited<ReturnType<typeof getRequest>>>;
