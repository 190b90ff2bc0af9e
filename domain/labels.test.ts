import { describe, expect, it } from "vitest";
import {
  availabilityOptions,
  bookingStatuses,
  candidateStages,
  contactRequestStatuses,
  englishLevels,
  outboxStatuses,
  userRoles,
} from "@/domain/vocabulary";
import { outcomeLabels } from "./call-outcomes";
import {
  availabilityLabels,
  bookingStatusLabels,
  candidateStageText,
  desiredStartLabel,
  englishLevelLabels,
  optionsOf,
  outboxStatusLabels,
  plural,
  requestStatusLabels,
  staffRoleLabels,
  stageTitles,
  timeZoneLabel,
  userRoleLabels,
  visitorBookingStatusLabels,
} from "./labels";
import { spamReasonLabels, spamReasons } from "./spam-reasons";

// Every stored enum, with the map that names its values. A value added to the schema without a label fails here.
const enums: [string, readonly string[], Record<string, unknown>][] = [
  ["contact request status", contactRequestStatuses, requestStatusLabels],
  ["booking status", bookingStatuses, bookingStatusLabels],
  ["booking status (visitor)", bookingStatuses, visitorBookingStatusLabels],
  ["booking outcome", ["completed", "no_show", "confirmed"], outcomeLabels],
  ["candidate stage (staff)", candidateStages, stageTitles],
  ["candidate stage (candidate)", candidateStages, candidateStageText],
  ["availability", availabilityOptions, availabilityLabels],
  ["English level", englishLevels, englishLevelLabels],
  ["user role", userRoles, userRoleLabels],
  ["outbox status", outboxStatuses, outboxStatusLabels],
  ["spam reason", spamReasons, spamReasonLabels],
];

describe("labels", () => {
  it.each(enums)("names every %s, and nothing else", (_, values, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...values].sort());
    for (const value of values) {
      const label = labels[value];
      const text = typeof label === "string" ? label : (label as { title: string }).title;
      expect(text, value).toMatch(/^\S.*\S$/);
      expect(text, value).not.toContain("_");
    }
  });
  it("offers staff only the staff roles", () => {
    expect(optionsOf(staffRoleLabels)).toEqual([
      { value: "manager", label: "Talent manager" },
      { value: "admin", label: "Admin" },
    ]);
  });
  it("names stored values in words", () => {
    expect(desiredStartLabel("within-1-month")).toBe("Within a month");
    expect(desiredStartLabel("something-new")).toBe("something-new");
    expect(optionsOf(stageTitles)).toContainEqual({ value: "technical_interview", label: "Technical interview" });
    expect(timeZoneLabel("America/Argentina/Buenos_Aires")).toBe("America/Argentina/Buenos Aires");
  });
  it("counts in the singular and the plural", () => {
    expect(plural(1, "row")).toBe("1 row");
    expect(plural(0, "row")).toBe("0 rows");
    expect(plural(12_000, "candidate")).toBe("12,000 candidates");
  });
});
