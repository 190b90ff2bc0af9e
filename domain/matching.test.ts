import { describe, expect, it } from "vitest";
import { type MatchCandidate, parseBudget, rankCandidates } from "./matching";

const levels = ["Junior", "Middle", "Senior", "Expert / Team Lead"];
const today = new Date("2027-01-10T00:00:00Z");
const base: MatchCandidate = {
  id: 1,
  seniority: "Senior",
  skills: [],
  availability: null,
  earliestStart: null,
  expectedSalary: null,
  salaryCurrency: "USD",
};
const request = {
  seniority: "Senior",
  text: "Backend developer. We run Node.js and PostgreSQL; some Django.",
  desiredStart: "asap",
  budget: "$95k a year",
};

describe("parseBudget", () => {
  it.each([
    ["$95k a year", 95000],
    ["90,000 USD", 90000],
    ["120000", 120000],
    ["$60/hour", null],
    ["flexible", null],
    [null, null],
  ])("%j → %j", (input, expected) => expect(parseBudget(input)).toBe(expected));
});

describe("rankCandidates", () => {
  it("orders by seniority, skills, availability and budget, with reasons", () => {
    const ranked = rankCandidates(
      request,
      [
        { ...base, id: 1, seniority: "Junior", skills: ["Node.js"] },
        { ...base, id: 2, skills: ["Node.js", "Django", "Go"], availability: "full-time", expectedSalary: 90000 },
        {
          ...base,
          id: 3,
          seniority: "Middle",
          skills: ["PostgreSQL"],
          availability: "full-time",
          earliestStart: "2027-06-01",
        },
        { ...base, id: 4, seniority: "Junior", skills: ["Rust"] },
      ],
      levels,
      today,
    );
    expect(ranked.map((match) => match.candidateId)).toEqual([2, 3, 1]);
    expect(ranked[0]?.reasons).toEqual([
      "Seniority matches (Senior)",
      "Skills mentioned in the request: Node.js, Django",
      "Full-time and can start within a month",
      "Expected salary within budget ($90,000)",
    ]);
    expect(ranked[0]?.score).toBe(40 + 20 + 15 + 15);
    expect(ranked[1]?.reasons).toContain("Adjacent seniority (Middle)");
  });

  it("does not match a skill inside another word", () => {
    const [match] = rankCandidates(
      { ...request, text: "We use Gopher tools" },
      [{ ...base, seniority: null, skills: ["Go"] }],
      levels,
      today,
    );
    expect(match).toBeUndefined();
  });
});
