import { DateTime } from "luxon";
import { availabilityOptions, candidateStages, contactRequestStatuses } from "@/domain/vocabulary";
import { oneOf, pageParam, param } from "./search-params";

type SearchParams = Record<string, string | string[] | undefined>;

export const requestSorts = ["newest", "oldest", "company", "developers"] as const;
export const requestSortLabels: Record<(typeof requestSorts)[number], string> = {
  newest: "Newest first",
  oldest: "Oldest first",
  company: "Company A–Z",
  developers: "Most developers",
};

/** A calendar day typed as YYYY-MM-DD, read in UTC: the start of that day, or of the next one for an end date. */
function dayParam(value: string | string[] | undefined, endOfDay: boolean) {
  const text = param(value);
  if (!text || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
  const day = DateTime.fromISO(text, { zone: "utc" });
  if (!day.isValid) return undefined;
  return { text, at: (endOfDay ? day.plus({ days: 1 }) : day).toMillis() };
}

const positiveInt = (value: string | string[] | undefined, max: number) => {
  const text = param(value);
  if (!text || !/^\d{1,9}$/.test(text)) return undefined;
  const number = Number(text);
  return number <= max ? number : undefined;
};

/** The request list's view, read from the URL: the page, the CSV export and shared links all agree. */
export function parseRequestFilter(query: SearchParams) {
  const assigneeText = param(query.assignee);
  const assignee: "me" | "none" | number | undefined =
    assigneeText === "me" ? "me" : assigneeText === "none" ? "none" : positiveInt(assigneeText, 1e9);
  return {
    q: param(query.q),
    status: oneOf(query.status, contactRequestStatuses),
    assignee,
    seniority: param(query.seniority)?.slice(0, 60),
    from: dayParam(query.from, false),
    to: dayParam(query.to, true),
    sort: oneOf(query.sort, requestSorts) ?? "newest",
    page: pageParam(query.page),
  };
}
export type RequestFilter = ReturnType<typeof parseRequestFilter>;

/** The filter as URL parameters (defaults left out), for pagination and export links. */
export function requestFilterParams(filter: RequestFilter): Record<string, string | undefined> {
  return {
    q: filter.q,
    status: filter.status,
    assignee: filter.assignee === undefined ? undefined : String(filter.assignee),
    seniority: filter.seniority,
    from: filter.from?.text,
    to: filter.to?.text,
    sort: filter.sort === "newest" ? undefined : filter.sort,
  };
}

export function parseCandidateFilter(query: SearchParams) {
  return {
    q: param(query.q),
    stage: oneOf(query.stage, candidateStages),
    seniority: param(query.seniority)?.slice(0, 60),
    skill: param(query.skill)?.slice(0, 60),
    minYears: positiveInt(query.minYears, 60),
    salaryMin: positiveInt(query.salaryMin, 10_000_000),
    salaryMax: positiveInt(query.salaryMax, 10_000_000),
    availability: oneOf(query.availability, availabilityOptions),
    page: pageParam(query.page),
  };
}
export type CandidateFilter = ReturnType<typeof parseCandidateFilter>;

export function candidateFilterParams(filter: CandidateFilter): Record<string, string | undefined> {
  const { page: _page, minYears, salaryMin, salaryMax, ...text } = filter;
  return {
    ...text,
    minYears: minYears?.toString(),
    salaryMin: salaryMin?.toString(),
    salaryMax: salaryMax?.toString(),
  };
}

/**
 * The words of a search box or a skill, lower-cased: runs of letters and digits, so operators and
 * punctuation typed in are never query syntax ("Node.js" is "node" and "js").
 */
export function searchWords(text: string, max = 8): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, max);
}
