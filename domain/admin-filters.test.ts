import { describe, expect, it } from "vitest";
import { parseCandidateFilter, parseRequestFilter, requestFilterParams, searchWords } from "./admin-filters";

describe("parseRequestFilter", () => {
  it("reads control characters in the search as spaces (a NUL would end the FTS5 string)", () => {
    expect(parseRequestFilter({ q: "\u0000abc" }).q).toBe("abc");
    expect(parseRequestFilter({ q: "ab\u0000c\u001f" }).q).toBe("ab c");
    expect(parseRequestFilter({ q: "\u0000\t" }).q).toBeUndefined();
  });

  it("reads every filter from the URL", () => {
    const filter = parseRequestFilter({
      q: " acme ",
      status: "won",
      assignee: "7",
      seniority: "Senior",
      from: "2026-01-01",
      to: "2026-01-31",
      sort: "company",
      page: "3",
    });
    expect(filter).toMatchObject({
      q: "acme",
      status: "won",
      assignee: 7,
      seniority: "Senior",
      sort: "company",
      page: 3,
    });
    expect(filter.from?.at).toBe(Date.UTC(2026, 0, 1));
    expect(filter.to?.at).toBe(Date.UTC(2026, 1, 1));
  });

  it("ignores values it does not know instead of failing", () => {
    const filter = parseRequestFilter({
      status: "deleted",
      assignee: "someone",
      from: "2026-02-30",
      to: "yesterday",
      sort: "random",
      page: "-1",
    });
    expect(filter).toMatchObject({
      status: undefined,
      assignee: undefined,
      from: undefined,
      to: undefined,
      sort: "newest",
      page: 1,
    });
  });

  it("round-trips through URL parameters, leaving defaults out", () => {
    const filter = parseRequestFilter({ assignee: "none", from: "2026-03-01" });
    expect(requestFilterParams(filter)).toEqual({
      q: undefined,
      status: undefined,
      assignee: "none",
      seniority: undefined,
      from: "2026-03-01",
      to: undefined,
      sort: undefined,
    });
  });
});

describe("parseCandidateFilter", () => {
  it("reads numbers only when they are whole and in range", () => {
    expect(
      parseCandidateFilter({ minYears: "5", salaryMin: "60000", salaryMax: "1e9", availability: "part-time" }),
    ).toMatchObject({
      minYears: 5,
      salaryMin: 60000,
      salaryMax: undefined,
      availability: "part-time",
    });
    expect(parseCandidateFilter({ minYears: "61" }).minYears).toBeUndefined();
  });
});

describe("searchWords", () => {
  it("keeps runs of letters and digits, lower-cased, so nothing typed is query syntax", () => {
    expect(searchWords('Go OR "postgres" NEAR(')).toEqual(["go", "or", "postgres", "near"]);
    expect(searchWords("***")).toEqual([]);
    expect(searchWords("Zoë")).toEqual(["zoë"]);
    expect(searchWords("Node.js")).toEqual(["node", "js"]);
    expect(searchWords("C#")).toEqual(["c"]);
  });

  it("keeps at most eight words", () => {
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
  });
});
