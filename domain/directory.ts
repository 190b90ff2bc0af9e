import { oneOf, pageParam, param } from "./search-params";
import { isValidTimeZone } from "./slots";
import { availabilityOptions, englishLevels } from "./vocabulary";
import { currentZoneName } from "./zone-names";

/**
 * The public talent directory (/developers): what its URL can ask for, and how a listed candidate
 * is named there. Every filter lives in the URL, so a view can be linked, bookmarked and used
 * without JavaScript.
 */
export const DIRECTORY_PAGE_SIZE = 20;
export const directorySorts = ["recent", "experience", "start"] as const;
export type DirectorySort = (typeof directorySorts)[number];
export const directorySortLabels: Record<DirectorySort, string> = {
  recent: "Recently listed",
  experience: "Most experience",
  start: "Available soonest",
};
/** "At least N hours in common with my 9:00–17:00": the choices the filter offers. */
export const overlapChoices = [2, 4, 6] as const;

export type DirectoryQuery = {
  skill?: string;
  seniority?: string;
  availability?: (typeof availabilityOptions)[number];
  overlap?: (typeof overlapChoices)[number];
  /** The visitor's zone: overlap is counted against a working day there. */
  zone: string;
  /** Whether the address named the zone (?tz=). */
  zoneGiven: boolean;
  sort: DirectorySort;
  page: number;
};

type Params = Record<string, string | string[] | undefined>;

/** The directory's view from its search params; a value it does not know is left out, never an error. */
export function parseDirectoryQuery(params: Params, visitorZone: string): DirectoryQuery {
  const zone = param(params.tz);
  const overlap = Number(param(params.overlap));
  return {
    skill: param(params.skill)?.slice(0, 40),
    seniority: param(params.seniority)?.slice(0, 60),
    availability: oneOf(params.availability, availabilityOptions),
    overlap: overlapChoices.find((choice) => choice === overlap),
    zone: zone && isValidTimeZone(zone) ? currentZoneName(zone) : visitorZone,
    zoneGiven: Boolean(zone && isValidTimeZone(zone)),
    sort: oneOf(params.sort, directorySorts) ?? "recent",
    page: pageParam(params.page),
  };
}

/** Whether the view leaves anyone out (a sort or a page does not). */
export const hasFilters = (query: DirectoryQuery) =>
  Boolean(query.skill || query.seniority || query.availability || query.overlap);

/** Whether the view narrows or reorders the list: such views are not indexed (the plain list is). */
export const isFilteredView = (query: DirectoryQuery) => hasFilters(query) || query.sort !== "recent";

/**
 * Why a page of the directory shows nobody, so that it says something true: its filters match
 * nobody (only then is clearing them offered), nobody is listed at all, or the page is past the end.
 */
export function whyNoDevelopers(query: DirectoryQuery, total: number): "no-match" | "none-listed" | "past-end" {
  if (total > 0) return "past-end";
  return hasFilters(query) ? "no-match" : "none-listed";
}

/** The URL of the view with some values changed (the page goes back to 1 unless given). */
export const directoryHref = (query: DirectoryQuery, changes: Partial<DirectoryQuery> = {}) =>
  `/developers${searchOf({ ...query, page: 1, ...changes })}`;

/** A profile's URL from a view of the directory: it carries the view, so that "← All developers" goes back to it. */
export const profileHref = (publicId: string, query: DirectoryQuery) => `/developers/${publicId}${searchOf(query)}`;

/** The view's query string ("?skill=Go&page=2"), or "" for the plain list. */
function searchOf(view: DirectoryQuery) {
  const search = new URLSearchParams();
  if (view.skill) search.set("skill", view.skill);
  if (view.seniority) search.set("seniority", view.seniority);
  if (view.availability) search.set("availability", view.availability);
  if (view.overlap) search.set("overlap", String(view.overlap));
  // The zone the visitor gave (or the one overlap is counted in) travels with every page of the view.
  if (view.overlap || view.zoneGiven) search.set("tz", view.zone);
  if (view.sort !== "recent") search.set("sort", view.sort);
  if (view.page > 1) search.set("page", String(view.page));
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A listed profile's address: 12 characters of [a-z0-9] (db/queries/directory.ts makes them). */
export const isPublicId = (id: string) => /^[a-z0-9]{12}$/.test(id);

/** The name the public reads: the display name the candidate chose, else their initials. */
export function publicName(displayName: string | null, initials: string): string {
  return displayName?.trim() || initials;
}

/** "2021-03" → "Mar 2021"; no end month: "now". */
export function monthLabel(month: string | null): string {
  if (!month) return "now";
  const [year, number] = month.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (number ?? 1) - 1, 1)).toLocaleDateString("en-GB", {
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A listed candidate as the public directory shows them: no name, no contact, no employer. */
export type DirectoryCard = {
  publicId: string;
  /** The name they chose to show, else their initials. */
  label: string;
  headline: string;
  seniority: string | null;
  yearsExperience: number | null;
  skills: string[];
  timeZone: string | null;
  utcOffset: string | null;
  /** Hours their 9:00–17:00 shares with the reader's. */
  overlapHours: number | null;
  availability: (typeof availabilityOptions)[number] | null;
  earliestStart: string | null;
  englishLevel: (typeof englishLevels)[number] | null;
};
