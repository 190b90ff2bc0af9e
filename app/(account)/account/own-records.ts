import { cache } from "react";
import { getOwnAvailability, listOwnSuggestions } from "@/db/queries/interviews";
import { listOwnProposals } from "@/db/queries/shortlists";

/*
 * The interviews and the proposals on the overview both read the candidate's proposals, interview
 * hours and suggested times: cached for one request, so each is read once however many sections ask.
 * The sections pass the page's session user, one object for the whole request.
 */
export const ownProposals = cache(listOwnProposals);
export const ownAvailability = cache(getOwnAvailability);
export const ownSuggestions = cache(listOwnSuggestions);
