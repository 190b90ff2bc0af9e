import type { BookingStatus, CandidateStage, ContactRequestStatus } from "@/db/schema";
import { desiredStartOptions } from "./form-fields";

/** What people read for each stored value: the dashboard never shows `technical_interview` or `within-1-month`. */
export const requestStatusLabels: Record<ContactRequestStatus, string> = {
  new: "New",
  contacted: "Contacted",
  qualified: "Qualified",
  proposal: "Proposal sent",
  won: "Won",
  lost: "Lost",
};

export const bookingStatusLabels: Record<BookingStatus, string> = {
  confirmed: "Confirmed",
  cancelled: "Cancelled",
  completed: "Completed",
  no_show: "No-show",
};

export const stageTitles: Record<CandidateStage, string> = {
  draft: "Draft",
  submitted: "Submitted",
  screening: "Screening",
  technical_interview: "Technical interview",
  vetted: "Vetted",
  placed: "Placed",
  rejected: "Rejected",
};

export const availabilityLabels: Record<string, string> = { "full-time": "Full-time", "part-time": "Part-time" };

export const desiredStartLabel = (value: string) => desiredStartOptions.find((option) => option.value === value)?.label ?? value;

/** `[{ value, label }]` for a select, from a label map, in the map's order. */
export const optionsOf = <T extends string>(labels: Record<T, string>) => (Object.entries(labels) as [T, string][]).map(([value, label]) => ({ value, label }));

/** "1 row", "2 rows". */
export const plural = (count: number, one: string, many = `${one}s`) => `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;
