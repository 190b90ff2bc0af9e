import { describe, expect, it } from "vitest";
import {
  directoryHref,
  isFilteredView,
  monthLabel,
  parseDirectoryQuery,
  profileHref,
  publicName,
  whyNoDevelopers,
} from "./directory";
import { positionSchema } from "./validation/directory";

describe("the directory's URL", () => {
  it("reads known values and leaves out the rest, never an error", () => {
    const query = parseDirectoryQuery(
      { skill: "Go", overlap: "5", availability: "sometimes", sort: "experience", page: "-2", tz: "Mars/Base" },
      "Europe/Berlin",
    );
    expect(query).toEqual({
      skill: "Go",
      seniority: undefined,
      availability: undefined,
      overlap: undefined,
      zone: "Europe/Berlin",
      zoneGiven: false,
      sort: "experience",
      page: 1,
    });
    expect(isFilteredView(query)).toBe(true);
    expect(isFilteredView(parseDirectoryQuery({ page: "3" }, "UTC"))).toBe(false);
  });

  it("writes a view back, the page reset unless given, the zone when the visitor gave one", () => {
    const query = parseDirectoryQuery({ skill: "Go", page: "4", tz: "Asia/Tokyo" }, "UTC");
    expect(directoryHref(query)).toBe("/developers?skill=Go&tz=Asia%2FTokyo");
    expect(directoryHref(query, { page: 5 })).toBe("/developers?skill=Go&tz=Asia%2FTokyo&page=5");
    expect(directoryHref(query, { overlap: 4 })).toBe("/developers?skill=Go&overlap=4&tz=Asia%2FTokyo");
    // The browser's own zone (its cookie) is written only for overlap, which is counted in it;
    // otherwise the next page reads the same cookie.
    const assumed = parseDirectoryQuery({ skill: "Go", overlap: "4" }, "Europe/Berlin");
    expect(directoryHref(assumed, { page: 2 })).toBe("/developers?skill=Go&overlap=4&tz=Europe%2FBerlin&page=2");
    expect(directoryHref(parseDirectoryQuery({ skill: "Go" }, "Europe/Berlin"))).toBe("/developers?skill=Go");
    expect(directoryHref(parseDirectoryQuery({}, "UTC"))).toBe("/developers");
  });

  it("carries the view to a profile and back, so that “← All developers” keeps the filters (#27 W11)", () => {
    const params = { skill: "Go", seniority: "Senior", overlap: "4", tz: "Asia/Tokyo", sort: "experience", page: "3" };
    const view = parseDirectoryQuery(params, "UTC");
    const search = "?skill=Go&seniority=Senior&overlap=4&tz=Asia%2FTokyo&sort=experience&page=3";
    expect(profileHref("abcdef123456", view)).toBe(`/developers/abcdef123456${search}`);
    // The profile reads the same parameters, whatever its visitor's own zone, and links back to that page of the view.
    const onProfile = parseDirectoryQuery(Object.fromEntries(new URLSearchParams(search)), "Europe/Berlin");
    expect(directoryHref(onProfile, { page: onProfile.page })).toBe(`/developers${search}`);
    expect(profileHref("abcdef123456", parseDirectoryQuery({}, "Europe/Berlin"))).toBe("/developers/abcdef123456");
  });

  it("says why a page shows nobody: a filter offers to be cleared, a sort or a zone alone is no filter", () => {
    const view = (params: Record<string, string>) => parseDirectoryQuery(params, "UTC");
    expect(whyNoDevelopers(view({ skill: "Cobol" }), 0)).toBe("no-match");
    expect(whyNoDevelopers(view({ overlap: "6", tz: "Asia/Tokyo" }), 0)).toBe("no-match");
    expect(whyNoDevelopers(view({}), 0)).toBe("none-listed");
    expect(whyNoDevelopers(view({ sort: "experience", tz: "Asia/Tokyo" }), 0)).toBe("none-listed");
    expect(whyNoDevelopers(view({ skill: "Go", page: "9" }), 21)).toBe("past-end");
  });

  it("names a renamed zone by its current name, as the zone picker lists it", () => {
    expect(parseDirectoryQuery({ tz: "Asia/Calcutta" }, "UTC")).toMatchObject({
      zone: "Asia/Kolkata",
      zoneGiven: true,
    });
  });
});

describe("how a listed developer reads", () => {
  it("by the chosen name, else the initials", () => {
    expect(publicName("  ", "A. L.")).toBe("A. L.");
    expect(publicName("Ada", "A. L.")).toBe("Ada");
  });

  it("months as people write them", () => {
    expect(monthLabel("2021-03")).toBe("Mar 2021");
    expect(monthLabel(null)).toBe("now");
  });

  it("a position needs its end after its start, and no start in the future", () => {
    const base = { role: "Engineer", companyKind: "Bank", employer: "", summary: "Built it.", endMonth: "" };
    expect(positionSchema.safeParse({ ...base, startMonth: "2021-03" }).success).toBe(true);
    const backwards = positionSchema.safeParse({ ...base, startMonth: "2021-03", endMonth: "2020-01" });
    expect(backwards.error?.issues[0]?.path).toEqual(["endMonth"]);
    expect(positionSchema.safeParse({ ...base, startMonth: "2999-01" }).success).toBe(false);
    expect(positionSchema.safeParse({ ...base, startMonth: "2021-13" }).success).toBe(false);
  });
});
